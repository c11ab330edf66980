import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GRADING_POLICIES, type GradingPolicies } from '../../../../domain/grading/grading-policies.ts';
import { draftIssues, generalIssues, hasIssuesUnder, issuesAt, serverIssues } from './policyIssues.ts';

// Renders the key and its values, so the test sees which text and numbers were chosen.
const t = ((key: string, options: Record<string, unknown>) => `${key} max=${String(options.max)} min=${String(options.min)}`) as unknown as TFunction;

describe('issues of the policies draft', () => {
  it('places the domain check under the field, with the limit that applies', () => {
    const draft = structuredClone(DEFAULT_GRADING_POLICIES) as GradingPolicies;
    draft.servicePolicies[1] = { ...draft.servicePolicies[1], grade: 'A' };
    draft.strategyTemplates[0] = { ...draft.strategyTemplates[0], strategyName: { 'zh-CN': '', 'en-US': 'x' }, actions: [] };
    draft.strategyTemplates[1] = { ...draft.strategyTemplates[1], reasons: [{ 'zh-CN': '理由', 'en-US': '' }] };
    const issues = draftIssues(t, draft);
    expect(issuesAt(issues, 'servicePolicies.1.grade')).toEqual(['gradingPolicies.issue.DUPLICATE_GRADE max=10 min=0']);
    expect(issuesAt(issues, 'strategyTemplates.0.strategyName.zh-CN')).toEqual(['gradingPolicies.issue.TEXT_LENGTH max=30 min=0']);
    expect(issuesAt(issues, 'strategyTemplates.0.actions')).toEqual(['gradingPolicies.issue.ENTRIES_COUNT max=10 min=1']);
    expect(issuesAt(issues, 'strategyTemplates.1.reasons.0.en-US')).toEqual(['gradingPolicies.issue.TEXT_LENGTH max=500 min=0']);
    expect(hasIssuesUnder(issues, 'strategyTemplates.1')).toBe(true);
    expect(hasIssuesUnder(issues, 'strategyTemplates.2')).toBe(false);
  });

  it('reads a refused save back into draft paths; unplaced ones go to the top', () => {
    const issues = serverIssues([
      { path: 'body.servicePolicies.0.visitsPerQuarter', text: 'too big' },
      { path: 'strategyTemplates', text: 'missing' },
    ]);
    expect(issuesAt(issues, 'servicePolicies.0.visitsPerQuarter')).toEqual(['too big']);
    expect(generalIssues(issues, (path) => path.startsWith('servicePolicies.'))).toEqual(['missing']);
  });
});
