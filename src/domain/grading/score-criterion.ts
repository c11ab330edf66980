import type { JudgedScores } from './judged-scores.ts';
import type { Axis, Criterion, MetricKey, MetricValues } from './model.ts';
import { scoreBand, type ScoreBand } from './score-band.ts';
import { scoreAsPercent } from './score-on-scale.ts';

// What a score rests on, for "show the data behind each": the metric value and the band it fell
// in, or the person's comment.
export type Evidence =
  | { kind: 'metric'; metric: MetricKey; value: number; band: ScoreBand }
  | { kind: 'judgement'; comment: string };

type CriterionResultBase = { key: string; source: 'computed' | 'judged'; weight: number; axis?: Axis; group?: string };

export type ScoredCriterion = CriterionResultBase & {
  status: 'scored';
  // On the criterion's own scale (1–5 or 0–100) and as 0–100.
  score: number;
  percent: number;
  evidence: Evidence;
  // The criterion's share of the total after missing criteria were left out (percent), and the
  // points it adds to the total (percent × effectiveWeight / 100, two decimals).
  effectiveWeight: number;
  points: number;
};
export type MissingCriterion = CriterionResultBase & { status: 'missing'; metric?: MetricKey; effectiveWeight: 0; points: 0 };
export type CriterionResult = ScoredCriterion | MissingCriterion;

// One criterion before weighting (effectiveWeight and points are filled in by scoreAccount).
// Missing: no metric value (null/undefined) for a computed criterion, no score for a judged one.
export function scoreCriterion(criterion: Criterion, metrics: MetricValues, judged: JudgedScores): CriterionResult {
  const base: CriterionResultBase = { key: criterion.key, source: criterion.source.type, weight: criterion.weight };
  if (criterion.axis) base.axis = criterion.axis;
  if (criterion.group) base.group = criterion.group;
  const missing = (metric?: MetricKey): MissingCriterion => ({ ...base, status: 'missing', ...(metric ? { metric } : {}), effectiveWeight: 0, points: 0 });
  const scored = (score: number, evidence: Evidence): ScoredCriterion => ({
    ...base,
    status: 'scored',
    score,
    percent: scoreAsPercent(criterion.scale, score),
    evidence,
    effectiveWeight: 0,
    points: 0,
  });
  if (criterion.source.type === 'judged') {
    const given = judged[criterion.key];
    return given ? scored(given.score, { kind: 'judgement', comment: given.comment.trim() }) : missing();
  }
  const { metric } = criterion.source;
  const value = metrics[metric];
  if (value === undefined || value === null) return missing(metric);
  const band = scoreBand(criterion.source, value);
  return scored(band.score, { kind: 'metric', metric, value, band });
}
