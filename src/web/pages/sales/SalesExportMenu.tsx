import { DownloadOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../hooks/useLocale.ts';
import { toSalesFilters, type SalesListState } from './salesListParams.ts';

// Download the list as filtered and sorted (.xlsx or .csv, headers in the user's language); the
// server applies the same visibility as the list and neutralises formula-like text.
export function SalesExportMenu({ state }: { state: SalesListState }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const hrefOf = (format: 'xlsx' | 'csv') => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(toSalesFilters(state))) if (value !== undefined) params.set(key, String(value));
    params.set('format', format);
    params.set('lang', locale);
    return `/api/v1/sales/export?${params.toString()}`;
  };
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'xlsx', label: <a href={hrefOf('xlsx')} download>{t('sales.export.xlsx')}</a> },
          { key: 'csv', label: <a href={hrefOf('csv')} download>{t('sales.export.csv')}</a> },
        ],
      }}
    >
      <Button icon={<DownloadOutlined />}>{t('sales.export.title')}</Button>
    </Dropdown>
  );
}
