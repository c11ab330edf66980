import type { GradingIssue } from '../../../../domain/grading/index.ts';

// Where a problem of the model shows, whether the editor found it while typing (the domain's
// validateModel, run on the draft) or the server refused a save (400: `errors[]` with paths
// like `definition.criteria.2.weight` and messages `WEIGHT_NOT_POSITIVE: …`).
export type ModelIssue = { path: string; code: string; message: string; details?: Readonly<Record<string, string | number>> };

const ISSUE_MESSAGE = /^([A-Z][A-Z0-9_]*): ?(.*)$/s;

// A refused save's problems in the editor's terms: paths inside the definition (the fields beside
// it — customerType, isDefault — keep their name), codes from the message, or the problem's code.
export function issuesFromProblem(problemCode: string, errors: readonly { path: string; message: string }[]): ModelIssue[] {
  if (errors.length === 0) return [{ path: '', code: problemCode.replace(/^GRADING_/, ''), message: '' }];
  return errors.map(({ path, message }) => {
    const match = ISSUE_MESSAGE.exec(message);
    return {
      path: path.replace(/^body\./, '').replace(/^definition\./, ''),
      code: match ? match[1] : problemCode.replace(/^GRADING_/, ''),
      message: match ? match[2] : message,
    };
  });
}

export const fromDomain = (issues: readonly GradingIssue[]): ModelIssue[] => issues.map((i) => ({ ...i }));

// The issues of exactly one field, e.g. 'thresholds.2.minTotal'.
export const issuesAt = (issues: readonly ModelIssue[], path: string): ModelIssue[] => issues.filter((i) => i.path === path);

// The issues of a field and everything inside it: 'criteria.3' → the row of the fourth criterion.
export const issuesUnder = (issues: readonly ModelIssue[], prefix: string): ModelIssue[] =>
  issues.filter((i) => i.path === prefix || i.path.startsWith(`${prefix}.`));
