import { describe, expect, it } from 'vitest';
import { paretoAnalysis } from './pareto.ts';

const accounts = (...amounts: number[]) => amounts.map((amountFen, i) => ({ accountId: `acc${i + 1}`, amountFen }));

describe('Pareto analysis (80/20)', () => {
  it('sorts accounts by sales and accumulates shares', () => {
    const analysis = paretoAnalysis(accounts(100, 500, 400));
    expect(analysis.points).toEqual([
      { accountId: 'acc2', amountFen: 500, rank: 1, cumulativeFen: 500, cumulativeSalesPercent: 50, cumulativeAccountsPercent: 33.33 },
      { accountId: 'acc3', amountFen: 400, rank: 2, cumulativeFen: 900, cumulativeSalesPercent: 90, cumulativeAccountsPercent: 66.67 },
      { accountId: 'acc1', amountFen: 100, rank: 3, cumulativeFen: 1000, cumulativeSalesPercent: 100, cumulativeAccountsPercent: 100 },
    ]);
    // acc2 alone is 50 %; acc3 crosses 80 % and is counted: 2 of 3 accounts
    expect(analysis).toMatchObject({ totalFen: 1000, accountCount: 3, targetPercent: 80, accountsForTarget: 2, accountsForTargetPercent: 66.67 });
  });

  it('stops at the account that reaches exactly 80 %', () => {
    // 500 + 300 = 800 of 1,000 = exactly 80 % → 2 accounts, not 3
    expect(paretoAnalysis(accounts(500, 300, 100, 100)).accountsForTarget).toBe(2);
    // 500 + 299 = 799 of 999 = 79.98 % → the third account crosses
    expect(paretoAnalysis(accounts(500, 299, 100, 100)).accountsForTarget).toBe(3);
  });

  it('decides the boundary in whole fen, not in rounded percentages', () => {
    // 79,999,999 of 100,000,000 shows as 80.00 % but has not reached 80 %
    const analysis = paretoAnalysis(accounts(79_999_999, 10_000_000, 10_000_001));
    expect(analysis.points[0].cumulativeSalesPercent).toBe(80);
    expect(analysis.accountsForTarget).toBe(2);
  });

  it('counts accounts without sales (or with net returns) as accounts, with nothing sold', () => {
    const analysis = paretoAnalysis(accounts(1000, 0, -50, 0, 0));
    expect(analysis).toMatchObject({ totalFen: 1000, accountCount: 5, accountsForTarget: 1, accountsForTargetPercent: 20 });
    expect(analysis.points.map((p) => [p.accountId, p.amountFen])).toEqual([['acc1', 1000], ['acc2', 0], ['acc3', 0], ['acc4', 0], ['acc5', 0]]);
  });

  it('takes another target share', () => {
    expect(paretoAnalysis(accounts(500, 300, 100, 100), 50).accountsForTarget).toBe(1);
    expect(paretoAnalysis(accounts(500, 300, 100, 100), 90.5).accountsForTarget).toBe(4);
  });

  it('has no answer without sales', () => {
    expect(paretoAnalysis([])).toMatchObject({ points: [], totalFen: 0, accountsForTarget: null, accountsForTargetPercent: null });
    expect(paretoAnalysis(accounts(0, 0)).accountsForTarget).toBeNull();
  });

  it('refuses amounts that are not whole fen', () => {
    expect(() => paretoAnalysis(accounts(10.5))).toThrow(RangeError);
  });
});
