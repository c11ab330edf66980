import { Empty, Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/types.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { accountColumns, sortFieldOfColumn, type AccountColumnKey } from './accountColumns.tsx';
import { PAGE_SIZES, type AccountListState } from './accountListParams.ts';

type Props = {
  items: Account[];
  total: number;
  isLoading: boolean;
  state: AccountListState;
  columns: AccountColumnKey[];
  onChange: (patch: Partial<AccountListState>) => void;
  selectedIds: string[];
  onSelect: (ids: string[]) => void;
  emptyText: string;
};

export function AccountTable({ items, total, isLoading, state, columns, onChange, selectedIds, onSelect, emptyText }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const all = accountColumns(t, locale, state.sort);

  const onTableChange: TableProps<Account>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const one = Array.isArray(sorter) ? sorter[0] : sorter;
      const field = typeof one?.columnKey === 'string' ? sortFieldOfColumn(one.columnKey) : null;
      onChange({ sort: field && one?.order ? `${one.order === 'descend' ? '-' : ''}${field}` : null });
    } else {
      onChange({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? state.pageSize });
    }
  };

  return (
    <Table<Account>
      rowKey="id"
      columns={columns.map((key) => all[key])}
      dataSource={items}
      loading={isLoading}
      onChange={onTableChange}
      scroll={{ x: 'max-content' }}
      size="middle"
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
      rowSelection={{ selectedRowKeys: selectedIds, onChange: (keys) => onSelect(keys.map(String)), preserveSelectedRowKeys: true }}
      pagination={{
        current: state.page,
        pageSize: state.pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES.map(String),
        showTotal: (count) => t('common.total', { total: count }),
      }}
    />
  );
}
