import { describe, expect, it } from 'vitest';
import { DEALER_MODEL } from './dealer-model.ts';
import type { Criterion, GradeModel, MatrixModel } from './model.ts';
import { scoreAccount, type GradeSheet, type MatrixSheet, type ScoringResult } from './score-account.ts';
import { SCREENING_MATRIX_MODEL } from './screening-matrix-model.ts';

const name = { 'zh-CN': '测试', 'en-US': 'Test' };
const model: GradeModel = {
  kind: 'grade',
  name,
  criteria: [
    // 40 % on annual purchases: < 100 → 1, ≥ 100 → 3, ≥ 200 → 5
    { key: 'volume', name, weight: 40, scale: '1-5', source: { type: 'computed', metric: 'annualPurchase', direction: 'higher_is_better', breakpoints: [100, 200], scores: [1, 3, 5] } },
    // 30 % on payment days on 0–100: ≤ 30 → 100, ≤ 60 → 50, more → 0
    { key: 'payment', name, weight: 30, scale: '0-100', source: { type: 'computed', metric: 'paymentDays', direction: 'lower_is_better', breakpoints: [30, 60], scores: [100, 50, 0] } },
    { key: 'openness', name, weight: 30, scale: '1-5', source: { type: 'judged' } },
  ],
  thresholds: [
    { grade: 'A', minTotal: 80 },
    { grade: 'B', minTotal: 50 },
    { grade: 'C', minTotal: 0 },
  ],
};

const gradeSheet = (result: ScoringResult): GradeSheet => {
  if (!result.ok || result.sheet.kind !== 'grade') throw new Error(`expected a grade sheet: ${JSON.stringify(result)}`);
  return result.sheet;
};
const matrixSheet = (result: ScoringResult): MatrixSheet => {
  if (!result.ok || result.sheet.kind !== 'matrix') throw new Error(`expected a matrix sheet: ${JSON.stringify(result)}`);
  return result.sheet;
};

