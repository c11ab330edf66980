import type { GradingIssueCode } from './grading-issues.ts';
import { SCALE_RANGE, type Scale } from './model.ts';

// Whether a score may stand on a scale: within its range, and whole on the five-point scale.
export function scoreOnScaleError(scale: Scale, score: number): GradingIssueCode | null {
  const range = SCALE_RANGE[scale];
  if (!Number.isFinite(score) || score < range.min || score > range.max) return 'SCORE_OUT_OF_SCALE';
  if (range.isIntegerOnly && !Number.isInteger(score)) return 'SCORE_NOT_INTEGER';
  return null;
}

// A score on its scale as 0–100, so that criteria on different scales add up: the bottom of a
// scale is 0 and the top 100 (on 1–5: 1 → 0, 2 → 25, 3 → 50, 4 → 75, 5 → 100). Mapping 1 to 0,
// not to 20, lets an account that is weakest everywhere total 0 and puts "3 = average" on the
// matrix's default split of 50.
export function scoreAsPercent(scale: Scale, score: number): number {
  const { min, max } = SCALE_RANGE[scale];
  return ((score - min) / (max - min)) * 100;
}
