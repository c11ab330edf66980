import { sql } from 'drizzle-orm';
import { computeMetrics, metricWindows, type ComputedMetrics, type MetricWindows, type SalesFacts } from '../../../domain/grading/index.ts';
import { marginRate } from '../../../domain/sales/sales-line.ts';
import type { Executor } from '../../db/connection.ts';
import { selectRows } from '../../db/sql-helpers.ts';
import { products } from '../products/products.schema.ts';
import { salesRecords } from '../sales/sales.schema.ts';

// GRD-1 sales facts for the computed criteria, summed in SQL (net of returns, in fen) over the
// windows of metricWindows(referenceDate). Set-based: one query for any number of accounts (a
// re-grade passes a chunk of 1,000), plus one for the company's average margin. Reads the sales
// tables directly, read-only: these sums are the grading module's own question of the data.

type FactsRow = {
  account_id: string;
  year_fen: string | number;
  previous_fen: string | number;
  quarter_fen: string | number;
  high_margin_fen: string | number;
  margin_fen: string | number;
  cost_known_fen: string | number;
  paid_fen: string | number;
  payment_recorded_fen: string | number;
  product_amounts: Record<string, string | number> | string | null;
};

const n = (v: string | number | null | undefined) => (v === null || v === undefined ? 0 : Number(v));
const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

// The company's margin rate over the year window (lines with a known cost), in percent.
export async function companyAverageMargin(db: Executor, windows: MetricWindows): Promise<number | null> {
  const [row] = await selectRows<{ margin: string | number | null; base: string | number | null }>(
    db,
    sql`select sum(${salesRecords.amountFen} - ${salesRecords.costFen}) as margin, sum(${salesRecords.amountFen}) as base
        from ${salesRecords}
        where ${salesRecords.costFen} is not null and ${salesRecords.soldOn} between ${windows.year.from} and ${windows.year.to}`,
  );
  return row && row.base !== null ? marginRate(n(row.margin), n(row.base)) : null;
}

// Facts of each given account (accounts without sales get zeros).
export async function salesFactsOf(db: Executor, accountIds: readonly string[], windows: MetricWindows, companyAverageMarginPercent: number | null): Promise<Map<string, SalesFacts>> {
  const { year, previousYear, quarter } = windows;
  const r = salesRecords;
  const inYear = sql`l.sold_on >= ${year.from}::date`;
  const rows = await selectRows<FactsRow>(
    db,
    sql`with ids as (select unnest(${uuidArray(accountIds)}::uuid[]) as id),
      lines as (
        select ${r.accountId} as account_id, ${r.productId} as product_id, ${r.soldOn} as sold_on, ${r.amountFen} as amount_fen,
               ${r.costFen} as cost_fen, ${r.paidFen} as paid_fen, ${products.isHighMargin} as is_high_margin
        from ids join ${r} on ${r.accountId} = ids.id join ${products} on ${products.id} = ${r.productId}
        where ${r.soldOn} between ${previousYear.from}::date and ${year.to}::date
      ),
      totals as (
        select l.account_id,
          coalesce(sum(l.amount_fen) filter (where ${inYear}), 0) as year_fen,
          coalesce(sum(l.amount_fen) filter (where l.sold_on <= ${previousYear.to}::date), 0) as previous_fen,
          coalesce(sum(l.amount_fen) filter (where l.sold_on >= ${quarter.from}::date), 0) as quarter_fen,
          coalesce(sum(l.amount_fen) filter (where ${inYear} and l.is_high_margin), 0) as high_margin_fen,
          coalesce(sum(l.amount_fen - l.cost_fen) filter (where ${inYear} and l.cost_fen is not null), 0) as margin_fen,
          coalesce(sum(l.amount_fen) filter (where ${inYear} and l.cost_fen is not null), 0) as cost_known_fen,
          coalesce(sum(l.paid_fen) filter (where ${inYear} and l.paid_fen is not null), 0) as paid_fen,
          coalesce(sum(l.amount_fen) filter (where ${inYear} and l.paid_fen is not null), 0) as payment_recorded_fen
        from lines l group by l.account_id
      ),
      by_product as (
        select p.account_id, jsonb_object_agg(p.product_id, p.amount_fen) as product_amounts
        from (select l.account_id, l.product_id, sum(l.amount_fen) as amount_fen from lines l where ${inYear} group by 1, 2) p
        group by p.account_id
      )
      select ids.id as account_id, t.year_fen, t.previous_fen, t.quarter_fen, t.high_margin_fen, t.margin_fen, t.cost_known_fen,
             t.paid_fen, t.payment_recorded_fen, bp.product_amounts
      from ids left join totals t on t.account_id = ids.id left join by_product bp on bp.account_id = ids.id`,
  );
  const facts = new Map<string, SalesFacts>();
  for (const row of rows) {
    const amounts = typeof row.product_amounts === 'string' ? (JSON.parse(row.product_amounts) as Record<string, string | number>) : (row.product_amounts ?? {});
    facts.set(row.account_id, {
      yearAmountFen: n(row.year_fen),
      previousYearAmountFen: n(row.previous_fen),
      quarterAmountFen: n(row.quarter_fen),
      highMarginAmountFen: n(row.high_margin_fen),
      marginFen: n(row.margin_fen),
      costKnownAmountFen: n(row.cost_known_fen),
      paidFen: n(row.paid_fen),
      paymentRecordedAmountFen: n(row.payment_recorded_fen),
      productAmountsFen: Object.fromEntries(Object.entries(amounts).map(([k, v]) => [k, n(v)])),
      companyAverageMarginPercent,
    });
  }
  return facts;
}

export type AccountMetrics = { windows: MetricWindows; companyAverageMarginPercent: number | null; metrics: Map<string, ComputedMetrics> };

// Metrics of many accounts on one reference date: two queries.
export async function metricsOf(db: Executor, accountIds: readonly string[], referenceDate: string, companyAverage?: number | null): Promise<AccountMetrics> {
  const windows = metricWindows(referenceDate);
  const average = companyAverage === undefined ? await companyAverageMargin(db, windows) : companyAverage;
  const facts = await salesFactsOf(db, accountIds, windows, average);
  return { windows, companyAverageMarginPercent: average, metrics: new Map([...facts].map(([id, f]) => [id, computeMetrics(f)])) };
}
