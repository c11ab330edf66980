import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Select, Switch, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { INDUSTRIES, REGIONS } from '../../../../domain/accounts/lists.ts';
import { DEFAULT_SPLIT } from '../../../../domain/grading/index.ts';
import { useScoringModelList, useScreeningMatrix } from '../../../api/grading.queries.ts';
import { codeOptions } from '../../../components/codeLabels.ts';
import { formatMoney } from '../../../components/money.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { UserSelect } from '../../../components/UserSelect.tsx';
import { useAccess } from '../../../hooks/useAccess.ts';
import { useIsPhone } from '../../../hooks/useIsPhone.ts';
import { useLocale } from '../../../hooks/useLocale.ts';
import { errorText } from '../../../i18n/errorText.ts';
import { MatrixChart } from './MatrixChart.tsx';
import type { MatrixLabels } from './matrixOption.ts';
import { matrixExportHref, matrixQueryOf, readMatrixState, writeMatrixState, type MatrixState } from './matrixParams.ts';
import { QuadrantCards } from './QuadrantCards.tsx';
import { QuadrantList } from './QuadrantList.tsx';
import { quadrantSummaries } from './quadrantSummary.ts';

const fieldStyle = { flex: '1 1 160px', minWidth: 140, maxWidth: 240 };

// GRD-3 客户筛选矩阵: every evaluated account by attractiveness (x) and our ability to win it (y),
// bubble = last 12 months' sales, colour = grade, arrows = moves since the previous evaluation;
// the quadrants with their strategy, and each quadrant's accounts as a list to export.
export function MatrixPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const { canReadAllAccounts, canTransferAccounts } = useAccess();
  const [params, setParams] = useSearchParams();
  const state = readMatrixState(params);
  const update = (patch: Partial<MatrixState>) => setParams(writeMatrixState({ ...state, ...patch }), { replace: true });

  const models = useScoringModelList();
  const matrixModels = (models.data?.items ?? []).filter((m) => m.kind === 'matrix' && m.isActive);
  const modelId = state.modelId ?? (matrixModels.find((m) => m.isDefault) ?? matrixModels[0])?.id;
  const query = matrixQueryOf(state, modelId);
  const matrix = useScreeningMatrix(query);
  const items = useMemo(() => matrix.data?.items ?? [], [matrix.data]);
  const listed = state.quadrant ? items.filter((i) => i.current.quadrant === state.quadrant) : items;

  const labels = useMemo<MatrixLabels>(
    () => ({
      attractiveness: t('grading.axis.attractiveness'),
      ability: t('grading.axis.ability'),
      ungraded: t('grading.noGrade'),
      quadrant: (q) => t(`grading.quadrants.${q}`),
      tooltip: (i) => [
        i.accountName,
        `${t('grading.axis.attractiveness')} ${i.current.attractiveness} · ${t('grading.axis.ability')} ${i.current.ability}`,
        `${t('grading.grade')} ${i.grade ?? '—'} · ${t('grading.matrix.sales12m')} ${formatMoney(i.salesFen, locale)}`,
        ...(i.previous && i.previous.quadrant !== i.current.quadrant ? [t('grading.matrix.movedFrom', { quadrant: t(`grading.quadrants.${i.previous.quadrant}`), on: i.previous.evaluatedOn })] : []),
      ],
    }),
    [t, locale],
  );

  return (
    <>
      <PageHeader
        title={t('grading.matrix.title')}
        description={t('grading.matrix.description')}
        extra={
          query && (
            <Button icon={<DownloadOutlined />} href={matrixExportHref(query, state.quadrant, locale)} download>
              {state.quadrant ? t('grading.matrix.exportQuadrant', { quadrant: t(`grading.quadrants.${state.quadrant}`) }) : t('grading.matrix.export')}
            </Button>
          )
        }
      />
      <Flex wrap gap={8} style={{ marginBottom: 16 }} align="center">
        <Select
          aria-label={t('grading.model')}
          style={{ ...fieldStyle, maxWidth: 280 }}
          value={modelId}
          loading={models.isPending}
          onChange={(value) => update({ modelId: value })}
          options={matrixModels.map((m) => ({ value: m.id, label: m.name[locale] }))}
        />
        {(canReadAllAccounts || canTransferAccounts) && (
          <UserSelect aria-label={t('accounts.column.owner')} placeholder={t('accounts.allOwners')} value={state.ownerId} onChange={(ownerId) => update({ ownerId })} isActiveOnly={false} style={fieldStyle} />
        )}
        <Select aria-label={t('accounts.column.region')} placeholder={t('accounts.allRegions')} allowClear style={fieldStyle} value={state.region} onChange={(region) => update({ region: region ?? null })} options={codeOptions(t, 'account.region', REGIONS)} />
        <Select aria-label={t('accounts.column.industry')} placeholder={t('accounts.allIndustries')} allowClear style={fieldStyle} value={state.industry} onChange={(industry) => update({ industry: industry ?? null })} options={codeOptions(t, 'account.industry', INDUSTRIES)} />
        <Flex align="center" gap={6}>
          <Switch size="small" checked={state.showMoves} onChange={(showMoves) => update({ showMoves })} aria-label={t('grading.matrix.showMoves')} />
          <Typography.Text>{t('grading.matrix.showMoves')}</Typography.Text>
        </Flex>
      </Flex>
      {matrix.error && <Alert type="error" showIcon title={errorText(t, matrix.error)} style={{ marginBottom: 16 }} />}
      {!models.isPending && matrixModels.length === 0 && <Empty description={t('grading.matrix.noModel')} />}
      {matrix.data && items.length === 0 && <Alert type="info" showIcon title={t('grading.matrix.empty')} style={{ marginBottom: 16 }} />}
      {query && (
        <Card size="small" style={{ marginBottom: 16 }}>
          <MatrixChart items={items} split={matrix.data?.split ?? DEFAULT_SPLIT} labels={labels} showMoves={state.showMoves} height={isPhone ? 360 : 520} onOpenAccount={(id) => void navigate(`/accounts/${id}?tab=grading`)} />
        </Card>
      )}
      {items.length > 0 && (
        <>
          <QuadrantCards summaries={quadrantSummaries(items)} selected={state.quadrant} onSelect={(quadrant) => update({ quadrant })} />
          <Typography.Title level={5} style={{ margin: '20px 0 8px' }}>
            {state.quadrant ? t('grading.matrix.listOf', { quadrant: t(`grading.quadrants.${state.quadrant}`) }) : t('grading.matrix.listAll')}
          </Typography.Title>
          <QuadrantList items={listed} />
        </>
      )}
    </>
  );
}
