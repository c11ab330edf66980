import { describe, expect, it } from 'vitest';
import { DEALER_MODEL } from './dealer-model.ts';
import { DEFAULT_GRADE_MODEL } from './default-grade-model.ts';
import type { Criterion, GradeModel, MatrixModel } from './model.ts';
import { SCREENING_MATRIX_MODEL } from './screening-matrix-model.ts';
import { validateModel } from './validate-model.ts';

const name = { 'zh-CN': '测试', 'en-US': 'Test' };
const judged = (key: string, weight: number, extra: Partial<Criterion> = {}): Criterion => ({ key, name, weight, scale: '1-5', source: { type: 'judged' }, ...extra });
const computed = (key: string, weight: number, breakpoints: number[], scores: number[], extra: Partial<Criterion> = {}): Criterion => ({
  key,
  name,
  weight,
  scale: '1-5',
  source: { type: 'computed', metric: 'annualPurchase', direction: 'higher_is_better', breakpoints, scores },
  ...extra,
});
const thresholds = [
  { grade: 'A', minTotal: 70 },
  { grade: 'B', minTotal: 0 },
];
const gradeModel = (criteria: Criterion[], extra: Partial<GradeModel> = {}): GradeModel => ({ kind: 'grade', name, criteria, thresholds, ...extra });
const codes = (model: GradeModel | MatrixModel) => validateModel(model).map((i) => `${i.path} ${i.code}`);

