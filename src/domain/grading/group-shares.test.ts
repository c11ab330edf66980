import { describe, expect, it } from 'vitest';
import { groupShares } from './group-shares.ts';

describe('groupShares', () => {
  it('shares, running shares and account shares of summed groups, largest first', () => {
    const rows = groupShares(
      [
        { key: 'B', amountFen: 300, accountCount: 2 },
        { key: null, amountFen: 100, accountCount: 1 },
        { key: 'A', amountFen: 600, accountCount: 1 },
      ],
      4,
      ['A', 'B', 'C'],
    );
    expect(rows.map((r) => [r.key, r.sharePercent, r.cumulativeSharePercent, r.accountPercent])).toEqual([
      ['A', 60, 60, 25],
      ['B', 30, 90, 50],
      [null, 10, 100, 25],
      ['C', 0, 100, 0],
    ]);
  });

  it('orders equal amounts: listed keys in their order, then others alphabetically, no key last', () => {
    const rows = groupShares(
      [
        { key: null, amountFen: 5, accountCount: 1 },
        { key: 'zeta', amountFen: 5, accountCount: 1 },
        { key: 'alpha', amountFen: 5, accountCount: 1 },
        { key: 'D', amountFen: 5, accountCount: 1 },
      ],
      4,
      ['A', 'D'],
    );
    expect(rows.map((r) => r.key)).toEqual(['D', 'alpha', 'zeta', null, 'A']);
  });

  it('has no shares when the total is not positive (net returns), but still counts accounts', () => {
    const rows = groupShares([{ key: 'x', amountFen: -50, accountCount: 1 }], 1);
    expect(rows).toEqual([{ key: 'x', amountFen: -50, accountCount: 1, sharePercent: null, cumulativeSharePercent: null, accountPercent: 100 }]);
  });
});
