import { sql } from 'drizzle-orm';
import { DEFAULT_SPLIT, metricWindows } from '../../../domain/grading/index.ts';
import type { Viewer } from '../../../domain/users/visibility.ts';
import type { Executor } from '../../db/connection.ts';
import { selectRows } from '../../db/sql-helpers.ts';
import { AppError } from '../../lib/errors.ts';
import { visibleAccounts } from '../accounts/account-access.ts';
import { accounts } from '../accounts/accounts.schema.ts';
import { salesRecords } from '../sales/sales.schema.ts';
import { GradingErrors } from './grading.errors.ts';
import { accountEvaluations } from './grading.schema.ts';
import type { MatrixQuery } from './grading.schemas.ts';
import { today } from './evaluations.service.ts';
import { getModelRow } from './scoring-models.service.ts';

// GRD-3 screening matrix data: for each account the viewer sees, its latest point with the model
// and the one before it (the arrow), its current grade (colour) and its last 12 months' sales
// (bubble size). One query: window functions over the evaluations, one grouped sum of sales.
type Row = {
  account_id: string;
  account_name: string;
  owner_id: string | null;
  grade: string | null;
  sales_fen: string | number | null;
  attractiveness: string | number;
  ability: string | number;
  quadrant: string | null;
  evaluated_on: string;
  previous_attractiveness: string | number | null;
  previous_ability: string | number | null;
  previous_quadrant: string | null;
  previous_evaluated_on: string | null;
};

const dateText = (d: unknown): string => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));

export async function screeningMatrix(db: Executor, viewer: Viewer, q: MatrixQuery) {
  const model = await getModelRow(db, q.modelId);
  if (model.definition.kind !== 'matrix') throw new AppError(GradingErrors.GRADING_MODEL_NOT_MATRIX, undefined, { errors: [{ path: 'querystring.modelId', message: 'not a matrix model' }] });
  const { year } = metricWindows(today());
  const e = accountEvaluations;
  const filters = sql.join(
    [
      visibleAccounts(viewer) ?? sql`true`,
      q.ownerId ? sql`${accounts.ownerId} = ${q.ownerId}` : sql`true`,
      q.region ? sql`${accounts.region} = ${q.region}` : sql`true`,
      q.industry ? sql`${accounts.industry} = ${q.industry}` : sql`true`,
    ],
    sql` and `,
  );
  // The points come from account_evaluations_points_idx alone (migration 0013); the accounts are
  // joined by key after ranking, so filters cost one lookup per evaluated account.
  const rows = await selectRows<Row>(
    db,
    sql`with ranked as (
        select ${e.accountId} as account_id, ${e.attractiveness} as attractiveness, ${e.ability} as ability, ${e.quadrant} as quadrant, ${e.evaluatedOn} as evaluated_on,
               row_number() over w as rn,
               lead(${e.attractiveness}) over w as previous_attractiveness, lead(${e.ability}) over w as previous_ability,
               lead(${e.quadrant}) over w as previous_quadrant, lead(${e.evaluatedOn}) over w as previous_evaluated_on
        from ${e}
        where ${e.modelId} = ${q.modelId} and ${e.attractiveness} is not null and ${e.ability} is not null
        window w as (partition by ${e.accountId} order by ${e.evaluatedOn} desc, ${e.createdAt} desc, ${e.id} desc)
      ),
      latest as materialized (
        select ranked.*, ${accounts.name} as account_name, ${accounts.ownerId} as owner_id, ${accounts.currentGrade} as grade
        from ranked join ${accounts} on ${accounts.id} = ranked.account_id
        where ranked.rn = 1 and ${filters}
      ),
      sales as (
        select ${salesRecords.accountId} as account_id, sum(${salesRecords.amountFen}) as sales_fen
        from ${salesRecords} join latest on latest.account_id = ${salesRecords.accountId}
        where ${salesRecords.soldOn} between ${year.from}::date and ${year.to}::date
        group by 1
      )
      select latest.*, coalesce(sales.sales_fen, 0) as sales_fen
      from latest left join sales on sales.account_id = latest.account_id
      order by latest.account_name, latest.account_id`,
  );
  const split = model.definition.kind === 'matrix' ? model.definition.split : DEFAULT_SPLIT;
  return {
    modelId: model.id,
    split,
    total: rows.length,
    items: rows.map((r) => ({
      accountId: r.account_id,
      accountName: r.account_name,
      ownerId: r.owner_id,
      grade: r.grade,
      salesFen: Number(r.sales_fen ?? 0),
      current: { attractiveness: Number(r.attractiveness), ability: Number(r.ability), quadrant: r.quadrant, evaluatedOn: dateText(r.evaluated_on) },
      previous:
        r.previous_attractiveness === null || r.previous_ability === null || r.previous_evaluated_on === null
          ? null
          : { attractiveness: Number(r.previous_attractiveness), ability: Number(r.previous_ability), quadrant: r.previous_quadrant, evaluatedOn: dateText(r.previous_evaluated_on) },
    })),
  };
}
