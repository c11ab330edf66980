import { sql, type SQL } from 'drizzle-orm';
import { addDays, addMonths, DEFAULT_GRADES, QUADRANTS } from '../../../domain/grading/index.ts';
import { groupShares } from '../../../domain/grading/group-shares.ts';
import { percentOf } from '../../../domain/grading/rounding.ts';
import { hasPermission } from '../../../domain/users/permissions.ts';
import type { Viewer } from '../../../domain/users/visibility.ts';
import type { Db } from '../../db/connection.ts';
import { selectRows } from '../../db/sql-helpers.ts';
import { visibleAccounts } from '../accounts/account-access.ts';
import { accounts } from '../accounts/accounts.schema.ts';
import { products } from '../products/products.schema.ts';
import type { Composition, CompositionDimension, CompositionQuery } from './composition.schemas.ts';
import { salesInPeriod } from './composition-source.ts';
import { today } from './evaluations.service.ts';

// GRD-5 customer composition (客户构成分析, seed 001 篇5): 销售构成 (sales by grade), 商品构成
// (by product), 地区构成 (by region), by industry and quadrant, the 80/20 curve of accounts, and
// how the accounts themselves divide into grades and quadrants — over the accounts the viewer
// may see. The database sums; only group totals and at most 200 curve points leave it (sending
// 100k per-account rows out of PGlite costs more than summing them).

export const PARETO_TARGET = 80;
const MAX_POINTS = 200;

// The account column each account-level dimension groups by.
const ACCOUNT_KEYS: Partial<Record<CompositionDimension, SQL>> = {
  grade: sql`${accounts.currentGrade}`,
  quadrant: sql`${accounts.currentQuadrant}`,
  region: sql`${accounts.region}`,
  industry: sql`${accounts.industry}`,
};

// Rows listed even without sales, in their natural order among equal amounts.
const LISTED: Partial<Record<CompositionDimension, readonly string[]>> = { grade: DEFAULT_GRADES, quadrant: QUADRANTS };

// The 12 months up to and including this month (whole months: 2025-12-01…2026-11-30 in November).
export function defaultPeriod(reference = today()): { from: string; to: string } {
  const monthStart = `${reference.slice(0, 7)}-01`;
  return { from: addMonths(monthStart, -11), to: addDays(addMonths(monthStart, 1), -1) };
}

type PeriodQuery = Omit<CompositionQuery, 'by'> & { by: CompositionDimension };

export function periodOf(q: Pick<CompositionQuery, 'from' | 'to'>) {
  const fallback = defaultPeriod();
  const to = q.to ?? (q.from && q.from > fallback.to ? q.from : fallback.to);
  const from = q.from ?? (to < fallback.from ? to : fallback.from);
  return { from, to };
}

// Accounts in scope: visible to the viewer, and in the owner/region/industry asked for.
const scopeOf = (viewer: Viewer, q: PeriodQuery): SQL =>
  sql.join(
    [
      visibleAccounts(viewer) ?? sql`true`,
      q.ownerId ? sql`${accounts.ownerId} = ${q.ownerId}` : sql`true`,
      q.region ? sql`${accounts.region} = ${q.region}` : sql`true`,
      q.industry ? sql`${accounts.industry} = ${q.industry}` : sql`true`,
    ],
    sql` and `,
  );

type Line = {
  kind: 'group' | 'point' | 'total' | 'share';
  key: string | null;
  label: string | null;
  amount: string | number | null;
  accounts: string | number | null;
  rank: string | number | null;
  cumulative: string | number | null;
};

