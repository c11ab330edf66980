import { Alert, Button, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountDetail } from '../../../api/types.ts';
import { useAccountEvaluations, useScoringModelList, type AccountEvaluation } from '../../../api/grading.queries.ts';
import { errorText } from '../../../i18n/errorText.ts';
import { useLocale } from '../../../hooks/useLocale.ts';
import { definitionOf } from './evaluationForm.ts';
import { EvaluationDrawer } from './EvaluationDrawer.tsx';
import { ScoreSheetTable } from './ScoreSheetTable.tsx';
import { SheetSummary } from './SheetSummary.tsx';

const PAGE_SIZE = 10;

// 评级 (GRD-4): the account's evaluations, newest first, each opening to its score sheet; those
// who may change the account evaluate it here.
export function GradingTab({ account, canEdit }: { account: AccountDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [page, setPage] = useState(1);
  const [isEvaluating, setEvaluating] = useState(false);
  const evaluations = useAccountEvaluations(account.id, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const models = useScoringModelList();
  const criteriaOf = useMemo(() => {
    const byId = new Map((models.data?.items ?? []).map((m) => [m.id, definitionOf(m).criteria]));
    return (modelId: string) => byId.get(modelId) ?? [];
  }, [models.data]);

  const columns: TableColumnsType<AccountEvaluation> = [
    { title: t('grading.evaluatedOn'), dataIndex: 'evaluatedOn', key: 'evaluatedOn', width: 110 },
    { title: t('grading.model'), key: 'model', render: (_, e) => e.modelName[locale] },
    {
      title: t('grading.result'),
      key: 'result',
      render: (_, e) => <SheetSummary kind={e.result.kind} total={e.total} grade={e.grade} attractiveness={e.attractiveness} ability={e.ability} quadrant={e.quadrant} />,
    },
    {
      title: t('grading.by'),
      key: 'by',
      render: (_, e) => (e.source === 'regrade' ? <Tag>{t('grading.byRegrade')}</Tag> : (e.authorName ?? '—')),
    },
    { title: t('grading.comment'), dataIndex: 'comment', key: 'comment', render: (c: string | null) => c ?? '' },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('grading.tabIntro')}</Typography.Text>
        {canEdit && (
          <Button type="primary" onClick={() => setEvaluating(true)}>
            {t('grading.evaluate')}
          </Button>
        )}
      </Flex>
      {evaluations.error && <Alert type="error" showIcon title={errorText(t, evaluations.error)} style={{ marginBottom: 16 }} />}
      <Table<AccountEvaluation>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={evaluations.data?.items ?? []}
        loading={evaluations.isFetching}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('grading.noEvaluations') }}
        expandable={{ expandedRowRender: (e) => <ScoreSheetTable sheet={e.result} criteria={criteriaOf(e.modelId)} /> }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: evaluations.data?.total ?? 0, onChange: setPage, showSizeChanger: false, hideOnSinglePage: true }}
      />
      {canEdit && <EvaluationDrawer account={account} isOpen={isEvaluating} onClose={() => setEvaluating(false)} />}
    </>
  );
}
