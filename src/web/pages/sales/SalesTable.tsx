import { App, Button, Empty, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDeleteSale, type SalesRecord } from '../../api/sales.queries.ts';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';
import { PaymentTag } from './PaymentTag.tsx';
import { formatQuantity, formatYuan } from './salesFormat.ts';
import type { SalesSort } from './salesListParams.ts';

type Props = {
  records: SalesRecord[];
  isLoading: boolean;
  pagination: TablePaginationConfig | false;
  sort?: SalesSort;
  onSort?: (sort: SalesSort) => void;
  // On an account's page the account column is left out.
  isAccountShown?: boolean;
  // Records of this row may be changed (sales:write and the right to change its account).
  canEdit?: (record: SalesRecord) => boolean;
  onEdit?: (record: SalesRecord) => void;
};

const order = (sort: SalesSort | undefined, field: 'soldOn' | 'amountFen') =>
  sort === field ? ('ascend' as const) : sort === `-${field}` ? ('descend' as const) : null;

// 购货记录 as a table: date, account, product and spec, quantity, price, amount, margin, payment.
export function SalesTable({ records, isLoading, pagination, sort, onSort, isAccountShown = true, canEdit, onEdit }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const deleteSale = useDeleteSale();
  const handleError = useApiErrorHandler();
  const money = (fen: number | null, isStrong = false) => (
    <Typography.Text strong={isStrong} type={fen !== null && fen < 0 ? 'danger' : undefined} style={{ whiteSpace: 'nowrap' }}>
      {formatYuan(fen)}
    </Typography.Text>
  );

  const columns: TableColumnsType<SalesRecord> = [
    { key: 'soldOn', title: t('sales.field.soldOn'), dataIndex: 'soldOn', sorter: Boolean(onSort), sortOrder: order(sort, 'soldOn'), width: 110 },
    ...(isAccountShown
      ? [{ key: 'account', title: t('sales.field.account'), render: (_: unknown, r: SalesRecord) => <Link to={`/accounts/${r.accountId}?tab=sales`}>{r.accountName}</Link> }]
      : []),
    {
      key: 'product',
      title: t('sales.field.product'),
      render: (_, r) => (
        <Space size={4} wrap>
          <span>{r.productName}</span>
          {r.productSpec && <Typography.Text type="secondary">{r.productSpec}</Typography.Text>}
          {r.isHighMargin && <Tag color="gold">{t('products.highMargin')}</Tag>}
          {r.isReturn && <Tag color="red">{t('sales.return')}</Tag>}
        </Space>
      ),
    },
    { key: 'quantity', title: t('sales.field.quantity'), align: 'right', render: (_, r) => `${formatQuantity(r.quantity)} ${r.productUnit}` },
    { key: 'unitPrice', title: t('sales.field.unitPrice'), align: 'right', render: (_, r) => formatYuan(r.unitPriceFen) },
    { key: 'amountFen', title: t('sales.field.amount'), align: 'right', sorter: Boolean(onSort), sortOrder: order(sort, 'amountFen'), render: (_, r) => money(r.amountFen, true) },
    { key: 'margin', title: t('sales.field.margin'), align: 'right', render: (_, r) => money(r.marginFen) },
    { key: 'payment', title: t('sales.field.payment'), render: (_, r) => <PaymentTag record={r} /> },
    { key: 'salesperson', title: t('sales.field.salesperson'), render: (_, r) => r.salespersonName ?? '—' },
  ];
  if (onEdit && canEdit) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, r) =>
        canEdit(r) && (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => onEdit(r)}>
              {t('common.edit')}
            </Button>
            <Popconfirm
              title={t('sales.deleteConfirm')}
              description={t('sales.deleteHint')}
              okText={t('common.delete')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() => deleteSale.mutate({ id: r.id, version: r.version }, { onSuccess: () => void message.success(t('sales.deleted')), onError: (e) => handleError(e) })}
            >
              <Button type="link" size="small" danger>
                {t('common.delete')}
              </Button>
            </Popconfirm>
          </Space>
        ),
    });
  }

  return (
    <Table<SalesRecord>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={records}
      loading={isLoading}
      scroll={{ x: 'max-content' }}
      pagination={pagination}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sales.empty')} /> }}
      onChange={(_, __, sorter, extra) => {
        const s = sorter as SorterResult<SalesRecord>;
        if (!onSort || extra.action !== 'sort' || (s.columnKey !== 'soldOn' && s.columnKey !== 'amountFen')) return;
        const field = s.columnKey;
        onSort(s.order === 'ascend' ? field : s.order === 'descend' ? `-${field}` : '-soldOn');
      }}
    />
  );
}
