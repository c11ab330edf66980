import { ArrowDownOutlined, ArrowUpOutlined, CheckCircleFilled, DeleteOutlined, EditOutlined, ExclamationCircleFilled, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, InputNumber, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Criterion, ScoringModel } from '../../../../domain/grading/index.ts';
import { useLocale } from '../../../hooks/useLocale.ts';
import { bandPhrases, unitOfMetric } from './bands.ts';
import { IssueList } from './FieldIssues.tsx';
import { moveItem, replaceAt, weightSums, type WeightSum } from './modelDraft.ts';
import { issuesAt, issuesUnder, type ModelIssue } from './modelIssues.ts';
import { bandText } from './modelText.ts';

type Props = {
  definition: ScoringModel;
  onChange: (criteria: Criterion[]) => void;
  onEdit: (index: number) => void;
  onAdd: () => void;
  issues: readonly ModelIssue[];
  readOnly: boolean;
};

type Row = { criterion: Criterion; index: number };

// The running total of the weights (per axis for a matrix): green at 100, red otherwise, saying
// how far off it is — before anything is sent.
function WeightSums({ sums }: { sums: WeightSum[] }) {
  const { t } = useTranslation();
  return (
    <Space wrap size={8} aria-live="polite">
      {sums.map(({ axis, sum, isOk }) => {
        const text = axis ? t('scoringModels.weightSumAxis', { axis: t(`scoringModels.axis.${axis}`), sum }) : t('scoringModels.weightSum', { sum });
        return (
          <Tag key={axis ?? 'all'} color={isOk ? 'success' : 'error'} icon={isOk ? <CheckCircleFilled /> : <ExclamationCircleFilled />} data-testid={`weight-sum-${axis ?? 'all'}`}>
            {text}
          </Tag>
        );
      })}
    </Space>
  );
}

// How a criterion is scored, in words: the bands of a computed one, the guidance of a judged one.
function SourceSummary({ criterion }: { criterion: Criterion }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { source } = criterion;
  if (source.type === 'judged') {
    return (
      <div>
        <Tag color="purple">{t('scoringModels.source.judged')}</Tag>
        <Typography.Text type="secondary">{criterion.hint?.[locale] || t('scoringModels.judgedHint')}</Typography.Text>
      </div>
    );
  }
  const unit = unitOfMetric(source.metric);
  return (
    <div>
      <Tag color="cyan">{t('scoringModels.source.computed')}</Tag>
      <Typography.Text>{t(`scoringModels.metric.${source.metric}`, { defaultValue: source.metric })}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ margin: '2px 0 0', fontSize: 12 }}>
        {bandPhrases(source)
          .map((phrase) => bandText(t, locale, unit, phrase))
          .join(t('common.listSeparator'))}
      </Typography.Paragraph>
    </div>
  );
}

export function CriteriaCard({ definition, onChange, onEdit, onAdd, issues, readOnly }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const criteria = definition.criteria;
  const groups = definition.groups ?? [];
  const setWeight = (index: number, weight: number | null) => onChange(replaceAt(criteria, index, { ...criteria[index], weight: weight ?? Number.NaN }));
  const rows: Row[] = criteria.map((criterion, index) => ({ criterion, index }));

  const columns: TableColumnsType<Row> = [
    {
      key: 'name',
      title: t('scoringModels.field.name'),
      render: (_, { criterion, index }) => (
        <div style={{ minWidth: 160 }}>
          {readOnly ? (
            <Typography.Text strong>{criterion.name[locale] || criterion.key}</Typography.Text>
          ) : (
            // On a phone the row's buttons are off to the right: the name opens the criterion too.
            <Typography.Link strong onClick={() => onEdit(index)}>
              {criterion.name[locale] || criterion.key}
            </Typography.Link>
          )}
          <div>
            <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
              {criterion.key}
            </Typography.Text>
          </div>
          <IssueList issues={issuesUnder(issues, `criteria.${index}`)} />
        </div>
      ),
    },
  ];
  if (definition.kind === 'matrix') {
    columns.push({
      key: 'axis',
      title: t('scoringModels.field.axis'),
      render: (_, { criterion }) => <span style={{ whiteSpace: 'nowrap' }}>{criterion.axis ? t(`scoringModels.axis.${criterion.axis}`) : '—'}</span>,
    });
  }
  if (groups.length > 0) {
    columns.push({ key: 'group', title: t('scoringModels.field.group'), render: (_, { criterion }) => groups.find((g) => g.key === criterion.group)?.name[locale] ?? '—' });
  }
  columns.push(
    {
      key: 'weight',
      title: t('scoringModels.field.weight'),
      width: 110,
      render: (_, { criterion, index }) =>
        readOnly ? (
          criterion.weight
        ) : (
          <InputNumber
            aria-label={`${t('scoringModels.field.weight')}：${criterion.name[locale] || criterion.key}`}
            value={Number.isFinite(criterion.weight) ? criterion.weight : null}
            min={0}
            max={100}
            status={issuesAt(issues, `criteria.${index}.weight`).length > 0 ? 'error' : undefined}
            onChange={(value) => setWeight(index, value)}
            style={{ width: 88 }}
          />
        ),
    },
    {
      key: 'scale',
      title: t('scoringModels.field.scale'),
      render: (_, { criterion }) => <span style={{ whiteSpace: 'nowrap' }}>{t(`scoringModels.scale.${criterion.scale}`, { defaultValue: criterion.scale })}</span>,
    },
    { key: 'source', title: t('scoringModels.field.source'), width: 420, render: (_, { criterion }) => <SourceSummary criterion={criterion} /> },
  );
  if (!readOnly) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      render: (_, { criterion, index }) => {
        const name = criterion.name[locale] || criterion.key;
        return (
          <Space size={0}>
            <Tooltip title={t('common.edit')}>
              <Button type="text" size="small" icon={<EditOutlined />} aria-label={`${t('common.edit')}：${name}`} onClick={() => onEdit(index)} />
            </Tooltip>
            <Tooltip title={t('scoringModels.moveUp')}>
              <Button type="text" size="small" icon={<ArrowUpOutlined />} aria-label={`${t('scoringModels.moveUp')}：${name}`} disabled={index === 0} onClick={() => onChange(moveItem(criteria, index, -1))} />
            </Tooltip>
            <Tooltip title={t('scoringModels.moveDown')}>
              <Button
                type="text"
                size="small"
                icon={<ArrowDownOutlined />}
                aria-label={`${t('scoringModels.moveDown')}：${name}`}
                disabled={index === criteria.length - 1}
                onClick={() => onChange(moveItem(criteria, index, 1))}
              />
            </Tooltip>
            <Tooltip title={t('scoringModels.removeCriterion')}>
              <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={`${t('scoringModels.removeCriterion')}：${name}`} onClick={() => onChange(criteria.filter((_, i) => i !== index))} />
            </Tooltip>
          </Space>
        );
      },
    });
  }

  return (
    <Card
      title={t('scoringModels.criteria')}
      style={{ marginBottom: 16 }}
      extra={
        !readOnly && (
          <Button icon={<PlusOutlined />} onClick={onAdd}>
            {t('scoringModels.addCriterion')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('scoringModels.criteriaHelp')}</Typography.Paragraph>
      <Flex vertical gap={4} style={{ marginBottom: 12 }}>
        <WeightSums sums={weightSums(definition)} />
        <IssueList issues={issuesAt(issues, 'criteria')} />
      </Flex>
      <Table<Row> rowKey="index" size="small" columns={columns} dataSource={rows} pagination={false} scroll={{ x: 960 }} />
    </Card>
  );
}
