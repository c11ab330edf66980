import { describe, expect, it } from 'vitest';
import { DEALER_MODEL, DEFAULT_GRADE_MODEL, SCREENING_MATRIX_MODEL, validateModel, type ComputedSource, type ScoringModel } from '../../../../domain/grading/index.ts';
import type { ScoringModelRecord } from '../../../api/scoringModels.queries.ts';
import {
  addBreakpoint,
  addThreshold,
  copyDraft,
  createBody,
  defaultComputedSource,
  definitionBody,
  evenScores,
  moveItem,
  newCriterion,
  removeBreakpoint,
  rescaleScores,
  updateBody,
  weightSums,
  withDirection,
  withScale,
  withSourceType,
} from './modelDraft.ts';

const record = (definition: ScoringModel): ScoringModelRecord => ({
  id: '00000000-0000-4000-8000-000000000001',
  kind: definition.kind,
  name: definition.name,
  definition: definition as unknown as ScoringModelRecord['definition'],
  customerType: null,
  isDefault: true,
  isActive: true,
  readyKey: 'grade',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 3,
});

describe('weightSums', () => {
  it('sums a grade model once', () => {
    expect(weightSums(DEFAULT_GRADE_MODEL)).toEqual([{ axis: null, sum: 100, isOk: true }]);
    const criteria = DEFAULT_GRADE_MODEL.criteria.map((c, i) => (i === 0 ? { ...c, weight: 20 } : c));
    expect(weightSums({ ...DEFAULT_GRADE_MODEL, criteria })).toEqual([{ axis: null, sum: 105, isOk: false }]);
  });

  it('sums a matrix per axis and ignores a weight not typed yet', () => {
    const criteria = SCREENING_MATRIX_MODEL.criteria.map((c) => (c.key === 'profit' ? { ...c, weight: Number.NaN } : c));
    expect(weightSums({ ...SCREENING_MATRIX_MODEL, criteria })).toEqual([
      { axis: 'attractiveness', sum: 65, isOk: false },
      { axis: 'ability', sum: 100, isOk: true },
    ]);
  });

  it('does not trip over float noise (0.1 + 0.2 …)', () => {
    const criteria = [0.1, 0.2, 99.7].map((weight, i) => ({ ...DEFAULT_GRADE_MODEL.criteria[i], weight }));
    expect(weightSums({ ...DEFAULT_GRADE_MODEL, criteria })[0].isOk).toBe(true);
  });
});

describe('the body sent to the API', () => {
  it('a ready model goes back unchanged and valid', () => {
    for (const model of [DEFAULT_GRADE_MODEL, DEALER_MODEL, SCREENING_MATRIX_MODEL]) {
      const body = definitionBody(model);
      expect(validateModel(body)).toEqual([]);
      expect(body).toEqual(JSON.parse(JSON.stringify(model)));
    }
  });

  it('drops what the kind or the source does not use and trims names', () => {
    const criterion = { ...DEFAULT_GRADE_MODEL.criteria[0], key: ' annual ', axis: 'ability' as const, hint: { 'zh-CN': ' ', 'en-US': '' } };
    const body = definitionBody({ ...DEFAULT_GRADE_MODEL, name: { 'zh-CN': ' 新模型 ', 'en-US': 'New ' }, criteria: [withSourceType(criterion, 'judged')] });
    expect(body.name).toEqual({ 'zh-CN': '新模型', 'en-US': 'New' });
    expect(body.criteria[0]).toEqual({ key: 'annual', name: criterion.name, weight: 15, scale: '1-5', source: { type: 'judged' } });
    expect('split' in body).toBe(false);
  });

  it('create and update bodies carry customer type, default flag and the version read', () => {
    const draft = copyDraft(record(DEALER_MODEL), { 'zh-CN': '（副本）', 'en-US': ' (copy)' });
    expect(draft.definition.name).toEqual({ 'zh-CN': '经销商评价（副本）', 'en-US': 'Dealer evaluation (copy)' });
    expect(draft.isDefault).toBe(false);
    expect(createBody({ ...draft, customerType: 'dealer' })).toMatchObject({ customerType: 'dealer', isDefault: false });
    expect(updateBody(draft, 3).version).toBe(3);
  });
});

