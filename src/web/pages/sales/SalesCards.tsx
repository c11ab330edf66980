import { Card, Empty, Flex, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SalesRecord } from '../../api/sales.queries.ts';
import { PaymentTag } from './PaymentTag.tsx';
import { formatQuantity, formatYuan } from './salesFormat.ts';

type Props = { records: SalesRecord[]; isLoading: boolean; isAccountShown?: boolean; onEdit?: (record: SalesRecord) => void; canEdit?: (record: SalesRecord) => boolean };

// Sales records on a phone: one card per record, the amount first.
export function SalesCards({ records, isLoading, isAccountShown = true, onEdit, canEdit }: Props) {
  const { t } = useTranslation();
  return (
    <Spin spinning={isLoading}>
      {records.length === 0 && !isLoading ? (
        <Empty description={t('sales.empty')} />
      ) : (
        <Flex vertical gap={8}>
          {records.map((r) => (
            <Card key={r.id} size="small" onClick={onEdit && canEdit?.(r) ? () => onEdit(r) : undefined} hoverable={Boolean(onEdit && canEdit?.(r))}>
              <Flex justify="space-between" gap={8} align="start">
                <Flex vertical gap={2} style={{ minWidth: 0 }}>
                  <Typography.Text strong>
                    {r.productName}
                    {r.productSpec ? ` · ${r.productSpec}` : ''}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.soldOn} · {formatQuantity(r.quantity)} {r.productUnit}
                    {r.salespersonName ? ` · ${r.salespersonName}` : ''}
                  </Typography.Text>
                  {isAccountShown && (
                    <Link to={`/accounts/${r.accountId}?tab=sales`} onClick={(event) => event.stopPropagation()}>
                      {r.accountName}
                    </Link>
                  )}
                </Flex>
                <Flex vertical align="end" gap={4}>
                  <Typography.Text strong type={r.amountFen < 0 ? 'danger' : undefined} style={{ whiteSpace: 'nowrap' }}>
                    {formatYuan(r.amountFen)}
                  </Typography.Text>
                  {r.isReturn ? <Tag color="red">{t('sales.return')}</Tag> : <PaymentTag record={r} />}
                </Flex>
              </Flex>
            </Card>
          ))}
        </Flex>
      )}
    </Spin>
  );
}
