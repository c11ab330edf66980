import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Composition, CompositionRow } from '../../../api/composition.queries.ts';
import { formatMoney } from '../../../components/money.ts';
import { useLocale } from '../../../hooks/useLocale.ts';

const percent = (value: number | null) => (value === null ? '—' : `${value.toFixed(2)}%`);

// The breakdown as a table: amount, share, cumulative share and accounts per row, the total below.
// On a phone the table scrolls inside itself, never the page.
export function CompositionTable({ data, labelOf }: { data: Composition; labelOf: (row: CompositionRow) => string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <Table<CompositionRow>
      size="small"
      rowKey={(r) => r.key ?? '∅'}
      dataSource={data.rows}
      pagination={data.rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 560 }}
      data-testid="composition-table"
      columns={[
        { key: 'label', title: t(`composition.by.${data.by}`), render: (_, r) => labelOf(r), ellipsis: true },
        { key: 'amount', title: t('composition.amount'), align: 'right', render: (_, r) => formatMoney(r.amountFen, locale) },
        { key: 'share', title: t('composition.share'), align: 'right', render: (_, r) => percent(r.sharePercent) },
        { key: 'cumulative', title: t('composition.cumulativeShare'), align: 'right', render: (_, r) => percent(r.cumulativeSharePercent) },
        { key: 'accounts', title: t('composition.accounts'), align: 'right', render: (_, r) => `${r.accountCount} (${r.accountPercent}%)` },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>
            <Typography.Text strong>{t('composition.total')}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            <Typography.Text strong>{formatMoney(data.totalFen, locale)}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            {data.totalFen > 0 ? '100.00%' : '—'}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} />
          <Table.Summary.Cell index={4} align="right">
            {data.accountCount}
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
