import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, InputNumber, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GradeThreshold } from '../../../../domain/grading/index.ts';
import { IssueList } from './FieldIssues.tsx';
import { addThreshold, replaceAt } from './modelDraft.ts';
import { issuesAt, type ModelIssue } from './modelIssues.ts';

type Props = { thresholds: readonly GradeThreshold[]; onChange: (thresholds: GradeThreshold[]) => void; issues: readonly ModelIssue[]; readOnly: boolean };
type Row = { threshold: GradeThreshold; index: number };

// A grade model's grades, highest first: the name and the minimum total that earns it, and what
// that means in words ("total ≥ 75 → A").
export function ThresholdsCard({ thresholds, onChange, issues, readOnly }: Props) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<GradeThreshold>) => onChange(replaceAt(thresholds, index, { ...thresholds[index], ...patch }));
  const rows: Row[] = thresholds.map((threshold, index) => ({ threshold, index }));
  const labelOf = (index: number) => thresholds[index].grade || String(index + 1);

  const columns: TableColumnsType<Row> = [
    {
      key: 'grade',
      title: t('scoringModels.thresholdColumn.grade'),
      render: (_, { threshold, index }) =>
        readOnly ? (
          <Typography.Text strong>{threshold.grade}</Typography.Text>
        ) : (
          <>
            <Input
              aria-label={`${t('scoringModels.thresholdColumn.grade')} ${index + 1}`}
              value={threshold.grade}
              maxLength={20}
              status={issuesAt(issues, `thresholds.${index}.grade`).length > 0 ? 'error' : undefined}
              onChange={(e) => set(index, { grade: e.target.value })}
              style={{ width: 120 }}
            />
            <IssueList issues={issuesAt(issues, `thresholds.${index}.grade`)} />
          </>
        ),
    },
    {
      key: 'minTotal',
      title: t('scoringModels.thresholdColumn.minTotal'),
      render: (_, { threshold, index }) =>
        readOnly ? (
          threshold.minTotal
        ) : (
          <>
            <InputNumber
              aria-label={`${t('scoringModels.thresholdColumn.minTotal')}：${labelOf(index)}`}
              value={Number.isFinite(threshold.minTotal) ? threshold.minTotal : null}
              min={0}
              max={100}
              status={issuesAt(issues, `thresholds.${index}.minTotal`).length > 0 ? 'error' : undefined}
              onChange={(value) => set(index, { minTotal: value ?? Number.NaN })}
              style={{ width: 100 }}
            />
            <IssueList issues={issuesAt(issues, `thresholds.${index}.minTotal`)} />
          </>
        ),
    },
    {
      key: 'meaning',
      title: t('scoringModels.thresholdColumn.meaning'),
      render: (_, { threshold }) => <Typography.Text type="secondary">{t('scoringModels.thresholdMeaning', { min: Number.isFinite(threshold.minTotal) ? threshold.minTotal : '?', grade: threshold.grade || '?' })}</Typography.Text>,
    },
  ];
  if (!readOnly) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      render: (_, { index }) => (
        <Button
          type="text"
          size="small"
          danger
          icon={<DeleteOutlined />}
          aria-label={`${t('scoringModels.removeGrade')}：${labelOf(index)}`}
          disabled={thresholds.length <= 1}
          onClick={() => onChange(thresholds.filter((_, i) => i !== index))}
        />
      ),
    });
  }

  return (
    <Card
      title={t('scoringModels.thresholds')}
      style={{ marginBottom: 16 }}
      extra={
        !readOnly && (
          <Button icon={<PlusOutlined />} onClick={() => onChange(addThreshold(thresholds))}>
            {t('scoringModels.addGrade')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('scoringModels.thresholdsHelp')}</Typography.Paragraph>
      <IssueList issues={issuesAt(issues, 'thresholds')} />
      <Table<Row> rowKey="index" size="small" columns={columns} dataSource={rows} pagination={false} scroll={{ x: 'max-content' }} />
    </Card>
  );
}
