// Grading and screening (GRD-1…GRD-5): pure rules, no database, HTTP or React. Server and web
// import them from here.
//
// Models (model.ts). A ScoringModel is definition data without ids: a bilingual name, a kind,
// criteria, and for kind 'grade' descending grade thresholds ({grade, minTotal} on 0–100, the
// lowest at 0), for kind 'matrix' a split per axis. A criterion has a key, a bilingual name (and
// hint), a positive weight, a scale ('1-5' whole points, or '0-100'), an optional group, for a
// matrix an axis, and a source: 'judged' (a person's score with a required comment) or
// 'computed' from a metric with n ascending breakpoints, n + 1 band scores and a direction.
//
// Rules, with the decisions behind them:
// - validateModel(model) → GradingIssue[] ({path: 'criteria.2.source.breakpoints', code, message,
//   details}); empty means usable. Weights must add up to 100 (per axis for a matrix): they are
//   the percentages the director sets and sees; nothing is normalised silently.
// - scoreAccount(model, {metrics, judged}) → a sheet with per-criterion score, 0–100 percent,
//   evidence (metric value + band, or the comment), effective weight and points; the total
//   (grade) or one total per axis, point and quadrant (matrix); group subtotals; and `missing`.
//   Missing criteria (no metric value, no judged score) are left out and the others' weights
//   renormalised. A 1–5 score counts as (score − 1) × 25 %. A value equal to a breakpoint takes
//   the better band; a total equal to a threshold takes that grade; totals are rounded to two
//   decimals before they are compared.
// - computeMetrics(salesFacts) turns SQL sums over metricWindows(referenceDate) into metric
//   values: amounts in fen, shares and growth in %, margin vs average in percentage points,
//   concentration = the top product's share, payment days = days sales outstanding until
//   receivables exist; growth without previous-year sales is null (missing), not 0.
// - quadrantOf(point, split): high attractiveness + high ability = core → consolidate, high + low
//   = core potential → invest, low + high = general → harvest, low + low = secondary → serve at
//   low cost (seed 000); a value equal to the split is high. quadrantMove() for history arrows;
//   STRATEGY_TEMPLATES hold the seed's actions and reasons in zh-CN and en-US.
// - DEFAULT_SERVICE_POLICIES and quarterProgress() turn a grade into visits, plan depth, sponsor
//   and review cadence, and measure this quarter against an even pace.
// - sharesByGrade / sharesBy (any key) and paretoAnalysis (80/20: the smallest number of top
//   accounts whose sales reach the target share, compared in whole fen).

export * from './model.ts';
export * from './grading-issues.ts';
export { validateModel } from './validate-model.ts';
export { scoreOnScaleError, scoreAsPercent } from './score-on-scale.ts';
export { scoreBand, type ScoreBand } from './score-band.ts';
export { gradeForTotal } from './grade-for-total.ts';
export type { JudgedScore, JudgedScores } from './judged-scores.ts';
export type { CriterionResult, Evidence, MissingCriterion, ScoredCriterion } from './score-criterion.ts';
export { scoreAccount, type AccountScoringInput, type GradeSheet, type GroupTotal, type MatrixSheet, type ScoreSheet, type ScoringResult } from './score-account.ts';
export { round2, percentOf } from './rounding.ts';
export { addDays, addMonths, daysBetween, quarterOf, type CalendarQuarter, type DateRange } from './calendar.ts';
export { metricWindows, type MetricWindows } from './metric-windows.ts';
export * from './sales-metrics.ts';
export { DEFAULT_GRADE_MODEL } from './default-grade-model.ts';
export { DEALER_MODEL } from './dealer-model.ts';
export { SCREENING_MATRIX_MODEL } from './screening-matrix-model.ts';
export * from './quadrant.ts';
export { quadrantMove, type QuadrantMove } from './quadrant-move.ts';
export { STRATEGY_TEMPLATES, strategyTemplateFor, type StrategyTemplate } from './strategy-templates.ts';
export * from './service-levels.ts';
export { sharesBy, sharesByGrade, type AccountSales, type ShareRow } from './composition.ts';
export { paretoAnalysis, type ParetoAnalysis, type ParetoPoint } from './pareto.ts';
