import { percentOf } from './rounding.ts';

// GRD-5 composition rows from totals the database has already summed per group (the server does
// not load every account to count them): each group's share of sales, the running share down
// the list (the Pareto line of a composition chart), and its share of the accounts.

export type GroupSales = { key: string | null; amountFen: number; accountCount: number };

export type GroupShare = GroupSales & {
  // Percent of the total sales, two decimals; null when the total is not positive.
  sharePercent: number | null;
  cumulativeSharePercent: number | null;
  accountPercent: number;
};

// Largest amount first; among equals the listed keys in their order (A, B, C, D), then the
// other keys alphabetically, no key (ungraded, unknown region) last. `listed` keys without sales
// get a row of zeros, so that a grade report always shows every grade.
// `accountTotal` is the number of distinct accounts: by product, one account can be in several rows.
export function groupShares(groups: readonly GroupSales[], accountTotal: number, listed: readonly string[] = []): GroupShare[] {
  const present = new Set(groups.map((g) => g.key));
  const all = [...groups, ...listed.filter((key) => !present.has(key)).map((key) => ({ key, amountFen: 0, accountCount: 0 }))];
  const totalFen = all.reduce((sum, g) => sum + g.amountFen, 0);
  const rank = (key: string | null) => (key === null ? listed.length + 1 : listed.includes(key) ? listed.indexOf(key) : listed.length);
  const sorted = all.sort((a, b) => b.amountFen - a.amountFen || rank(a.key) - rank(b.key) || compareText(a.key, b.key));
  let cumulativeFen = 0;
  return sorted.map((g) => {
    cumulativeFen += g.amountFen;
    return {
      key: g.key,
      amountFen: g.amountFen,
      accountCount: g.accountCount,
      sharePercent: percentOf(g.amountFen, totalFen) ?? null,
      cumulativeSharePercent: percentOf(cumulativeFen, totalFen) ?? null,
      accountPercent: percentOf(g.accountCount, accountTotal) ?? 0,
    };
  });
}

const compareText = (a: string | null, b: string | null) => (a === b || a === null || b === null ? 0 : a < b ? -1 : 1);
