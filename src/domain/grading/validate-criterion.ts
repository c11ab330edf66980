import { issue, type GradingIssue } from './grading-issues.ts';
import { DIRECTIONS, METRIC_KEYS, SCALES, type ComputedSource, type Criterion, type LocalizedText, type Scale } from './model.ts';
import { scoreOnScaleError } from './score-on-scale.ts';

// Keys are stored in JSON and named in API paths: a letter, then letters, digits or underscores.
const KEY_PATTERN = /^[a-zA-Z][a-zA-Z0-9_]{0,63}$/;

const includes = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

export function nameIssues(name: LocalizedText | undefined, path: string): GradingIssue[] {
  return (['zh-CN', 'en-US'] as const)
    .filter((locale) => !name?.[locale]?.trim())
    .map((locale) => issue(`${path}.${locale}`, 'NAME_MISSING', `A ${locale} name is required`));
}

function computedSourceIssues(source: ComputedSource, scale: Scale, path: string): GradingIssue[] {
  const issues: GradingIssue[] = [];
  if (!includes(METRIC_KEYS, source.metric)) issues.push(issue(`${path}.metric`, 'METRIC_UNKNOWN', `Unknown metric "${String(source.metric)}"`));
  if (!includes(DIRECTIONS, source.direction)) issues.push(issue(`${path}.direction`, 'DIRECTION_UNKNOWN', 'Direction must be higher_is_better or lower_is_better'));
  const { breakpoints, scores } = source;
  if (breakpoints.length === 0) issues.push(issue(`${path}.breakpoints`, 'BREAKPOINTS_EMPTY', 'At least one breakpoint is required'));
  const isAscending = breakpoints.every((b, i) => Number.isFinite(b) && (i === 0 || b > breakpoints[i - 1]));
  if (!isAscending) issues.push(issue(`${path}.breakpoints`, 'BREAKPOINTS_NOT_ASCENDING', 'Breakpoints must be finite and strictly ascending'));
  if (scores.length !== breakpoints.length + 1) {
    issues.push(issue(`${path}.scores`, 'SCORES_COUNT_MISMATCH', 'There must be one score more than breakpoints', { expected: breakpoints.length + 1, actual: scores.length }));
  }
  const scoreIssues = scores.flatMap((s, i) => {
    const code = scoreOnScaleError(scale, s);
    return code ? [issue(`${path}.scores.${i}`, code, `Score ${s} is not on the ${scale} scale`, { scale })] : [];
  });
  issues.push(...scoreIssues);
  // Scores follow the direction so that "the better side of a breakpoint" means something.
  const isBetterUp = source.direction !== 'lower_is_better';
  const followsDirection = scores.every((s, i) => i === 0 || (isBetterUp ? s >= scores[i - 1] : s <= scores[i - 1]));
  if (scoreIssues.length === 0 && !followsDirection) {
    issues.push(issue(`${path}.scores`, 'SCORES_AGAINST_DIRECTION', `Scores must not get worse as the metric gets better (${source.direction})`));
  }
  return issues;
}

function sourceIssues(criterion: Criterion, path: string): GradingIssue[] {
  const source = criterion.source;
  if (source?.type === 'judged') return [];
  if (source?.type === 'computed') return includes(SCALES, criterion.scale) ? computedSourceIssues(source, criterion.scale, path) : [];
  return [issue(`${path}.type`, 'SOURCE_UNKNOWN', 'Source type must be computed or judged')];
}

// One criterion on its own; the model-level rules (duplicates, weight sums, axes) are in validate-model.ts.
export function criterionIssues(criterion: Criterion, path: string, groupKeys: ReadonlySet<string>): GradingIssue[] {
  const issues: GradingIssue[] = [];
  if (!KEY_PATTERN.test(criterion.key ?? '')) issues.push(issue(`${path}.key`, 'KEY_INVALID', 'A key is a letter followed by letters, digits or _ (at most 64)'));
  issues.push(...nameIssues(criterion.name, `${path}.name`));
  if (!(Number.isFinite(criterion.weight) && criterion.weight > 0)) issues.push(issue(`${path}.weight`, 'WEIGHT_NOT_POSITIVE', 'A weight must be a positive number'));
  if (!includes(SCALES, criterion.scale)) issues.push(issue(`${path}.scale`, 'SCALE_UNKNOWN', 'Scale must be 1-5 or 0-100'));
  issues.push(...sourceIssues(criterion, `${path}.source`));
  if (criterion.group !== undefined && !groupKeys.has(criterion.group)) {
    issues.push(issue(`${path}.group`, 'GROUP_UNKNOWN', `Group "${criterion.group}" is not defined in groups`));
  }
  return issues;
}
