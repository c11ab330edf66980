import { describe, expect, it } from 'vitest';
import { sharesBy, sharesByGrade } from './composition.ts';
import { DEFAULT_GRADE_MODEL } from './default-grade-model.ts';
import { paretoAnalysis } from './pareto.ts';
import { STRATEGY_OF } from './quadrant.ts';
import { computeMetrics, type SalesFacts } from './sales-metrics.ts';
import { scoreAccount, type ScoringResult } from './score-account.ts';
import { SCREENING_MATRIX_MODEL } from './screening-matrix-model.ts';

// Five accounts on reference date 2025-06-30, graded with the default grade model and placed on
// the default screening matrix. Every figure below is worked out by hand; amounts in 万元
// (1 万 = 1,000,000 fen). Company average margin: 25 %.
//
// Sales facts (year = 2024-07-01…2025-06-30)
//            year  prev  qtr  high-margin  margin/cost-known  paid/recorded  products            region
//   acc1     1200  1000  330   600          360 / 1200        1120 / 1200    720 + 480           jiangsu
//   acc2      500   400  100   175          135 / 500          335 / 365     250 + 150 + 100     zhejiang
//   acc3      180     0   90    18            0 / 0            120 / 180     180                 jiangsu
//   acc4       80   120   10     4         14.4 / 80            55 / 73       40 + 20 + 20        anhui
//   acc5       30    30  7.5     9            5 / 20            30 / 30       15 + 10 + 5         zhejiang
//
// Metrics
//            high-margin %  margin vs avg (pp)   growth %               payment days                 paid %   top product %
//   acc1     600/1200 = 50  30.0 − 25 = +5       200/1000 = 20          80/1200 × 365 = 24.33        93.33    60
//   acc2     175/500  = 35  27.0 − 25 = +2       100/400 = 25           30/365 × 365 = 30            91.78    50
//   acc3     18/180   = 10  missing (no cost)    missing (no prev. yr)  60/180 × 365 = 121.67        66.67    100
//   acc4     4/80     = 5   18.0 − 25 = −7       −40/120 = −33.33       18/73 × 365 = 90             75.34    50
//   acc5     9/30     = 30  25.0 − 25 = 0        0/30 = 0               0                            100      50
//
// Scores on 1–5 (→ % : 1→0, 2→25, 3→50, 4→75, 5→100). Boundaries on purpose — a value equal to a
// breakpoint takes the better band (acc1 50 % and +5; acc2 ¥5m, 35 %, +2, 25 %, 30 days; acc3 10 %;
// acc4 90 days; acc5 growth 0).
//   weight       15      10       10      10      10       10     8      7      7       5        4      4
//            annual  highMrg  margin  growth  payDays  wallet access  open  partner  central  price  service
//   acc1         5       5        5       4       5        4      5      4      5        3        3      4
//   acc2         4       4        4       5       5        4      4      4      3        3        3      3
//   acc3         2       2        –       –       1        5      5      5      4        –        4      3
//   acc4         2       1        1       1       3        2      1      2      2        1        1      2
//   acc5         1       3        3       3       5        2      2      3      3        1        2      3
//
// Totals (Σ weight × % / Σ weight of the scored criteria):
//   acc1  1500+1000+1000+750+1000+750+800+525+700+250+200+300 = 8775 / 100 = 87.75 → A
//   acc2  1125+750+750+1000+1000+750+600+525+350+250+200+200  = 7500 / 100 = 75.00 → A (exactly at A)
//   acc3  375+250+0+1000+800+700+525+300+200 = 4150 / 75 (margin, growth, central missing) = 55.33 → B
//   acc4  375+0+0+0+500+250+0+175+175+0+0+100 = 1575 / 100 = 15.75 → D
//   acc5  0+500+500+500+1000+250+200+350+350+0+100+200 = 3950 / 100 = 39.50 → C
//
// Screening matrix (attractiveness 35/25/15/25, ability 30/25/20/25; split 50, equal counts high)
//            profit growth referral strategic → attr   product service location competitors → ability   quadrant
//   acc1       5      4       4        5        90.00     4       4       3         3          63.75    core → consolidate
//   acc2       4      4       3        4        71.25     2       3       2         2          31.25    core potential → invest
//   acc3       3      3       3        3        50.00     3       2       4         2          42.50    core potential (attr = split)
//   acc4       1      1       2        1         3.75     3       3       3         3          50.00    general (ability = split) → harvest
//   acc5       2      3       2        1        25.00     2       2       1         2          20.00    secondary → serve at low cost
//
// Pareto by annual sales (total 1990): acc1 1200 = 60.30 %, +acc2 1700 = 85.43 % (crosses 80 %:
// 2 of 5 accounts = 40 %), +acc3 1880 = 94.47 %, +acc4 1960 = 98.49 %, +acc5 = 100 %.
// By grade: A 1700 = 85.43 %, B 180 = 9.05 %, C 30 = 1.51 %, D 80 = 4.02 %.
// By region: jiangsu 1380 = 69.35 %, zhejiang 530 = 26.63 %, anhui 80 = 4.02 %.

