import { describe, expect, it } from 'vitest';
import { DEFAULT_GRADE_MODEL, METRIC_KEYS } from '../../../../domain/grading/index.ts';
import { bandPhrases, METRIC_UNITS, unitOfMetric } from './bands.ts';

describe('bandPhrases', () => {
  it('reads higher-is-better bands as "below", "from–to" and "at least"', () => {
    expect(bandPhrases({ direction: 'higher_is_better', breakpoints: [50_000_000, 200_000_000], scores: [1, 3, 5] })).toEqual([
      { kind: 'below', to: 50_000_000, score: 1 },
      { kind: 'between', from: 50_000_000, to: 200_000_000, score: 3 },
      { kind: 'atLeast', from: 200_000_000, score: 5 },
    ]);
  });

  it('reads lower-is-better bands as "up to" and "above" (the breakpoint itself is the better band)', () => {
    expect(bandPhrases({ direction: 'lower_is_better', breakpoints: [30, 60], scores: [5, 3, 1] })).toEqual([
      { kind: 'upTo', to: 30, score: 5 },
      { kind: 'between', from: 30, to: 60, score: 3 },
      { kind: 'above', from: 60, score: 1 },
    ]);
  });

  it('shows a missing score as NaN rather than shifting the bands', () => {
    const phrases = bandPhrases({ direction: 'higher_is_better', breakpoints: [10, 20], scores: [1, 2] });
    expect(phrases).toHaveLength(3);
    expect(phrases[2].score).toBeNaN();
  });

  it('one band when there are no breakpoints yet', () => {
    expect(bandPhrases({ direction: 'higher_is_better', breakpoints: [], scores: [3] })).toEqual([{ kind: 'any', score: 3 }]);
  });

  it('has one band per score for every computed criterion of the ready model', () => {
    for (const criterion of DEFAULT_GRADE_MODEL.criteria) {
      if (criterion.source.type === 'computed') expect(bandPhrases(criterion.source)).toHaveLength(criterion.source.scores.length);
    }
  });
});

describe('metric units', () => {
  it('knows the unit of every metric; amounts are money', () => {
    expect(Object.keys(METRIC_UNITS).sort()).toEqual([...METRIC_KEYS].sort());
    expect(unitOfMetric('annualPurchase')).toBe('money');
    expect(unitOfMetric('paymentDays')).toBe('days');
    expect(unitOfMetric('nonsense')).toBe('points');
  });
});
