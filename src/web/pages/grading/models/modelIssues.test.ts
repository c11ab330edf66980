import { describe, expect, it } from 'vitest';
import { DEFAULT_GRADE_MODEL, validateModel } from '../../../../domain/grading/index.ts';
import { fromDomain, issuesAt, issuesFromProblem, issuesUnder } from './modelIssues.ts';

describe('issuesFromProblem', () => {
  it('reads the server issues back into definition paths and codes', () => {
    const issues = issuesFromProblem('GRADING_WEIGHTS_NOT_100', [
      { path: 'definition.criteria', message: 'WEIGHTS_NOT_100: Weights add up to 95, not 100' },
      { path: 'definition.thresholds.1.minTotal', message: 'THRESHOLDS_NOT_DESCENDING: Grades run from the highest minimum total down' },
    ]);
    expect(issues).toEqual([
      { path: 'criteria', code: 'WEIGHTS_NOT_100', message: 'Weights add up to 95, not 100' },
      { path: 'thresholds.1.minTotal', code: 'THRESHOLDS_NOT_DESCENDING', message: 'Grades run from the highest minimum total down' },
    ]);
  });

  it('a message without a code takes the problem code; no field list still gives one issue', () => {
    expect(issuesFromProblem('VALIDATION_FAILED', [{ path: 'body.customerType', message: 'Too big' }])).toEqual([{ path: 'customerType', code: 'VALIDATION_FAILED', message: 'Too big' }]);
    expect(issuesFromProblem('GRADING_MODEL_KIND_CHANGED', [])).toEqual([{ path: '', code: 'MODEL_KIND_CHANGED', message: '' }]);
  });
});

describe('placing issues', () => {
  const broken = {
    ...DEFAULT_GRADE_MODEL,
    criteria: DEFAULT_GRADE_MODEL.criteria.map((c, i) => (i === 1 ? { ...c, weight: -1 } : c)),
    thresholds: [{ grade: 'A', minTotal: 50 }, { grade: 'B', minTotal: 60 }],
  };
  const issues = fromDomain(validateModel(broken));

  it('finds a criterion row, one field, and the model-wide weight sum', () => {
    expect(issuesUnder(issues, 'criteria.1').map((i) => i.code)).toEqual(['WEIGHT_NOT_POSITIVE']);
    expect(issuesAt(issues, 'criteria').map((i) => i.code)).toEqual(['WEIGHTS_NOT_100']);
    expect(issuesAt(issues, 'thresholds.1.minTotal').map((i) => i.code)).toEqual(['THRESHOLDS_NOT_DESCENDING', 'LOWEST_THRESHOLD_NOT_ZERO']);
    expect(issuesUnder(issues, 'criteria.10')).toEqual([]);
  });
});