describe('criteria', () => {
  it('a new criterion gets a free key and weight 0 (so the weight check speaks up)', () => {
    const taken = { ...DEFAULT_GRADE_MODEL, criteria: [...DEFAULT_GRADE_MODEL.criteria, { ...DEFAULT_GRADE_MODEL.criteria[0], key: 'criterion13' }] };
    expect(newCriterion(taken).key).toBe('criterion14');
    expect(newCriterion(taken).weight).toBe(0);
    expect(newCriterion(SCREENING_MATRIX_MODEL).axis).toBe('attractiveness');
  });

  it('switching to computed starts from the ready bands of a metric, valid on the scale', () => {
    const source = defaultComputedSource('paymentDays', '0-100');
    expect(source).toMatchObject({ metric: 'paymentDays', direction: 'lower_is_better', breakpoints: [30, 60, 90, 120], scores: [100, 75, 50, 25, 0] });
    const other = defaultComputedSource('paidRatio', '1-5');
    expect(other.scores).toHaveLength(other.breakpoints.length + 1);
    const criterion = withSourceType(newCriterion(DEFAULT_GRADE_MODEL), 'computed');
    expect(validateModel({ ...DEFAULT_GRADE_MODEL, criteria: [{ ...criterion, name: { 'zh-CN': '甲', 'en-US': 'A' }, weight: 100 }] })).toEqual([]);
  });

  it('evenScores spreads a scale over the bands', () => {
    expect(evenScores('1-5', 5, 'higher_is_better')).toEqual([1, 2, 3, 4, 5]);
    expect(evenScores('1-5', 3, 'lower_is_better')).toEqual([5, 3, 1]);
    expect(evenScores('0-100', 4, 'higher_is_better')).toEqual([0, 33.33, 66.67, 100]);
  });

  it('changing the scale keeps each band at the same height', () => {
    expect(rescaleScores([1, 2, 3, 4, 5], '1-5', '0-100')).toEqual([0, 25, 50, 75, 100]);
    expect(rescaleScores([0, 30, 100], '0-100', '1-5')).toEqual([1, 2, 5]);
    const criterion = withScale(DEFAULT_GRADE_MODEL.criteria[0], '0-100');
    expect((criterion.source as ComputedSource).scores).toEqual([0, 25, 50, 75, 100]);
  });

  it('turning the direction round keeps the best band best', () => {
    const source = defaultComputedSource('annualPurchase', '1-5');
    expect(withDirection(source, 'lower_is_better').scores).toEqual([5, 4, 3, 2, 1]);
  });

  it('adds a band on top and removes one by joining its neighbours', () => {
    const source: ComputedSource = { type: 'computed', metric: 'paidRatio', direction: 'higher_is_better', breakpoints: [50, 80], scores: [1, 3, 5] };
    expect(addBreakpoint(source)).toMatchObject({ breakpoints: [50, 80, 110], scores: [1, 3, 5, 5] });
    expect(addBreakpoint({ ...source, breakpoints: [], scores: [3] })).toMatchObject({ breakpoints: [0], scores: [3, 3] });
    expect(removeBreakpoint(source, 0)).toMatchObject({ breakpoints: [80], scores: [1, 5] });
  });

  it('moves an item and ignores a move off the end', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });
});

describe('addThreshold', () => {
  it('inserts an unnamed grade between the lowest and the one above it', () => {
    expect(addThreshold(DEFAULT_GRADE_MODEL.thresholds)).toEqual([
      { grade: 'A', minTotal: 75 },
      { grade: 'B', minTotal: 55 },
      { grade: 'C', minTotal: 35 },
      { grade: '', minTotal: 18 },
      { grade: 'D', minTotal: 0 },
    ]);
    expect(addThreshold([{ grade: 'D', minTotal: 0 }])).toEqual([
      { grade: '', minTotal: 50 },
      { grade: 'D', minTotal: 0 },
    ]);
  });
});
