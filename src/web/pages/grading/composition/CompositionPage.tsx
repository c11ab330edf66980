import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Empty, Flex, Row, Select, Statistic, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { INDUSTRIES, REGIONS } from '../../../../domain/accounts/lists.ts';
import { useComposition, type CompositionRow } from '../../../api/composition.queries.ts';
import { codeLabel, codeOptions } from '../../../components/codeLabels.ts';
import { formatMoney } from '../../../components/money.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { UserSelect } from '../../../components/UserSelect.tsx';
import { useAccess } from '../../../hooks/useAccess.ts';
import { useIsPhone } from '../../../hooks/useIsPhone.ts';
import { useLocale } from '../../../hooks/useLocale.ts';
import { errorText } from '../../../i18n/errorText.ts';
import { AccountShares } from './AccountShares.tsx';
import { CompositionChart } from './CompositionChart.tsx';
import { CompositionTable } from './CompositionTable.tsx';
import { chartRows, curveOption, paretoOption } from './compositionOption.ts';
import {
  compositionExportHref,
  compositionQueryOf,
  DIMENSIONS,
  lastTwelveMonths,
  monthEndOf,
  monthStartOf,
  readCompositionState,
  writeCompositionState,
  yearPeriod,
  type CompositionState,
} from './compositionParams.ts';

const fieldStyle = { flex: '1 1 160px', minWidth: 140, maxWidth: 240 };
const MAX_BARS = 15;

