import { describe, expect, it } from 'vitest';
import type { ComputedSource } from './model.ts';
import { scoreBand } from './score-band.ts';

const purchases: ComputedSource = { type: 'computed', metric: 'annualPurchase', direction: 'higher_is_better', breakpoints: [100, 200, 500], scores: [1, 2, 4, 5] };
const paymentDays: ComputedSource = { type: 'computed', metric: 'paymentDays', direction: 'lower_is_better', breakpoints: [30, 60, 90], scores: [5, 4, 2, 1] };

describe('score band of a metric value', () => {
  it.each([
    [-5, 0, 1],
    [99.99, 0, 1],
    [100, 1, 2],
    [199.99, 1, 2],
    [200, 2, 4],
    [500, 3, 5],
    [1e12, 3, 5],
  ])('higher is better: %s falls in band %s with score %s (equal to a breakpoint → the higher band)', (value, index, score) => {
    expect(scoreBand(purchases, value)).toMatchObject({ index, score });
  });

  it.each([
    [0, 0, 5],
    [30, 0, 5],
    [30.01, 1, 4],
    [60, 1, 4],
    [90, 2, 2],
    [90.01, 3, 1],
  ])('lower is better: %s days falls in band %s with score %s (equal to a breakpoint → the better band)', (value, index, score) => {
    expect(scoreBand(paymentDays, value)).toMatchObject({ index, score });
  });

  it('describes the band so the UI can show the data behind a score', () => {
    expect(scoreBand(purchases, 150)).toEqual({ index: 1, lower: 100, upper: 200, inclusiveEnd: 'lower', score: 2 });
    expect(scoreBand(purchases, 50)).toEqual({ index: 0, lower: null, upper: 100, inclusiveEnd: 'lower', score: 1 });
    expect(scoreBand(purchases, 900)).toEqual({ index: 3, lower: 500, upper: null, inclusiveEnd: 'lower', score: 5 });
    expect(scoreBand(paymentDays, 45)).toEqual({ index: 1, lower: 30, upper: 60, inclusiveEnd: 'upper', score: 4 });
    expect(scoreBand(paymentDays, 120)).toEqual({ index: 3, lower: 90, upper: null, inclusiveEnd: 'upper', score: 1 });
  });
});
