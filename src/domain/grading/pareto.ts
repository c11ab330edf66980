import { percentOf } from './rounding.ts';

// GRD-5 80/20 (seed 001 篇2: "20% 的大客户的营业额可能占了公司营业额的 80%"): the Pareto curve of
// accounts by sales and how few accounts produce the target share (80 % by default).

export type ParetoPoint = {
  accountId: string;
  rank: number;
  amountFen: number;
  cumulativeFen: number;
  // Cumulative share of sales and of accounts up to this account, in percent (two decimals).
  cumulativeSalesPercent: number;
  cumulativeAccountsPercent: number;
};

export type ParetoAnalysis = {
  points: ParetoPoint[];
  totalFen: number;
  accountCount: number;
  targetPercent: number;
  // The fewest top accounts whose sales reach the target share; null when there are no sales.
  accountsForTarget: number | null;
  accountsForTargetPercent: number | null;
};

// Accounts are sorted by sales, largest first (ties by id, for a stable order). An account with
// net returns counts as 0: it produced no sales, but it is still one of the accounts.
// Rule for the crossing account: the count is the smallest k whose top-k cumulative sales are at
// least the target share — the account that crosses 80 % is counted, and reaching exactly 80 %
// stops there. Compared in whole fen (BigInt), so no rounding decides it.
export function paretoAnalysis(accounts: readonly { accountId: string; amountFen: number }[], targetPercent = 80): ParetoAnalysis {
  const notWholeFen = accounts.find((a) => !Number.isSafeInteger(a.amountFen));
  if (notWholeFen) throw new RangeError(`Sales of account ${notWholeFen.accountId} are not whole fen: ${notWholeFen.amountFen}`);
  const sorted = accounts
    .map((a) => ({ accountId: a.accountId, amountFen: Math.max(a.amountFen, 0) }))
    .sort((a, b) => b.amountFen - a.amountFen || (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0));
  const totalFen = sorted.reduce((sum, a) => sum + a.amountFen, 0);
  let cumulativeFen = 0;
  let accountsForTarget: number | null = null;
  const points = sorted.map((a, i) => {
    cumulativeFen += a.amountFen;
    const rank = i + 1;
    if (accountsForTarget === null && totalFen > 0 && reaches(cumulativeFen, totalFen, targetPercent)) accountsForTarget = rank;
    return {
      ...a,
      rank,
      cumulativeFen,
      cumulativeSalesPercent: percentOf(cumulativeFen, totalFen) ?? 0,
      cumulativeAccountsPercent: percentOf(rank, sorted.length) ?? 0,
    };
  });
  return {
    points,
    totalFen,
    accountCount: sorted.length,
    targetPercent,
    accountsForTarget,
    accountsForTargetPercent: accountsForTarget === null ? null : (percentOf(accountsForTarget, sorted.length) ?? null),
  };
}

// cumulative / total ≥ target / 100, exactly: the target may have up to two decimals.
function reaches(cumulativeFen: number, totalFen: number, targetPercent: number): boolean {
  const targetHundredths = BigInt(Math.round(targetPercent * 100));
  return BigInt(cumulativeFen) * 10_000n >= BigInt(totalFen) * targetHundredths;
}
