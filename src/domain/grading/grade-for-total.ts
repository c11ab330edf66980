import type { GradeThreshold } from './model.ts';

// GRD-1: thresholds run from the highest grade down; a total equal to a threshold's minimum earns
// that grade. The lowest threshold is 0 in a valid model, so every total gets a grade.
export function gradeForTotal(thresholds: readonly GradeThreshold[], total: number): string | null {
  return thresholds.find((t) => total >= t.minTotal)?.grade ?? null;
}
