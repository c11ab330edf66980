import { Card, Col, Row, Statistic, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SalesTotals as Totals } from '../../api/sales.queries.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { formatYuanShort } from './salesFormat.ts';

// The period's figures (net of returns, summed by the server): sales, margin, high-margin share,
// outstanding payments.
export function SalesTotals({ totals, isLoading }: { totals: Totals | undefined; isLoading: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const money = (fen: number | undefined) => (fen === undefined ? '—' : formatYuanShort(fen, locale));
  const share = totals && totals.amountFen > 0 ? Math.round((totals.highMarginAmountFen / totals.amountFen) * 1000) / 10 : null;
  const items = [
    { key: 'amount', title: t('sales.totals.amount'), value: money(totals?.amountFen), hint: t('sales.totals.amountHint', { count: totals?.count ?? 0, returns: money(totals?.returnsFen) }) },
    {
      key: 'margin',
      title: t('sales.totals.margin'),
      value: money(totals ? totals.marginFen : undefined),
      suffix: totals?.marginRate !== null && totals?.marginRate !== undefined ? ` (${totals.marginRate}%)` : '',
      hint: t('sales.totals.marginHint'),
    },
    { key: 'highMargin', title: t('sales.totals.highMargin'), value: share === null ? '—' : `${share}%`, hint: t('sales.totals.highMarginHint', { amount: money(totals?.highMarginAmountFen) }) },
    { key: 'outstanding', title: t('sales.totals.outstanding'), value: money(totals?.outstandingFen), hint: t('sales.totals.outstandingHint'), isWarning: (totals?.outstandingFen ?? 0) > 0 },
  ];
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      {items.map((item) => (
        <Col key={item.key} xs={12} lg={6}>
          <Card size="small" loading={isLoading && !totals}>
            <Tooltip title={item.hint}>
              <Statistic
                title={item.title}
                value={item.value}
                suffix={item.suffix}
                styles={{ content: { fontSize: 20, ...(item.isWarning ? { color: '#cf1322' } : {}) } }}
              />
            </Tooltip>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
