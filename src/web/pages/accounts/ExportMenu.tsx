import { DownloadOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../hooks/useLocale.ts';
import { accountListEntries, type AccountListState } from './accountListParams.ts';

// Download the list as it is filtered and sorted (.xlsx or .csv, headers in the user's language);
// the server applies the same visibility as the list.
export function ExportMenu({ state }: { state: AccountListState }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const hrefOf = (format: 'xlsx' | 'csv') => {
    const params = new URLSearchParams(accountListEntries(state, { withPage: false }).filter(([key]) => key !== 'pageSize'));
    params.set('format', format);
    params.set('lang', locale);
    return `/api/v1/accounts/export?${params.toString()}`;
  };
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'xlsx', label: <a href={hrefOf('xlsx')} download>{t('accounts.export.xlsx')}</a> },
          { key: 'csv', label: <a href={hrefOf('csv')} download>{t('accounts.export.csv')}</a> },
        ],
      }}
    >
      <Button icon={<DownloadOutlined />}>{t('accounts.export.title')}</Button>
    </Dropdown>
  );
}
