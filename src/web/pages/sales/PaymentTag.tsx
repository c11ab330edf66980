import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SalesRecord } from '../../api/sales.queries.ts';
import { formatYuan } from './salesFormat.ts';

const COLORS = { paid: 'success', partial: 'warning', unpaid: 'error', unknown: 'default' } as const;

// 结款情况 of one record; the amount still owed in the tooltip.
export function PaymentTag({ record }: { record: Pick<SalesRecord, 'paymentStatus' | 'outstandingFen'> }) {
  const { t } = useTranslation();
  const tag = <Tag color={COLORS[record.paymentStatus]}>{t(`sales.payment.${record.paymentStatus}`)}</Tag>;
  return record.outstandingFen !== 0 ? <Tooltip title={t('sales.outstandingAmount', { amount: formatYuan(record.outstandingFen) })}>{tag}</Tooltip> : tag;
}
