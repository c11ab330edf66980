import { gradeForTotal } from './grade-for-total.ts';
import { issue, type GradingIssue } from './grading-issues.ts';
import { judgedScoreIssues, type JudgedScores } from './judged-scores.ts';
import { AXES, METRIC_KEYS, type Axis, type MetricValues, type ScoringModel } from './model.ts';
import { quadrantOf, type MatrixPoint, type Quadrant } from './quadrant.ts';
import { round2 } from './rounding.ts';
import { scoreCriterion, type CriterionResult, type ScoredCriterion } from './score-criterion.ts';

export type AccountScoringInput = { metrics: MetricValues; judged: JudgedScores };

export type GroupTotal = { key: string; total: number | null };

type SheetBase = {
  criteria: CriterionResult[];
  // Keys of the criteria that could not be scored; their weight went to the scored ones.
  missing: string[];
  // Per group (when the model has groups): the weighted total of its scored criteria, 0–100.
  groups: GroupTotal[];
};
// total: 0–100 with two decimals; null (and no grade) when no criterion could be scored.
export type GradeSheet = SheetBase & { kind: 'grade'; total: number | null; grade: string | null };
// One total per axis; the point and quadrant need both axes.
export type MatrixSheet = SheetBase & { kind: 'matrix'; axes: Record<Axis, number | null>; point: MatrixPoint | null; quadrant: Quadrant | null };
export type ScoreSheet = GradeSheet | MatrixSheet;

export type ScoringResult = { ok: true; sheet: ScoreSheet } | { ok: false; issues: GradingIssue[] };

function metricIssues(metrics: MetricValues): GradingIssue[] {
  return METRIC_KEYS.flatMap((metric) => {
    const value = metrics[metric];
    return value === undefined || value === null || Number.isFinite(value)
      ? []
      : [issue(`metrics.${metric}`, 'METRIC_NOT_FINITE', `Metric ${metric} is not a finite number`, { metric })];
  });
}

// GRD-1: a missing criterion is left out and the weights of the scored ones are renormalised,
// so a total always means "0–100 over what we know". Fills effectiveWeight and points in place
// and returns the weighted total (null when nothing in the set was scored).
function weigh(results: CriterionResult[]): number | null {
  const scored = results.filter((r): r is ScoredCriterion => r.status === 'scored');
  const weightSum = scored.reduce((sum, r) => sum + r.weight, 0);
  if (scored.length === 0 || weightSum <= 0) return null;
  for (const r of scored) {
    r.effectiveWeight = round2((r.weight / weightSum) * 100);
    r.points = round2((r.percent * r.weight) / weightSum);
  }
  return round2(scored.reduce((sum, r) => sum + r.percent * r.weight, 0) / weightSum);
}

// The subtotal of a group is computed like a total, over that group's criteria only.
function groupTotals(model: ScoringModel, results: readonly CriterionResult[]): GroupTotal[] {
  return (model.groups ?? []).map((g) => ({ key: g.key, total: weigh(results.filter((r) => r.group === g.key).map((r) => ({ ...r }))) }));
}

// Scores an account on a valid model (validateModel). Bad input — a judged score off its scale,
// without a comment, for an unknown or a computed criterion, a non-finite metric — gives issues
// naming the criterion instead of a sheet.
export function scoreAccount(model: ScoringModel, input: AccountScoringInput): ScoringResult {
  const issues = [...metricIssues(input.metrics), ...judgedScoreIssues(model, input.judged)];
  if (issues.length > 0) return { ok: false, issues };
  const criteria = model.criteria.map((c) => scoreCriterion(c, input.metrics, input.judged));
  const base: SheetBase = {
    criteria,
    missing: criteria.filter((r) => r.status === 'missing').map((r) => r.key),
    groups: groupTotals(model, criteria),
  };
  if (model.kind === 'grade') {
    const total = weigh(criteria);
    return { ok: true, sheet: { ...base, kind: 'grade', total, grade: total === null ? null : gradeForTotal(model.thresholds, total) } };
  }
  // Matrix: each axis is weighed on its own, so effective weights add up to 100 per axis.
  const [attractiveness, ability] = AXES.map((axis) => weigh(criteria.filter((r) => r.axis === axis)));
  const point = attractiveness === null || ability === null ? null : { attractiveness, ability };
  return {
    ok: true,
    sheet: { ...base, kind: 'matrix', axes: { attractiveness, ability }, point, quadrant: point ? quadrantOf(point, model.split) : null },
  };
}
