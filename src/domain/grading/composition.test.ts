import { describe, expect, it } from 'vitest';
import { sharesBy, sharesByGrade } from './composition.ts';

describe('customer composition', () => {
  const accounts = [
    { accountId: 'a1', amountFen: 600, grade: 'A' },
    { accountId: 'a2', amountFen: 200, grade: 'B' },
    { accountId: 'a3', amountFen: 150, grade: 'B' },
    { accountId: 'a4', amountFen: 50, grade: null },
  ];

  it('shares sales by grade in the grade order, with empty grades and ungraded accounts', () => {
    expect(sharesByGrade(accounts, ['A', 'B', 'C', 'D'])).toEqual([
      { key: 'A', count: 1, amountFen: 600, countPercent: 25, amountPercent: 60 },
      { key: 'B', count: 2, amountFen: 350, countPercent: 50, amountPercent: 35 },
      { key: 'C', count: 0, amountFen: 0, countPercent: 0, amountPercent: 0 },
      { key: 'D', count: 0, amountFen: 0, countPercent: 0, amountPercent: 0 },
      { key: null, count: 1, amountFen: 50, countPercent: 25, amountPercent: 5 },
    ]);
  });

  it('keeps accounts whose grade is no longer in the model instead of losing their sales', () => {
    const rows = sharesByGrade([{ accountId: 'x', amountFen: 10, grade: 'KA' }], ['A']);
    expect(rows.map((r) => [r.key, r.amountFen])).toEqual([['A', 0], ['KA', 10]]);
  });

  it('shares by any key, largest first, unknown last among equals', () => {
    const lines = [
      { region: 'zhejiang', amountFen: 300 },
      { region: 'jiangsu', amountFen: 500 },
      { region: null, amountFen: 200 },
      { region: 'zhejiang', amountFen: -100 },
      { region: 'anhui', amountFen: 200 },
    ];
    expect(sharesBy(lines, (l) => l.region, (l) => l.amountFen)).toEqual([
      { key: 'jiangsu', count: 1, amountFen: 500, countPercent: 20, amountPercent: 45.45 },
      { key: 'anhui', count: 1, amountFen: 200, countPercent: 20, amountPercent: 18.18 },
      { key: 'zhejiang', count: 2, amountFen: 200, countPercent: 40, amountPercent: 18.18 },
      { key: null, count: 1, amountFen: 200, countPercent: 20, amountPercent: 18.18 },
    ]);
  });

  it('gives no sales share when there are no net sales', () => {
    expect(sharesBy([{ k: 'p', a: 0 }], (r) => r.k, (r) => r.a)).toEqual([{ key: 'p', count: 1, amountFen: 0, countPercent: 100, amountPercent: null }]);
    expect(sharesBy([], () => 'x', () => 0)).toEqual([]);
  });
});
