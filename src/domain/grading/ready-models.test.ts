import { describe, expect, it } from 'vitest';
import { DEALER_MODEL } from './dealer-model.ts';
import { DEFAULT_GRADE_MODEL } from './default-grade-model.ts';
import type { Criterion, ScoringModel } from './model.ts';
import { SCREENING_MATRIX_MODEL } from './screening-matrix-model.ts';

const texts = (model: ScoringModel) => [model.name, ...(model.groups ?? []).map((g) => g.name), ...model.criteria.flatMap((c) => [c.name, ...(c.hint ? [c.hint] : [])])];
const weightOf = (criteria: readonly Criterion[]) => criteria.reduce((sum, c) => sum + c.weight, 0);

describe.each([
  ['default grade model', DEFAULT_GRADE_MODEL],
  ['dealer model', DEALER_MODEL],
  ['screening matrix model', SCREENING_MATRIX_MODEL],
])('the %s', (_, model) => {
  it('is written in zh-CN and en-US throughout', () => {
    for (const text of texts(model)) {
      expect(text['zh-CN'].trim()).not.toBe('');
      expect(text['en-US'].trim()).not.toBe('');
    }
  });

  it('tells the scorer what a high score means on every judged criterion', () => {
    expect(model.criteria.filter((c) => c.source.type === 'judged' && !c.hint)).toEqual([]);
  });
});

describe('the default grade model (seed 004, seed 001 篇2)', () => {
  it('covers the seed criteria, with no single criterion deciding', () => {
    expect(DEFAULT_GRADE_MODEL.criteria.map((c) => c.key)).toEqual([
      'annualPurchase',
      'highMarginPurchase',
      'marginVsAverage',
      'purchaseGrowthYoY',
      'paymentDays',
      'shareOfWallet',
      'accessToGoals',
      'openness',
      'partnershipWish',
      'centralisedPurchasing',
      'priceSensitivity',
      'serviceDemands',
    ]);
    expect(Math.max(...DEFAULT_GRADE_MODEL.criteria.map((c) => c.weight))).toBeLessThanOrEqual(15);
    expect(weightOf(DEFAULT_GRADE_MODEL.criteria.filter((c) => c.source.type === 'computed'))).toBe(55);
  });

  it('grades A/B/C/D from 75/55/35/0', () => {
    expect(DEFAULT_GRADE_MODEL.thresholds).toEqual([
      { grade: 'A', minTotal: 75 },
      { grade: 'B', minTotal: 55 },
      { grade: 'C', minTotal: 35 },
      { grade: 'D', minTotal: 0 },
    ]);
  });
});

describe('the dealer model (seed 001 篇1)', () => {
  it('has the four groups of the seed, weighted 30/40/20/10', () => {
    const groups = DEALER_MODEL.groups ?? [];
    expect(groups.map((g) => g.name['zh-CN'])).toEqual(['积极性', '经营能力', '信誉', '社会关系']);
    expect(groups.map((g) => weightOf(DEALER_MODEL.criteria.filter((c) => c.group === g.key)))).toEqual([30, 40, 20, 10]);
  });

  it('lists the sub-items of enthusiasm and operating capability', () => {
    const names = (group: string) => DEALER_MODEL.criteria.filter((c) => c.group === group).map((c) => c.name['zh-CN']);
    expect(names('enthusiasm')).toEqual(['货款支付', '投入的人员车辆', '产品推广的主动性']);
    expect(names('operatingCapability')).toEqual(['经营手段的灵活性', '分销能力', '资金实力', '手中的畅销品牌', '仓储', '车辆', '人员']);
  });

  it('computes payment from sales data', () => {
    expect(DEALER_MODEL.criteria[0].source).toMatchObject({ type: 'computed', metric: 'paymentDays', direction: 'lower_is_better' });
  });
});

describe('the screening matrix model (seed 000)', () => {
  it('measures attractiveness by profit, growth, referral and strategic value', () => {
    const on = (axis: string) => SCREENING_MATRIX_MODEL.criteria.filter((c) => c.axis === axis).map((c) => c.key);
    expect(on('attractiveness')).toEqual(['profit', 'growth', 'referralValue', 'strategicValue']);
    expect(on('ability')).toEqual(['productAdvantage', 'serviceAdvantage', 'locationAdvantage', 'competitorAttention']);
  });

  it('splits both axes at 50', () => {
    expect(SCREENING_MATRIX_MODEL.split).toEqual({ attractiveness: 50, ability: 50 });
  });
});
