import { GRADING_ISSUE_CODES, type GradingIssue, type GradingIssueCode } from '../../../domain/grading/index.ts';
import { AppError, defineErrors, type ErrorSpec } from '../../lib/errors.ts';

export const GradingErrors = defineErrors({
  GRADING_MODEL_NOT_FOUND: { status: 404, title: 'Scoring model not found' },
  GRADING_MODEL_INACTIVE: { status: 400, title: 'The scoring model is deactivated' },
  GRADING_MODEL_KIND_CHANGED: { status: 400, title: 'A scoring model keeps its kind (grade or matrix); create a new model instead' },
  GRADING_MODEL_NOT_MATRIX: { status: 400, title: 'The screening matrix needs a matrix model' },
  GRADING_JOB_NOT_FOUND: { status: 404, title: 'Re-grading job not found' },
  GRADING_EVALUATION_NOT_FOUND: { status: 404, title: 'Evaluation not found' },
});

// One code per issue of the domain's validateModel / scoreAccount (grading-issues.ts), as
// GRADING_<ISSUE>: the problem's code is the first issue's, `errors[]` lists every issue with
// its path (`definition.criteria.2.source.breakpoints`, `judged.openness.score`).
const ISSUE_TITLES: Record<GradingIssueCode, string> = {
  KIND_UNKNOWN: 'The model kind must be grade or matrix',
  NAME_MISSING: 'The model needs a name in Chinese and English',
  NO_CRITERIA: 'The model has no criteria',
  KEY_INVALID: 'A criterion key is not valid',
  DUPLICATE_KEY: 'Two criteria have the same key',
  WEIGHT_NOT_POSITIVE: 'A weight must be positive',
  WEIGHTS_NOT_100: 'The weights do not add up to 100',
  SCALE_UNKNOWN: 'The scale must be 1-5 or 0-100',
  SOURCE_UNKNOWN: 'A criterion must be computed or judged',
  METRIC_UNKNOWN: 'Unknown metric',
  DIRECTION_UNKNOWN: 'Unknown direction',
  BREAKPOINTS_EMPTY: 'A computed criterion needs breakpoints',
  BREAKPOINTS_NOT_ASCENDING: 'Breakpoints must be strictly ascending',
  SCORES_COUNT_MISMATCH: 'A computed criterion needs one score more than breakpoints',
  SCORES_AGAINST_DIRECTION: 'The band scores go against the direction',
  AXIS_MISSING: 'A matrix criterion needs an axis',
  AXIS_WITHOUT_CRITERIA: 'An axis of the matrix has no criteria',
  GROUP_UNKNOWN: 'Unknown criterion group',
  DUPLICATE_GROUP: 'Two groups have the same key',
  NO_THRESHOLDS: 'A grade model needs grade thresholds',
  GRADE_NAME_MISSING: 'A grade needs a name',
  DUPLICATE_GRADE: 'Two thresholds have the same grade',
  THRESHOLD_OUT_OF_RANGE: 'A threshold must be between 0 and 100',
  THRESHOLDS_NOT_DESCENDING: 'Thresholds must be listed from the highest grade down',
  LOWEST_THRESHOLD_NOT_ZERO: 'The lowest grade must start at 0',
  SPLIT_OUT_OF_RANGE: 'The split of an axis must be between 0 and 100',
  SCORE_OUT_OF_SCALE: 'A score is outside its scale',
  SCORE_NOT_INTEGER: 'A score on the 1-5 scale must be a whole number',
  CRITERION_UNKNOWN: 'The model has no such criterion',
  CRITERION_NOT_JUDGED: 'This criterion is computed from data and takes no judged score',
  COMMENT_REQUIRED: 'A judged score needs a comment',
  METRIC_NOT_FINITE: 'A metric is not a finite number',
};

type IssueErrors = { [K in GradingIssueCode as `GRADING_${K}`]: ErrorSpec & { code: `GRADING_${K}` } };
export const GradingIssueErrors = Object.fromEntries(
  GRADING_ISSUE_CODES.map((code) => [`GRADING_${code}`, { code: `GRADING_${code}`, status: 400, title: ISSUE_TITLES[code] }]),
) as IssueErrors;

// The issues of the domain as one 400; `prefix` places their paths in the request body.
export function issuesError(issues: readonly GradingIssue[], prefix = ''): AppError {
  return new AppError(GradingIssueErrors[`GRADING_${issues[0].code}`], issues[0].message, {
    errors: issues.map((i) => ({ path: `${prefix}${i.path}`, message: `${i.code}: ${i.message}` })),
  });
}
