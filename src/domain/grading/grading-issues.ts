// Problems found in a scoring model or in the scores given to an account. `path` names the field
// as the API reports it (`criteria.2.source.breakpoints`); `code` is stable and the UI turns it,
// with `details`, into zh-CN / en-US text; `message` is English for logs and API clients.

export const GRADING_ISSUE_CODES = [
  // the model
  'KIND_UNKNOWN',
  'NAME_MISSING',
  'NO_CRITERIA',
  'KEY_INVALID',
  'DUPLICATE_KEY',
  'WEIGHT_NOT_POSITIVE',
  'WEIGHTS_NOT_100',
  'SCALE_UNKNOWN',
  'SOURCE_UNKNOWN',
  'METRIC_UNKNOWN',
  'DIRECTION_UNKNOWN',
  'BREAKPOINTS_EMPTY',
  'BREAKPOINTS_NOT_ASCENDING',
  'SCORES_COUNT_MISMATCH',
  'SCORES_AGAINST_DIRECTION',
  'AXIS_MISSING',
  'AXIS_WITHOUT_CRITERIA',
  'GROUP_UNKNOWN',
  'DUPLICATE_GROUP',
  'NO_THRESHOLDS',
  'GRADE_NAME_MISSING',
  'DUPLICATE_GRADE',
  'THRESHOLD_OUT_OF_RANGE',
  'THRESHOLDS_NOT_DESCENDING',
  'LOWEST_THRESHOLD_NOT_ZERO',
  'SPLIT_OUT_OF_RANGE',
  // a score (in a model's breakpoint scores or given by a person)
  'SCORE_OUT_OF_SCALE',
  'SCORE_NOT_INTEGER',
  // the scores given to an account
  'CRITERION_UNKNOWN',
  'CRITERION_NOT_JUDGED',
  'COMMENT_REQUIRED',
  'METRIC_NOT_FINITE',
] as const;
export type GradingIssueCode = (typeof GRADING_ISSUE_CODES)[number];

export type GradingIssue = {
  path: string;
  code: GradingIssueCode;
  message: string;
  details?: Readonly<Record<string, string | number>>;
};

export const issue = (
  path: string,
  code: GradingIssueCode,
  message: string,
  details?: Record<string, string | number>,
): GradingIssue => (details ? { path, code, message, details } : { path, code, message });