describe('validating a scoring model', () => {
  it('accepts the ready models', () => {
    expect(validateModel(DEFAULT_GRADE_MODEL)).toEqual([]);
    expect(validateModel(DEALER_MODEL)).toEqual([]);
    expect(validateModel(SCREENING_MATRIX_MODEL)).toEqual([]);
  });

  it('rejects a model without criteria', () => {
    expect(codes(gradeModel([]))).toEqual(['criteria NO_CRITERIA']);
  });

  it('rejects weights that do not add up to 100 and reports their sum', () => {
    const issues = validateModel(gradeModel([judged('a', 30), judged('b', 30)]));
    expect(issues).toEqual([{ path: 'criteria', code: 'WEIGHTS_NOT_100', message: 'Weights add up to 60, not 100', details: { sum: 60 } }]);
  });

  it('accepts decimal weights that add up to 100 despite float noise', () => {
    expect(validateModel(gradeModel([judged('a', 33.33), judged('b', 33.33), judged('c', 33.34)]))).toEqual([]);
    expect(validateModel(gradeModel([judged('a', 10.1), judged('b', 20.2), judged('c', 69.7)]))).toEqual([]);
  });

  it('rejects zero, negative and non-numeric weights by field', () => {
    expect(codes(gradeModel([judged('a', 0), judged('b', 100)]))).toEqual(['criteria.0.weight WEIGHT_NOT_POSITIVE']);
    expect(codes(gradeModel([judged('a', -10), judged('b', 110)]))).toEqual(['criteria.0.weight WEIGHT_NOT_POSITIVE']);
    expect(codes(gradeModel([judged('a', Number.NaN), judged('b', 100)]))).toEqual(['criteria.0.weight WEIGHT_NOT_POSITIVE']);
  });

  it('names the second criterion that reuses a key, and keys that cannot be stored', () => {
    expect(codes(gradeModel([judged('a', 50), judged('a', 50)]))).toEqual(['criteria.1.key DUPLICATE_KEY']);
    expect(codes(gradeModel([judged('年采购', 50), judged('b c', 50)]))).toEqual(['criteria.0.key KEY_INVALID', 'criteria.1.key KEY_INVALID']);
  });

  it('requires both names of the model and of each criterion', () => {
    const model = gradeModel([judged('a', 100, { name: { 'zh-CN': '甲', 'en-US': ' ' } })], { name: { 'zh-CN': '', 'en-US': 'X' } });
    expect(codes(model)).toEqual(['name.zh-CN NAME_MISSING', 'criteria.0.name.en-US NAME_MISSING']);
  });

  it('rejects breakpoints that are not strictly ascending', () => {
    expect(codes(gradeModel([computed('a', 100, [100, 100, 300], [1, 2, 3, 4])]))).toEqual(['criteria.0.source.breakpoints BREAKPOINTS_NOT_ASCENDING']);
    expect(codes(gradeModel([computed('a', 100, [300, 100], [1, 2, 3])]))).toEqual(['criteria.0.source.breakpoints BREAKPOINTS_NOT_ASCENDING']);
    expect(codes(gradeModel([computed('a', 100, [], [1])]))).toEqual(['criteria.0.source.breakpoints BREAKPOINTS_EMPTY']);
  });

  it('needs one score more than breakpoints, each on the scale', () => {
    expect(codes(gradeModel([computed('a', 100, [100, 200], [1, 5])]))).toEqual(['criteria.0.source.scores SCORES_COUNT_MISMATCH']);
    expect(codes(gradeModel([computed('a', 100, [100, 200], [0, 3, 6])]))).toEqual([
      'criteria.0.source.scores.0 SCORE_OUT_OF_SCALE',
      'criteria.0.source.scores.2 SCORE_OUT_OF_SCALE',
    ]);
    expect(codes(gradeModel([computed('a', 100, [100], [1, 4.5])]))).toEqual(['criteria.0.source.scores.1 SCORE_NOT_INTEGER']);
    expect(validateModel(gradeModel([computed('a', 100, [100], [0, 87.5], { scale: '0-100' })]))).toEqual([]);
  });

  it('rejects scores that get worse as the metric gets better', () => {
    expect(codes(gradeModel([computed('a', 100, [100, 200], [1, 3, 2])]))).toEqual(['criteria.0.source.scores SCORES_AGAINST_DIRECTION']);
    const days = computed('a', 100, [30, 60], [1, 3, 5]);
    days.source = { ...(days.source as Extract<Criterion['source'], { type: 'computed' }>), direction: 'lower_is_better' };
    expect(codes(gradeModel([days]))).toEqual(['criteria.0.source.scores SCORES_AGAINST_DIRECTION']);
  });

  it('rejects unknown metrics, directions, scales and source types', () => {
    const bad = computed('a', 100, [1], [1, 2]);
    bad.source = { ...(bad.source as Extract<Criterion['source'], { type: 'computed' }>), metric: 'revenue' as never, direction: 'up' as never };
    expect(codes(gradeModel([bad]))).toEqual(['criteria.0.source.metric METRIC_UNKNOWN', 'criteria.0.source.direction DIRECTION_UNKNOWN']);
    expect(codes(gradeModel([judged('a', 100, { scale: '1-10' as never })]))).toEqual(['criteria.0.scale SCALE_UNKNOWN']);
    expect(codes(gradeModel([judged('a', 100, { source: { type: 'guessed' } as never })]))).toEqual(['criteria.0.source.type SOURCE_UNKNOWN']);
    expect(codes({ ...gradeModel([judged('a', 100)]), kind: 'pie' as never })).toEqual(['kind KIND_UNKNOWN']);
  });

  describe('grade thresholds', () => {
    const withThresholds = (t: { grade: string; minTotal: number }[]) => codes(gradeModel([judged('a', 100)], { thresholds: t }));

    it('must run strictly downwards', () => {
      expect(withThresholds([{ grade: 'A', minTotal: 60 }, { grade: 'B', minTotal: 60 }, { grade: 'C', minTotal: 0 }])).toEqual(['thresholds.1.minTotal THRESHOLDS_NOT_DESCENDING']);
      expect(withThresholds([{ grade: 'B', minTotal: 40 }, { grade: 'A', minTotal: 80 }, { grade: 'C', minTotal: 0 }])).toEqual(['thresholds.1.minTotal THRESHOLDS_NOT_DESCENDING']);
    });

    it('must lie in 0–100, end at 0, and have distinct non-empty names', () => {
      expect(withThresholds([{ grade: 'A', minTotal: 120 }, { grade: 'B', minTotal: 0 }])).toEqual(['thresholds.0.minTotal THRESHOLD_OUT_OF_RANGE']);
      expect(withThresholds([{ grade: 'A', minTotal: 80 }, { grade: 'B', minTotal: 10 }])).toEqual(['thresholds.1.minTotal LOWEST_THRESHOLD_NOT_ZERO']);
      expect(withThresholds([{ grade: 'A', minTotal: 80 }, { grade: 'A', minTotal: 0 }])).toEqual(['thresholds.1.grade DUPLICATE_GRADE']);
      expect(withThresholds([{ grade: ' ', minTotal: 0 }])).toEqual(['thresholds.0.grade GRADE_NAME_MISSING']);
      expect(withThresholds([])).toEqual(['thresholds NO_THRESHOLDS']);
    });

    it('may be a single grade from 0, or custom names', () => {
      expect(withThresholds([{ grade: '普通', minTotal: 0 }])).toEqual([]);
      expect(withThresholds([{ grade: 'KA', minTotal: 80 }, { grade: 'AA', minTotal: 50 }, { grade: 'other', minTotal: 0 }])).toEqual([]);
    });
  });

  describe('groups', () => {
    it('must be defined before a criterion refers to one, once each', () => {
      const groups = [{ key: 'g', name }, { key: 'g', name }];
      expect(codes(gradeModel([judged('a', 50, { group: 'g' }), judged('b', 50, { group: 'h' })], { groups }))).toEqual([
        'groups.1.key DUPLICATE_GROUP',
        'criteria.1.group GROUP_UNKNOWN',
      ]);
    });
  });

  describe('matrix models', () => {
    const matrix = (criteria: Criterion[], split = { attractiveness: 50, ability: 50 }): MatrixModel => ({ kind: 'matrix', name, criteria, split });

    it('requires an axis on every criterion and criteria on both axes', () => {
      expect(codes(matrix([judged('a', 100, { axis: 'attractiveness' }), judged('b', 100)]))).toEqual([
        'criteria.1.axis AXIS_MISSING',
        'criteria AXIS_WITHOUT_CRITERIA',
      ]);
    });

    it('requires the weights of each axis to add up to 100', () => {
      const issues = validateModel(matrix([judged('a', 60, { axis: 'attractiveness' }), judged('b', 40, { axis: 'ability' }), judged('c', 40, { axis: 'ability' })]));
      expect(issues.map((i) => [i.code, i.details])).toEqual([
        ['WEIGHTS_NOT_100', { sum: 60, axis: 'attractiveness' }],
        ['WEIGHTS_NOT_100', { sum: 80, axis: 'ability' }],
      ]);
    });

    it('keeps split points strictly inside 0–100', () => {
      const criteria = [judged('a', 100, { axis: 'attractiveness' }), judged('b', 100, { axis: 'ability' })];
      expect(codes(matrix(criteria, { attractiveness: 0, ability: 100 }))).toEqual(['split.attractiveness SPLIT_OUT_OF_RANGE', 'split.ability SPLIT_OUT_OF_RANGE']);
      expect(codes(matrix(criteria, { attractiveness: 60, ability: 40 }))).toEqual([]);
    });
  });
});
