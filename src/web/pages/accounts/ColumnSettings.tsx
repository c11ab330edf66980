import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Popover, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_COLUMN_KEYS, accountColumnTitle, type AccountColumnKey } from './accountColumns.tsx';

type Props = { columns: AccountColumnKey[]; onChange: (columns: AccountColumnKey[]) => void; onReset: () => void };

// Show or hide the account table's columns.
export function ColumnSettings({ columns, onChange, onReset }: Props) {
  const { t } = useTranslation();
  const content = (
    <Flex vertical gap={8} style={{ width: 220 }}>
      <Checkbox.Group
        value={columns}
        onChange={(keys) => onChange(keys as AccountColumnKey[])}
        style={{ display: 'flex', flexDirection: 'column', gap: 4, maxHeight: 360, overflowY: 'auto' }}
        options={ACCOUNT_COLUMN_KEYS.map((key) => ({ value: key, label: accountColumnTitle(t, key), disabled: key === 'name' }))}
      />
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('accounts.columnsShown', { n: columns.length })}
        </Typography.Text>
        <Button size="small" type="link" onClick={onReset}>
          {t('accounts.resetColumns')}
        </Button>
      </Flex>
    </Flex>
  );
  return (
    <Popover content={content} title={t('accounts.columns')} trigger="click" placement="bottomRight">
      <Button icon={<SettingOutlined />} aria-label={t('accounts.columns')}>
        {t('accounts.columns')}
      </Button>
    </Popover>
  );
}
