import { percentOf } from './rounding.ts';

// GRD-5 customer composition (客户构成分析, seed 001 篇5): 销售构成 (share of sales by grade),
// 商品构成 (by product), 地区构成 (by region) — and by any other key (industry, owner …).
// Amounts are net sales in fen, summed as given (a key with net returns shows a negative amount).

export type ShareRow = {
  // null: rows without a value for the key (ungraded accounts, unknown region).
  key: string | null;
  count: number;
  amountFen: number;
  // Share of all rows and of the total amount, in percent with two decimals; null when the total
  // amount is not positive.
  countPercent: number;
  amountPercent: number | null;
};

// Rows grouped by key, largest amount first (ties: by key, null last), for any breakdown.
export function sharesBy<T>(rows: readonly T[], keyOf: (row: T) => string | null, amountOf: (row: T) => number): ShareRow[] {
  const groups = new Map<string | null, { count: number; amountFen: number }>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key) ?? { count: 0, amountFen: 0 };
    group.count += 1;
    group.amountFen += amountOf(row);
    groups.set(key, group);
  }
  const totalAmount = [...groups.values()].reduce((sum, g) => sum + g.amountFen, 0);
  return [...groups.entries()]
    .map(([key, g]) => ({ key, ...g, countPercent: percentOf(g.count, rows.length) ?? 0, amountPercent: percentOf(g.amountFen, totalAmount) ?? null }))
    .sort((a, b) => b.amountFen - a.amountFen || compareKeys(a.key, b.key));
}

const compareKeys = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

export type AccountSales = { accountId: string; amountFen: number; grade: string | null };

// 销售构成: every grade of the model in its order (A, B, C, D — also those without accounts, so the
// report always has the same rows), then ungraded accounts if there are any.
export function sharesByGrade(accounts: readonly AccountSales[], grades: readonly string[]): ShareRow[] {
  const byKey = new Map(sharesBy(accounts, (a) => a.grade, (a) => a.amountFen).map((row) => [row.key, row]));
  const total = accounts.reduce((sum, a) => sum + a.amountFen, 0);
  const empty = (key: string): ShareRow => ({ key, count: 0, amountFen: 0, countPercent: 0, amountPercent: percentOf(0, total) ?? null });
  const rows = grades.map((grade) => byKey.get(grade) ?? empty(grade));
  const others = [...byKey.values()].filter((row) => row.key === null || !grades.includes(row.key));
  return [...rows, ...others];
}
