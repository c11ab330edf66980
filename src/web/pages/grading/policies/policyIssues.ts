import type { TFunction } from 'i18next';
import { POLICY_LIMITS, validateGradingPolicies, type GradingPolicies, type PolicyError } from '../../../../domain/grading/grading-policies.ts';

// A problem of the policies draft where the administrator can act on it: `path` inside the
// table (`servicePolicies.1.grade`, `strategyTemplates.0.actions.2.en-US`) and the text to show.
export type PolicyIssue = { path: string; text: string };

const maxTextOf = (path: string) => (/Name\.(zh-CN|en-US)$/.test(path) ? POLICY_LIMITS.name : POLICY_LIMITS.itemText);
const minEntriesOf = (path: string) => (path.endsWith('.actions') ? 1 : 0);

// The domain's own check, run on the draft while editing, in the user's language.
export function issueText(t: TFunction, error: PolicyError): string {
  return t(`gradingPolicies.issue.${error.code}`, {
    max: error.code === 'TEXT_LENGTH' ? maxTextOf(error.path) : error.code === 'VISITS_OUT_OF_RANGE' ? POLICY_LIMITS.visitsPerQuarter : error.code === 'GRADE_NAME_LENGTH' ? POLICY_LIMITS.gradeName : POLICY_LIMITS.items,
    min: minEntriesOf(error.path),
    defaultValue: error.message,
  });
}

export const draftIssues = (t: TFunction, draft: GradingPolicies): PolicyIssue[] =>
  validateGradingPolicies(draft).map((error) => ({ path: error.path, text: issueText(t, error) }));

// A refused save (400): the server's paths start with `body.` for shape errors.
export const serverIssues = (problems: readonly { path: string; text: string }[]): PolicyIssue[] =>
  problems.map(({ path, text }) => ({ path: path.replace(/^body(\.|$)/, ''), text }));

export const issuesAt = (issues: readonly PolicyIssue[], path: string): string[] => issues.filter((i) => i.path === path).map((i) => i.text);

// A field and everything inside it: 'strategyTemplates.1' → the second quadrant's tab.
export const hasIssuesUnder = (issues: readonly PolicyIssue[], prefix: string): boolean => issues.some((i) => i.path === prefix || i.path.startsWith(`${prefix}.`));

// Problems no field shows (the table as a whole, or a path the page does not know).
export const generalIssues = (issues: readonly PolicyIssue[], shown: (path: string) => boolean): string[] =>
  [...new Set(issues.filter((i) => !shown(i.path)).map((i) => i.text))];