// One statement, one pass over the accounts in scope: their sales in the period (summed per
// account and materialised once), then the groups, the sample points of the ranked curve, the
// totals and the accounts by grade × quadrant, told apart by `kind`.
function compositionSql(viewer: Viewer, q: PeriodQuery, from: string, to: string): SQL {
  const accountKey = ACCOUNT_KEYS[q.by];
  const scope = scopeOf(viewer, q);
  // A director without filters sees every account: no need to test each sale's account first.
  const everything = hasPermission(viewer.role, 'accounts:read-all') && !q.ownerId && !q.region && !q.industry;
  const scopedSales = everything
    ? salesInPeriod(from, to)
    : sql`(select * from ${salesInPeriod(from, to)} sp where sp.account_id in (select ${accounts.id} from ${accounts} where ${scope}))`;
  const groups = accountKey
    ? sql`select 'group' as kind, key, key as label, sum(amount)::bigint as amount, count(*) as accounts, null::bigint as rank, null::numeric as cumulative
          from per_account group by key`
    : // Per (product or category) and account first, then per key: hash aggregates, where
      // count(distinct account) would sort the period's lines.
      sql`select 'group' as kind, key, min(label) as label, sum(amount)::bigint as amount, count(*) as accounts, null::bigint as rank, null::numeric as cumulative
          from (
            select ${q.by === 'product' ? sql`p.id::text` : sql`p.category`} as key, s.account_id,
                   min(${q.by === 'product' ? sql`p.name || coalesce(' ' || p.spec, '')` : sql`p.category`}) as label, sum(s.amount_fen) as amount
            from ${scopedSales} s
            join in_scope pa on pa.account_id = s.account_id
            join ${products} p on p.id = s.product_id
            group by 1, 2
          ) by_account
          group by key`;
  return sql`with sums as (
      select account_id, sum(amount_fen)::bigint as amount from ${scopedSales} s group by 1
    ),
    in_scope as materialized (
      select ${accounts.id} as account_id, ${accounts.currentGrade} as grade, ${accounts.currentQuadrant} as quadrant,
             ${accountKey ?? sql`null::text`} as key, sums.amount
      from ${accounts} left join sums on sums.account_id = ${accounts.id}
      where ${scope}
    ),
    per_account as (select account_id, key, amount from in_scope where amount is not null),
    ranked as (
      select greatest(amount, 0) as amount,
             row_number() over w as rank,
             sum(greatest(amount, 0)) over (w rows unbounded preceding) as cumulative
      from per_account
      window w as (order by greatest(amount, 0) desc, account_id)
    ),
    totals as (select count(*) as n, coalesce(sum(amount), 0) as positive from ranked),
    crossing as (
      select min(rank) as rank from ranked, totals
      where totals.positive > 0 and ranked.cumulative * 100 >= totals.positive * ${PARETO_TARGET}
    )
    ${groups}
    union all
    select 'point', null, null, ranked.amount, null, ranked.rank, ranked.cumulative
    from ranked, totals, crossing
    where ranked.rank = 1 or ranked.rank = totals.n or ranked.rank = crossing.rank
       or ranked.rank % greatest(1, ceil(totals.n::numeric / ${MAX_POINTS - 3}))::bigint = 0
    union all
    select 'total', null, null, (select coalesce(sum(amount), 0) from per_account)::bigint, totals.n, crossing.rank, totals.positive
    from totals, crossing
    union all
    select 'share', grade, quadrant, null, count(*), null, null from in_scope group by grade, quadrant`;
}

type AccountShareRow = { grade: string | null; quadrant: string | null; n: string | number };

export async function composition(db: Db, viewer: Viewer, query: CompositionQuery): Promise<Composition> {
  const q: PeriodQuery = { ...query, by: query.by ?? 'grade' };
  const { from, to } = periodOf(q);
  // Sums and sorts of ~100k accounts fit in memory with room to spare; the default 4 MB spills them to disk.
  const lines = await db.transaction(async (tx) => {
    await tx.execute(sql`set local work_mem = '64MB'`);
    return selectRows<Line>(tx, compositionSql(viewer, q, from, to));
  });
  const shares: AccountShareRow[] = lines.filter((l) => l.kind === 'share').map((l) => ({ grade: l.key, quadrant: l.label, n: Number(l.accounts) }));
  const total = lines.find((l) => l.kind === 'total')!;
  const accountCount = Number(total.accounts);
  const positiveFen = Number(total.cumulative);
  const crossingRank = total.rank === null ? null : Number(total.rank);
  const labels = new Map(lines.filter((l) => l.kind === 'group').map((l) => [l.key, l.label]));
  const rows = groupShares(
    lines.filter((l) => l.kind === 'group').map((l) => ({ key: l.key, amountFen: Number(l.amount), accountCount: Number(l.accounts) })),
    accountCount,
    LISTED[q.by] ?? [],
  ).map((r) => ({ ...r, label: labels.get(r.key) ?? r.key }));

  // At most MAX_POINTS: every k-th rank (k = ceil(n / 197)) plus rank 1, the crossing and the last.
  const points = lines
    .filter((l) => l.kind === 'point')
    .map((p) => ({ rank: Number(p.rank), amountFen: Number(p.amount), accountsPercent: percentOf(Number(p.rank), accountCount) ?? 0, salesPercent: percentOf(Number(p.cumulative), positiveFen) ?? 0 }))
    .sort((a, b) => a.rank - b.rank);

  const accountTotal = shares.reduce((sum, s) => sum + Number(s.n), 0);
  // Listed keys first in their order (A…D, core…secondary), then any others, none (ungraded) last.
  const countBy = (keyOf: (s: AccountShareRow) => string | null, listed: readonly string[]) => {
    const counts = new Map<string | null, number>(listed.map((k) => [k, 0]));
    for (const s of shares) counts.set(keyOf(s), (counts.get(keyOf(s)) ?? 0) + Number(s.n));
    const order = (key: string | null) => (key === null ? Infinity : listed.includes(key) ? listed.indexOf(key) : listed.length);
    return [...counts.entries()]
      .sort(([a], [b]) => order(a) - order(b) || String(a).localeCompare(String(b)))
      .map(([key, count]) => ({ key, count, percent: percentOf(count, accountTotal) ?? 0 }));
  };

  return {
    from,
    to,
    by: q.by,
    totalFen: Number(total.amount),
    accountCount,
    rows,
    pareto: {
      targetPercent: PARETO_TARGET,
      accountCount,
      accountsForTarget: crossingRank,
      accountsForTargetPercent: crossingRank === null ? null : (percentOf(crossingRank, accountCount) ?? null),
      points,
    },
    accountShares: { total: accountTotal, grades: countBy((s) => s.grade, DEFAULT_GRADES), quadrants: countBy((s) => s.quadrant, QUADRANTS) },
  };
}
