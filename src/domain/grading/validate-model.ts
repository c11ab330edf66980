import { issue, type GradingIssue } from './grading-issues.ts';
import { AXES, MODEL_KINDS, type Criterion, type GradeModel, type MatrixModel, type ScoringModel } from './model.ts';
import { round2 } from './rounding.ts';
import { criterionIssues, nameIssues } from './validate-criterion.ts';

// GRD-1 weights rule: the weights of a grade model (of each axis of a matrix model) must add up
// to exactly 100 — they are the percentages the director sets and that the grading sheet shows.
// We do not silently normalise: a typo (30 → 300) would then quietly become a different model,
// and the stored weight would differ from the weight that counts. Renormalisation happens only
// at scoring time, and only over criteria that could not be scored (score-account.ts).
function weightIssues(criteria: readonly Criterion[], axis?: string): GradingIssue[] {
  const sum = round2(criteria.reduce((total, c) => total + (Number.isFinite(c.weight) ? c.weight : 0), 0));
  if (sum === 100) return [];
  const where = axis ? ` on the ${axis} axis` : '';
  return [issue('criteria', 'WEIGHTS_NOT_100', `Weights${where} add up to ${sum}, not 100`, axis ? { sum, axis } : { sum })];
}

function duplicateKeyIssues(keys: readonly string[], path: (i: number) => string, code: 'DUPLICATE_KEY' | 'DUPLICATE_GROUP' | 'DUPLICATE_GRADE'): GradingIssue[] {
  return keys.flatMap((key, i) => (keys.indexOf(key) < i ? [issue(path(i), code, `"${key}" is used twice`)] : []));
}

function thresholdIssues(model: GradeModel): GradingIssue[] {
  const thresholds = model.thresholds ?? [];
  if (thresholds.length === 0) return [issue('thresholds', 'NO_THRESHOLDS', 'A grade model needs at least one grade threshold')];
  const issues: GradingIssue[] = [];
  thresholds.forEach((t, i) => {
    if (!t.grade?.trim()) issues.push(issue(`thresholds.${i}.grade`, 'GRADE_NAME_MISSING', 'A grade needs a name'));
    if (!(Number.isFinite(t.minTotal) && t.minTotal >= 0 && t.minTotal <= 100)) {
      issues.push(issue(`thresholds.${i}.minTotal`, 'THRESHOLD_OUT_OF_RANGE', 'A minimum total is between 0 and 100'));
    } else if (i > 0 && !(t.minTotal < thresholds[i - 1].minTotal)) {
      issues.push(issue(`thresholds.${i}.minTotal`, 'THRESHOLDS_NOT_DESCENDING', 'Grades run from the highest minimum total down, each strictly lower'));
    }
  });
  issues.push(...duplicateKeyIssues(thresholds.map((t) => t.grade), (i) => `thresholds.${i}.grade`, 'DUPLICATE_GRADE'));
  const last = thresholds.length - 1;
  // Every total must earn a grade: otherwise an account could be scored and still be ungraded.
  if (thresholds[last].minTotal !== 0) issues.push(issue(`thresholds.${last}.minTotal`, 'LOWEST_THRESHOLD_NOT_ZERO', 'The lowest grade must start at 0'));
  return issues;
}

function splitIssues(model: MatrixModel): GradingIssue[] {
  return AXES.flatMap((axis) => {
    const split = model.split?.[axis];
    return Number.isFinite(split) && split > 0 && split < 100
      ? []
      : [issue(`split.${axis}`, 'SPLIT_OUT_OF_RANGE', 'A split point lies strictly between 0 and 100')];
  });
}

function axisIssues(model: MatrixModel): GradingIssue[] {
  const issues: GradingIssue[] = [];
  model.criteria.forEach((c, i) => {
    if (!AXES.includes(c.axis as never)) issues.push(issue(`criteria.${i}.axis`, 'AXIS_MISSING', 'A matrix criterion needs an axis: attractiveness or ability'));
  });
  for (const axis of AXES) {
    const onAxis = model.criteria.filter((c) => c.axis === axis);
    if (onAxis.length === 0) issues.push(issue('criteria', 'AXIS_WITHOUT_CRITERIA', `No criterion counts towards ${axis}`, { axis }));
    else issues.push(...weightIssues(onAxis, axis));
  }
  return issues;
}

// Every problem of a model at once (an empty list: the model can be used). Expects the shape of
// ScoringModel — the route's zod schema checks types — and checks the business rules.
export function validateModel(model: ScoringModel): GradingIssue[] {
  if (!MODEL_KINDS.includes(model.kind)) return [issue('kind', 'KIND_UNKNOWN', 'Kind must be grade or matrix')];
  const issues = nameIssues(model.name, 'name');
  const groups = model.groups ?? [];
  groups.forEach((g, i) => issues.push(...nameIssues(g.name, `groups.${i}.name`)));
  issues.push(...duplicateKeyIssues(groups.map((g) => g.key), (i) => `groups.${i}.key`, 'DUPLICATE_GROUP'));
  const criteria = model.criteria ?? [];
  if (criteria.length === 0) issues.push(issue('criteria', 'NO_CRITERIA', 'A model needs at least one criterion'));
  const groupKeys = new Set(groups.map((g) => g.key));
  criteria.forEach((c, i) => issues.push(...criterionIssues(c, `criteria.${i}`, groupKeys)));
  issues.push(...duplicateKeyIssues(criteria.map((c) => c.key), (i) => `criteria.${i}.key`, 'DUPLICATE_KEY'));
  const hasCriteria = criteria.length > 0;
  if (model.kind === 'grade') issues.push(...(hasCriteria ? weightIssues(criteria) : []), ...thresholdIssues(model));
  else issues.push(...(hasCriteria ? axisIssues(model) : []), ...splitIssues(model));
  return issues;
}