describe('scoring an account', () => {
  it('weighs every criterion and shows the data behind each score', () => {
    // volume 150 → 3 → 50 %, × 0.4 = 20; payment 30 days → 100, × 0.3 = 30; openness 4 → 75 %, × 0.3 = 22.5
    const sheet = gradeSheet(scoreAccount(model, { metrics: { annualPurchase: 150, paymentDays: 30 }, judged: { openness: { score: 4, comment: ' shares plans ' } } }));
    expect(sheet.total).toBe(72.5);
    expect(sheet.grade).toBe('B');
    expect(sheet.missing).toEqual([]);
    expect(sheet.criteria).toEqual([
      {
        key: 'volume',
        source: 'computed',
        weight: 40,
        status: 'scored',
        score: 3,
        percent: 50,
        evidence: { kind: 'metric', metric: 'annualPurchase', value: 150, band: { index: 1, lower: 100, upper: 200, inclusiveEnd: 'lower', score: 3 } },
        effectiveWeight: 40,
        points: 20,
      },
      {
        key: 'payment',
        source: 'computed',
        weight: 30,
        status: 'scored',
        score: 100,
        percent: 100,
        evidence: { kind: 'metric', metric: 'paymentDays', value: 30, band: { index: 0, lower: null, upper: 30, inclusiveEnd: 'upper', score: 100 } },
        effectiveWeight: 30,
        points: 30,
      },
      { key: 'openness', source: 'judged', weight: 30, status: 'scored', score: 4, percent: 75, evidence: { kind: 'judgement', comment: 'shares plans' }, effectiveWeight: 30, points: 22.5 },
    ]);
  });

  it('leaves a criterion without data unscored, renormalises the rest and says which was missing', () => {
    // payment missing: volume 50 % × 40/70 + openness 75 % × 30/70 = (2000 + 2250) / 70 = 60.714… → 60.71
    const sheet = gradeSheet(scoreAccount(model, { metrics: { annualPurchase: 150, paymentDays: null }, judged: { openness: { score: 4, comment: 'ok' } } }));
    expect(sheet.missing).toEqual(['payment']);
    expect(sheet.total).toBe(60.71);
    expect(sheet.criteria.map((c) => [c.key, c.status, c.effectiveWeight, c.points])).toEqual([
      ['volume', 'scored', 57.14, 28.57],
      ['payment', 'missing', 0, 0],
      ['openness', 'scored', 42.86, 32.14],
    ]);
    expect(sheet.criteria[1]).toMatchObject({ status: 'missing', metric: 'paymentDays' });
  });

  it('treats a judged criterion nobody scored as missing', () => {
    const sheet = gradeSheet(scoreAccount(model, { metrics: { annualPurchase: 200, paymentDays: 61 }, judged: {} }));
    // volume 5 → 100 % × 40/70, payment 0 × 30/70 → 57.14
    expect(sheet.missing).toEqual(['openness']);
    expect(sheet.total).toBe(57.14);
    expect(sheet.grade).toBe('B');
  });

  it('gives no total and no grade when nothing could be scored', () => {
    const sheet = gradeSheet(scoreAccount(model, { metrics: {}, judged: {} }));
    expect(sheet).toMatchObject({ total: null, grade: null, missing: ['volume', 'payment', 'openness'] });
  });

  it('grades a total equal to a threshold with that grade', () => {
    const at = (annualPurchase: number, paymentDays: number, openness: number) =>
      gradeSheet(scoreAccount(model, { metrics: { annualPurchase, paymentDays }, judged: { openness: { score: openness, comment: 'x' } } }));
    // volume 100 → 3 (50 % × 0.4 = 20) + payment 30 days → 100 × 0.3 = 30 + openness 5 → 100 % × 0.3 = 30 = 80: exactly A
    expect(at(100, 30, 5)).toMatchObject({ total: 80, grade: 'A' });
    // volume 99 → 1 (0) + 30 + 30 = 60: B
    expect(at(99, 30, 5)).toMatchObject({ total: 60, grade: 'B' });
    // volume 100 → 20 + payment 60 days → 50 × 0.3 = 15 + openness 3 → 50 % × 0.3 = 15 = 50: exactly B
    expect(at(100, 60, 3)).toMatchObject({ total: 50, grade: 'B' });
    // volume 0 → 0 + 15 + 30 = 45: C
    expect(at(0, 60, 5)).toMatchObject({ total: 45, grade: 'C' });
  });

  describe('rejects bad judged scores, naming the criterion', () => {
    const issuesFor = (judged: Record<string, { score: number; comment: string }>) => {
      const result = scoreAccount(model, { metrics: {}, judged });
      return result.ok ? [] : result.issues.map((i) => [i.path, i.code, i.details?.criterion]);
    };

    it('off the scale or between points', () => {
      expect(issuesFor({ openness: { score: 6, comment: 'x' } })).toEqual([['judged.openness.score', 'SCORE_OUT_OF_SCALE', 'openness']]);
      expect(issuesFor({ openness: { score: 0, comment: 'x' } })).toEqual([['judged.openness.score', 'SCORE_OUT_OF_SCALE', 'openness']]);
      expect(issuesFor({ openness: { score: 2.5, comment: 'x' } })).toEqual([['judged.openness.score', 'SCORE_NOT_INTEGER', 'openness']]);
    });

    it('without a comment', () => {
      expect(issuesFor({ openness: { score: 3, comment: '  ' } })).toEqual([['judged.openness.comment', 'COMMENT_REQUIRED', 'openness']]);
    });

    it('for a criterion the model lacks or computes from data', () => {
      expect(issuesFor({ charm: { score: 3, comment: 'x' }, volume: { score: 5, comment: 'x' } })).toEqual([
        ['judged.charm', 'CRITERION_UNKNOWN', 'charm'],
        ['judged.volume', 'CRITERION_NOT_JUDGED', 'volume'],
      ]);
    });

    it('and metrics that are not finite numbers', () => {
      const result = scoreAccount(model, { metrics: { annualPurchase: Number.NaN }, judged: {} });
      expect(result.ok ? [] : result.issues.map((i) => [i.path, i.code])).toEqual([['metrics.annualPurchase', 'METRIC_NOT_FINITE']]);
    });
  });

  it('subtotals groups, renormalised within each group', () => {
    const judged = Object.fromEntries(
      DEALER_MODEL.criteria.filter((c) => c.source.type === 'judged').map((c) => [c.key, { score: c.group === 'credit' ? 5 : 3, comment: 'visit 2025-05' }]),
    );
    const sheet = gradeSheet(scoreAccount(DEALER_MODEL, { metrics: { paymentDays: 45 }, judged }));
    // enthusiasm: payment 45 days → 4 (75 %) × 12 + 3 (50 %) × 18 = 900 + 900 = 1800 / 30 = 60
    expect(sheet.groups).toEqual([
      { key: 'enthusiasm', total: 60 },
      { key: 'operatingCapability', total: 50 },
      { key: 'credit', total: 100 },
      { key: 'socialRelations', total: 50 },
    ]);
    // 1800 + 40 × 50 + 20 × 100 + 10 × 50 = 6300 / 100 = 63 → B
    expect(sheet).toMatchObject({ total: 63, grade: 'B', missing: [] });
    // The group subtotal does not change the effective weight shown for the whole model.
    expect(sheet.criteria[0]).toMatchObject({ key: 'payment', effectiveWeight: 12, points: 9 });
  });
});

