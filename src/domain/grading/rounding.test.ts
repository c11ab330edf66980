import { describe, expect, it } from 'vitest';
import { percentOf, round2 } from './rounding.ts';

describe('rounding to what the user sees', () => {
  it('removes float noise that would drop a value below a boundary it visibly reaches', () => {
    expect((0.3 - 0.25) * 100).not.toBe(5);
    expect(round2((0.3 - 0.25) * 100)).toBe(5);
    expect(round2(79.99999999999999)).toBe(80);
  });

  it('rounds halves away from zero and never returns −0', () => {
    expect(round2(1.005)).toBe(1.01);
    expect(round2(-1.005)).toBe(-1.01);
    expect(round2(2.344)).toBe(2.34);
    expect(Object.is(round2(-0.001), 0)).toBe(true);
  });

  it('gives a percentage only of a positive whole', () => {
    expect(percentOf(1, 3)).toBe(33.33);
    expect(percentOf(2, 3)).toBe(66.67);
    expect(percentOf(5, 0)).toBeUndefined();
    expect(percentOf(5, -10)).toBeUndefined();
  });
});