const WAN = 1_000_000;
const w = (amount: number) => Math.round(amount * WAN);

type Example = {
  id: string;
  region: string;
  facts: SalesFacts;
  judged: Record<string, number>;
  matrix: Record<string, number>;
};

const facts = (
  year: number,
  prev: number,
  quarter: number,
  highMargin: number,
  [margin, costKnown]: [number, number],
  [paid, recorded]: [number, number],
  products: number[],
): SalesFacts => ({
  yearAmountFen: w(year),
  previousYearAmountFen: w(prev),
  quarterAmountFen: w(quarter),
  highMarginAmountFen: w(highMargin),
  marginFen: w(margin),
  costKnownAmountFen: w(costKnown),
  paidFen: w(paid),
  paymentRecordedAmountFen: w(recorded),
  productAmountsFen: Object.fromEntries(products.map((amount, i) => [`p${i + 1}`, w(amount)])),
  companyAverageMarginPercent: 25,
});

const gradeKeys = ['shareOfWallet', 'accessToGoals', 'openness', 'partnershipWish', 'centralisedPurchasing', 'priceSensitivity', 'serviceDemands'];
const matrixKeys = SCREENING_MATRIX_MODEL.criteria.map((c) => c.key);
const scores = (keys: string[], values: (number | null)[]) => Object.fromEntries(keys.flatMap((k, i) => (values[i] === null ? [] : [[k, values[i]]])));

const ACCOUNTS: Example[] = [
  { id: 'acc1', region: 'jiangsu', facts: facts(1200, 1000, 330, 600, [360, 1200], [1120, 1200], [720, 480]), judged: scores(gradeKeys, [4, 5, 4, 5, 3, 3, 4]), matrix: scores(matrixKeys, [5, 4, 4, 5, 4, 4, 3, 3]) },
  { id: 'acc2', region: 'zhejiang', facts: facts(500, 400, 100, 175, [135, 500], [335, 365], [250, 150, 100]), judged: scores(gradeKeys, [4, 4, 4, 3, 3, 3, 3]), matrix: scores(matrixKeys, [4, 4, 3, 4, 2, 3, 2, 2]) },
  { id: 'acc3', region: 'jiangsu', facts: facts(180, 0, 90, 18, [0, 0], [120, 180], [180]), judged: scores(gradeKeys, [5, 5, 5, 4, null, 4, 3]), matrix: scores(matrixKeys, [3, 3, 3, 3, 3, 2, 4, 2]) },
  { id: 'acc4', region: 'anhui', facts: facts(80, 120, 10, 4, [14.4, 80], [55, 73], [40, 20, 20]), judged: scores(gradeKeys, [2, 1, 2, 2, 1, 1, 2]), matrix: scores(matrixKeys, [1, 1, 2, 1, 3, 3, 3, 3]) },
  { id: 'acc5', region: 'zhejiang', facts: facts(30, 30, 7.5, 9, [5, 20], [30, 30], [15, 10, 5]), judged: scores(gradeKeys, [2, 2, 3, 3, 1, 2, 3]), matrix: scores(matrixKeys, [2, 3, 2, 1, 2, 2, 1, 2]) },
];

const withComments = (given: Record<string, number>) => Object.fromEntries(Object.entries(given).map(([k, score]) => [k, { score, comment: 'quarterly review 2025-06' }]));

const sheetOf = (result: ScoringResult) => {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.sheet;
};

const graded = ACCOUNTS.map((a) => {
  const metrics = computeMetrics(a.facts);
  const grade = sheetOf(scoreAccount(DEFAULT_GRADE_MODEL, { metrics, judged: withComments(a.judged) }));
  const matrix = sheetOf(scoreAccount(SCREENING_MATRIX_MODEL, { metrics, judged: withComments(a.matrix) }));
  return { ...a, metrics, grade, matrix };
});

