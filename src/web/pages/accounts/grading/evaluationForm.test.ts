import { describe, expect, it } from 'vitest';
import { DEFAULT_GRADE_MODEL, SCREENING_MATRIX_MODEL } from '../../../../domain/grading/index.ts';
import type { ScoringModel } from '../../../api/grading.queries.ts';
import { initialJudged, issueCodeOf, judgedBody, judgedCriteria, previewJudged, proposedModel } from './evaluationForm.ts';

const model = (over: Partial<ScoringModel>): ScoringModel =>
  ({ id: over.id ?? 'm', kind: 'grade', isActive: true, isDefault: false, customerType: null, ...over }) as ScoringModel;

describe('proposedModel', () => {
  const endCustomer = model({ id: 'end', isDefault: true });
  const dealer = model({ id: 'dealer', customerType: 'dealer' });
  const matrix = model({ id: 'matrix', kind: 'matrix', isDefault: true });
  it("takes the default grade model of the account's customer type, else the general one", () => {
    expect(proposedModel([matrix, endCustomer, dealer], 'dealer')?.id).toBe('dealer');
    expect(proposedModel([matrix, endCustomer, dealer], 'end_user')?.id).toBe('end');
    expect(proposedModel([matrix, endCustomer, dealer], null)?.id).toBe('end');
  });
  it('never proposes a deactivated model', () => {
    expect(proposedModel([{ ...endCustomer, isActive: false }, matrix], null)?.id).toBe('matrix');
    expect(proposedModel([], null)).toBeUndefined();
  });
});

describe('judged scores', () => {
  it('starts from the last judgements and leaves the rest empty', () => {
    const values = initialJudged(SCREENING_MATRIX_MODEL, { profit: { score: 4, comment: 'good margin' } });
    expect(Object.keys(values)).toEqual(judgedCriteria(SCREENING_MATRIX_MODEL).map((c) => c.key));
    expect(values.profit).toEqual({ score: 4, comment: 'good margin' });
    expect(values.growth).toEqual({ score: null, comment: '' });
  });
  it('only judged criteria are asked for', () => {
    expect(judgedCriteria(DEFAULT_GRADE_MODEL).every((c) => c.source.type === 'judged')).toBe(true);
    expect(judgedCriteria(DEFAULT_GRADE_MODEL).length).toBeLessThan(DEFAULT_GRADE_MODEL.criteria.length);
  });
  it('sends only scored criteria, with trimmed comments', () => {
    expect(judgedBody({ profit: { score: 5, comment: '  big  ' }, growth: { score: null, comment: 'x' }, other: undefined })).toEqual({ profit: { score: 5, comment: 'big' } });
    expect(judgedBody(undefined)).toEqual({});
  });
  it('previews a score before its comment is written', () => {
    expect(previewJudged({ profit: { score: 3, comment: '' } })).toEqual({ profit: { score: 3, comment: '…' } });
  });
});

it('reads the issue code of a field problem', () => {
  expect(issueCodeOf('COMMENT_REQUIRED: A judged score for "x" needs a comment')).toBe('COMMENT_REQUIRED');
  expect(issueCodeOf('Invalid input')).toBeUndefined();
});
