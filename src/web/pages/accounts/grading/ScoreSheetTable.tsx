import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Criterion } from '../../../../domain/grading/index.ts';
import type { ScoreSheet } from '../../../api/grading.queries.ts';
import { useLocale } from '../../../hooks/useLocale.ts';
import { isMetricKey } from '../../grading/models/bands.ts';
import { formatBand, formatMetric } from './metricFormat.ts';

type Row = ScoreSheet['criteria'][number];

type Props = { sheet: ScoreSheet; criteria: readonly Criterion[] };

// One evaluation criterion by criterion: where each score comes from (the metric and the band it
// fell in, or the person's comment), its weight after missing criteria were left out, its points.
export function ScoreSheetTable({ sheet, criteria }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const byKey = new Map(criteria.map((c) => [c.key, c]));

  const basis = (row: Row) => {
    if (row.status === 'missing') return <Typography.Text type="secondary">{t('grading.sheet.noData')}</Typography.Text>;
    const evidence = row.evidence;
    if (evidence?.kind === 'judgement') return evidence.comment;
    if (evidence?.kind === 'metric' && isMetricKey(evidence.metric) && evidence.band) {
      return t('grading.sheet.metricBasis', { value: formatMetric(evidence.metric, evidence.value, locale), band: formatBand(evidence.metric, evidence.band, locale) });
    }
    return '—';
  };

  const columns: TableColumnsType<Row> = [
    {
      title: t('grading.sheet.criterion'),
      key: 'criterion',
      render: (_, row) => (
        <span>
          {byKey.get(row.key)?.name[locale] ?? row.key}
          {row.axis && (
            <Tag style={{ marginInlineStart: 6 }} color={row.axis === 'attractiveness' ? 'gold' : 'geekblue'}>
              {t(`grading.axis.${row.axis}`)}
            </Tag>
          )}
        </span>
      ),
    },
    { title: t('grading.sheet.source'), key: 'source', render: (_, row) => <Tag>{t(`grading.source.${row.source}`)}</Tag> },
    { title: t('grading.sheet.basis'), key: 'basis', render: (_, row) => basis(row) },
    {
      title: t('grading.sheet.score'),
      key: 'score',
      align: 'right',
      render: (_, row) => (row.status === 'scored' ? `${row.score} / ${byKey.get(row.key)?.scale === '0-100' ? 100 : 5}` : '—'),
    },
    { title: t('grading.sheet.weight'), key: 'weight', align: 'right', render: (_, row) => (row.status === 'scored' ? `${row.effectiveWeight}%` : <Typography.Text delete type="secondary">{`${row.weight}%`}</Typography.Text>) },
    { title: t('grading.sheet.points'), dataIndex: 'points', key: 'points', align: 'right' },
  ];

  return <Table<Row> rowKey="key" size="small" columns={columns} dataSource={sheet.criteria} pagination={false} scroll={{ x: 'max-content' }} />;
}