describe('worked example: five accounts', () => {
  it('computes the metrics from the sales facts', () => {
    expect(graded.map((a) => a.metrics)).toEqual([
      { annualPurchase: w(1200), quarterlyPurchase: w(330), highMarginPurchase: 50, marginVsAverage: 5, purchaseGrowthYoY: 20, paymentDays: 24.33, paidRatio: 93.33, purchaseConcentration: 60 },
      { annualPurchase: w(500), quarterlyPurchase: w(100), highMarginPurchase: 35, marginVsAverage: 2, purchaseGrowthYoY: 25, paymentDays: 30, paidRatio: 91.78, purchaseConcentration: 50 },
      { annualPurchase: w(180), quarterlyPurchase: w(90), highMarginPurchase: 10, marginVsAverage: null, purchaseGrowthYoY: null, paymentDays: 121.67, paidRatio: 66.67, purchaseConcentration: 100 },
      { annualPurchase: w(80), quarterlyPurchase: w(10), highMarginPurchase: 5, marginVsAverage: -7, purchaseGrowthYoY: -33.33, paymentDays: 90, paidRatio: 75.34, purchaseConcentration: 50 },
      { annualPurchase: w(30), quarterlyPurchase: w(7.5), highMarginPurchase: 30, marginVsAverage: 0, purchaseGrowthYoY: 0, paymentDays: 0, paidRatio: 100, purchaseConcentration: 50 },
    ]);
  });

  it('scores each criterion from its band', () => {
    const scoreRows = graded.map((a) => a.grade.criteria.map((c) => (c.status === 'scored' ? c.score : null)));
    expect(scoreRows).toEqual([
      [5, 5, 5, 4, 5, 4, 5, 4, 5, 3, 3, 4],
      [4, 4, 4, 5, 5, 4, 4, 4, 3, 3, 3, 3],
      [2, 2, null, null, 1, 5, 5, 5, 4, null, 4, 3],
      [2, 1, 1, 1, 3, 2, 1, 2, 2, 1, 1, 2],
      [1, 3, 3, 3, 5, 2, 2, 3, 3, 1, 2, 3],
    ]);
    expect(graded[2].grade.missing).toEqual(['marginVsAverage', 'purchaseGrowthYoY', 'centralisedPurchasing']);
  });

  it('totals and grades them, an account exactly at 75 earning A', () => {
    expect(graded.map((a) => (a.grade.kind === 'grade' ? [a.id, a.grade.total, a.grade.grade] : null))).toEqual([
      ['acc1', 87.75, 'A'],
      ['acc2', 75, 'A'],
      ['acc3', 55.33, 'B'],
      ['acc4', 15.75, 'D'],
      ['acc5', 39.5, 'C'],
    ]);
  });

  it('places them on the screening matrix, values on the split counting high', () => {
    expect(graded.map((a) => (a.matrix.kind === 'matrix' ? [a.id, a.matrix.point, a.matrix.quadrant, a.matrix.quadrant && STRATEGY_OF[a.matrix.quadrant]] : null))).toEqual([
      ['acc1', { attractiveness: 90, ability: 63.75 }, 'core', 'consolidate'],
      ['acc2', { attractiveness: 71.25, ability: 31.25 }, 'core_potential', 'invest'],
      ['acc3', { attractiveness: 50, ability: 42.5 }, 'core_potential', 'invest'],
      ['acc4', { attractiveness: 3.75, ability: 50 }, 'general', 'harvest'],
      ['acc5', { attractiveness: 25, ability: 20 }, 'secondary', 'serve_at_low_cost'],
    ]);
  });

  it('finds that 2 of 5 accounts (40 %) produce 80 % of sales', () => {
    const pareto = paretoAnalysis(graded.map((a) => ({ accountId: a.id, amountFen: a.facts.yearAmountFen })));
    expect(pareto.points.map((p) => [p.accountId, p.cumulativeSalesPercent])).toEqual([
      ['acc1', 60.3],
      ['acc2', 85.43],
      ['acc3', 94.47],
      ['acc4', 98.49],
      ['acc5', 100],
    ]);
    expect(pareto).toMatchObject({ totalFen: w(1990), accountsForTarget: 2, accountsForTargetPercent: 40 });
  });

  it('shares sales by grade and by region', () => {
    const bySales = graded.map((a) => ({ accountId: a.id, amountFen: a.facts.yearAmountFen, grade: a.grade.kind === 'grade' ? a.grade.grade : null }));
    expect(sharesByGrade(bySales, ['A', 'B', 'C', 'D']).map((r) => [r.key, r.count, r.amountPercent])).toEqual([
      ['A', 2, 85.43],
      ['B', 1, 9.05],
      ['C', 1, 1.51],
      ['D', 1, 4.02],
    ]);
    const byRegion = sharesBy(graded, (a) => a.region, (a) => a.facts.yearAmountFen);
    expect(byRegion.map((r) => [r.key, r.amountFen, r.amountPercent])).toEqual([
      ['jiangsu', w(1380), 69.35],
      ['zhejiang', w(530), 26.63],
      ['anhui', w(80), 4.02],
    ]);
  });
});
