import { describe, expect, it } from 'vitest';
import { scoreAsPercent, scoreOnScaleError } from './score-on-scale.ts';

describe('scores on a scale', () => {
  it.each([
    ['1-5', 1, null],
    ['1-5', 5, null],
    ['1-5', 0, 'SCORE_OUT_OF_SCALE'],
    ['1-5', 6, 'SCORE_OUT_OF_SCALE'],
    ['1-5', 3.5, 'SCORE_NOT_INTEGER'],
    ['1-5', Number.NaN, 'SCORE_OUT_OF_SCALE'],
    ['0-100', 0, null],
    ['0-100', 100, null],
    ['0-100', 62.5, null],
    ['0-100', 100.01, 'SCORE_OUT_OF_SCALE'],
    ['0-100', -1, 'SCORE_OUT_OF_SCALE'],
  ] as const)('on %s, %s → %s', (scale, score, error) => {
    expect(scoreOnScaleError(scale, score)).toBe(error);
  });

  it('maps the bottom of a scale to 0 and the top to 100', () => {
    expect([1, 2, 3, 4, 5].map((s) => scoreAsPercent('1-5', s))).toEqual([0, 25, 50, 75, 100]);
    expect(scoreAsPercent('0-100', 62.5)).toBe(62.5);
  });
});