describe('scoring an account on a matrix model', () => {
  const all = (scores: Record<string, number>) =>
    Object.fromEntries(Object.entries(scores).map(([key, score]) => [key, { score, comment: 'account review' }]));

  it('weighs each axis on its own and places the account in a quadrant', () => {
    const judged = all({ profit: 5, growth: 4, referralValue: 3, strategicValue: 3, productAdvantage: 2, serviceAdvantage: 3, locationAdvantage: 2, competitorAttention: 1 });
    const sheet = matrixSheet(scoreAccount(SCREENING_MATRIX_MODEL, { metrics: {}, judged }));
    // attractiveness: 100 × 35 + 75 × 25 + 50 × 15 + 50 × 25 = 3500 + 1875 + 750 + 1250 = 7375 / 100 = 73.75
    // ability: 25 × 30 + 50 × 25 + 25 × 20 + 0 × 25 = 750 + 1250 + 500 = 2500 / 100 = 25
    expect(sheet.axes).toEqual({ attractiveness: 73.75, ability: 25 });
    expect(sheet.point).toEqual({ attractiveness: 73.75, ability: 25 });
    expect(sheet.quadrant).toBe('core_potential');
    expect(sheet.criteria.find((c) => c.key === 'profit')).toMatchObject({ axis: 'attractiveness', effectiveWeight: 35, points: 35 });
  });

  it('puts an account scoring 3 everywhere on both splits, which count as high: core', () => {
    const judged = all(Object.fromEntries(SCREENING_MATRIX_MODEL.criteria.map((c) => [c.key, 3])));
    const sheet = matrixSheet(scoreAccount(SCREENING_MATRIX_MODEL, { metrics: {}, judged }));
    expect(sheet).toMatchObject({ axes: { attractiveness: 50, ability: 50 }, quadrant: 'core' });
  });

  it('uses the model split and has no point while an axis has no scores', () => {
    const model: MatrixModel = { ...SCREENING_MATRIX_MODEL, split: { attractiveness: 60, ability: 50 } };
    const judged = all({ profit: 4, productAdvantage: 4 });
    // attractiveness 75 ≥ 60, ability 75 ≥ 50 → core; only one criterion per axis counts (renormalised)
    expect(matrixSheet(scoreAccount(model, { metrics: {}, judged }))).toMatchObject({ axes: { attractiveness: 75, ability: 75 }, quadrant: 'core' });
    const onlyAttractiveness = matrixSheet(scoreAccount(model, { metrics: {}, judged: all({ profit: 4 }) }));
    expect(onlyAttractiveness).toMatchObject({ axes: { attractiveness: 75, ability: null }, point: null, quadrant: null });
  });

  it('counts computed criteria on their axis', () => {
    const criteria: Criterion[] = [
      { key: 'margin', name, weight: 100, scale: '1-5', axis: 'attractiveness', source: { type: 'computed', metric: 'marginVsAverage', direction: 'higher_is_better', breakpoints: [-2, 2], scores: [1, 3, 5] } },
      { key: 'product', name, weight: 100, scale: '1-5', axis: 'ability', source: { type: 'judged' } },
    ];
    const model: MatrixModel = { kind: 'matrix', name, criteria, split: { attractiveness: 50, ability: 50 } };
    const sheet = matrixSheet(scoreAccount(model, { metrics: { marginVsAverage: -2 }, judged: all({ product: 2 }) }));
    // −2 equals a breakpoint → the better band (3 → 50 %): attractiveness 50 is high; ability 25 is low
    expect(sheet).toMatchObject({ axes: { attractiveness: 50, ability: 25 }, quadrant: 'core_potential' });
  });
});