// GRD-5 客户构成分析 (seed 001 篇5): 销售构成 by grade, 商品构成 by product, 地区构成 by region, and by
// industry, quadrant and category — each as a Pareto chart and a table — the 80/20 curve of the
// accounts, and how the accounts divide into grades and quadrants; exported as a workbook.
export function CompositionPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const isPhone = useIsPhone();
  const { canReadAllAccounts, canTransferAccounts } = useAccess();
  const [params, setParams] = useSearchParams();
  const state = readCompositionState(params, new Date());
  const update = (patch: Partial<CompositionState>) => setParams(writeCompositionState({ ...state, ...patch }), { replace: true });
  const query = compositionQueryOf(state);
  const composition = useComposition(query);
  const data = composition.data;

  const labelOf = useMemo(() => {
    return (row: CompositionRow): string => {
      if (row.key === null) return t(state.by === 'grade' || state.by === 'quadrant' ? 'composition.ungraded' : 'composition.none');
      if (state.by === 'quadrant') return codeLabel(t, 'grading.quadrants', row.key);
      if (state.by === 'region' || state.by === 'industry') return codeLabel(t, `account.${state.by}`, row.key);
      return row.label ?? row.key;
    };
  }, [t, state.by]);

  const paretoChart = useMemo(() => {
    if (!data) return null;
    const rows = data.rows.map((r) => ({ ...r, label: labelOf(r) }));
    return paretoOption(chartRows(rows, MAX_BARS, t('composition.other')), { amount: t('composition.amount'), cumulative: t('composition.chartLine'), target: t('composition.eighty'), money: (fen) => formatMoney(fen, locale) }, isPhone);
  }, [data, labelOf, t, locale, isPhone]);

  const curveChart = useMemo(
    () => (data ? curveOption(data.pareto, { xAxis: t('composition.pareto.xAxis'), yAxis: t('composition.pareto.yAxis'), target: t('composition.eighty') }, isPhone) : null),
    [data, t, isPhone],
  );

  const today = new Date();
  const thisYear = today.getFullYear();
  const presets = [
    { label: t('composition.lastMonths'), period: lastTwelveMonths(today) },
    { label: t('composition.thisYear'), period: { from: `${thisYear}-01-01`, to: monthEndOf(dayjs(today).format('YYYY-MM-DD')) } },
    { label: t('composition.lastYear'), period: yearPeriod(thisYear - 1) },
  ];

  return (
    <>
      <PageHeader
        title={t('composition.title')}
        description={t('composition.description')}
        extra={
          <Button icon={<DownloadOutlined />} href={compositionExportHref(query, locale)} download data-testid="composition-export">
            {t('composition.export.button')}
          </Button>
        }
      />
      <Flex wrap gap={8} style={{ marginBottom: 16 }} align="center">
        <DatePicker.RangePicker
          picker="month"
          aria-label={t('composition.period')}
          allowClear={false}
          style={{ flex: '1 1 240px', maxWidth: 300 }}
          value={[dayjs(state.from), dayjs(state.to)]}
          presets={presets.map((p) => ({ label: p.label, value: [dayjs(p.period.from), dayjs(p.period.to)] }))}
          onChange={(range) => {
            if (range?.[0] && range[1]) update({ from: monthStartOf(range[0].format('YYYY-MM-DD')), to: monthEndOf(range[1].format('YYYY-MM-DD')) });
          }}
        />
        {(canReadAllAccounts || canTransferAccounts) && (
          <UserSelect aria-label={t('accounts.column.owner')} placeholder={t('accounts.allOwners')} value={state.ownerId} onChange={(ownerId) => update({ ownerId })} isActiveOnly={false} style={fieldStyle} />
        )}
        <Select aria-label={t('accounts.column.region')} placeholder={t('accounts.allRegions')} allowClear style={fieldStyle} value={state.region} onChange={(region) => update({ region: region ?? null })} options={codeOptions(t, 'account.region', REGIONS)} />
        <Select aria-label={t('accounts.column.industry')} placeholder={t('accounts.allIndustries')} allowClear style={fieldStyle} value={state.industry} onChange={(industry) => update({ industry: industry ?? null })} options={codeOptions(t, 'account.industry', INDUSTRIES)} />
      </Flex>
      {composition.error && <Alert type="error" showIcon title={errorText(t, composition.error)} style={{ marginBottom: 16 }} />}
      {data && (
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic title={t('composition.totalSales')} value={formatMoney(data.totalFen, locale)} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic title={t('composition.activeAccounts')} value={data.accountCount} />
            </Card>
          </Col>
          <Col xs={24} md={12}>
            <Card size="small" style={{ height: '100%' }}>
              <Typography.Text type="secondary">{t('composition.pareto.title')}</Typography.Text>
              <div data-testid="pareto-summary" style={{ fontSize: 16, marginTop: 6 }}>
                {data.pareto.accountsForTarget === null
                  ? t('composition.pareto.none')
                  : t('composition.pareto.summary', { count: data.pareto.accountsForTarget, percent: data.pareto.accountsForTargetPercent, total: data.pareto.accountCount, target: data.pareto.targetPercent })}
              </div>
            </Card>
          </Col>
        </Row>
      )}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Tabs
          activeKey={state.by}
          onChange={(by) => update({ by: by as CompositionState['by'] })}
          items={DIMENSIONS.map((by) => ({ key: by, label: t(`composition.by.${by}`) }))}
        />
        {data && data.accountCount === 0 ? (
          <Empty description={t('composition.empty')} />
        ) : (
          paretoChart && (
            <>
              <Typography.Text strong>{t('composition.chartTitle', { by: t(`composition.by.${state.by}`) })}</Typography.Text>
              <CompositionChart option={paretoChart} height={isPhone ? 300 : 380} testId="composition-pareto-chart" />
              <div style={{ marginTop: 12 }}>{data && <CompositionTable data={data} labelOf={labelOf} />}</div>
            </>
          )
        )}
      </Card>
      {data && (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('composition.pareto.title')}>
              {data.pareto.points.length > 0 && curveChart ? <CompositionChart option={curveChart} height={isPhone ? 240 : 300} testId="composition-curve-chart" /> : <Empty description={t('composition.pareto.none')} />}
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <AccountShares shares={data.accountShares} />
          </Col>
        </Row>
      )}
    </>
  );
}
