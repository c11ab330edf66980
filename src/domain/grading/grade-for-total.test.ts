import { describe, expect, it } from 'vitest';
import { gradeForTotal } from './grade-for-total.ts';

const thresholds = [
  { grade: 'A', minTotal: 75 },
  { grade: 'B', minTotal: 55 },
  { grade: 'C', minTotal: 35 },
  { grade: 'D', minTotal: 0 },
];

describe('grade for a total', () => {
  it.each([
    [100, 'A'],
    [75, 'A'],
    [74.99, 'B'],
    [55, 'B'],
    [54.99, 'C'],
    [35, 'C'],
    [34.99, 'D'],
    [0, 'D'],
  ])('a total of %s earns %s (a total equal to a minimum earns that grade)', (total, grade) => {
    expect(gradeForTotal(thresholds, total)).toBe(grade);
  });

  it('uses the configured grade names', () => {
    expect(gradeForTotal([{ grade: '战略', minTotal: 60 }, { grade: '普通', minTotal: 0 }], 60)).toBe('战略');
  });

  it('gives no grade below the lowest minimum (a valid model starts its lowest grade at 0)', () => {
    expect(gradeForTotal([{ grade: 'A', minTotal: 50 }], 49.99)).toBeNull();
  });
});
