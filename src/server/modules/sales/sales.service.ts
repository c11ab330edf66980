import { and, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { checkSalesLine, marginOf, marginRate, outstandingOf, paymentStatusOf, type SalesLine, type SalesLineInput } from '../../../domain/sales/sales-line.ts';
import type { Viewer } from '../../../domain/users/visibility.ts';
import type { Db, Executor } from '../../db/connection.ts';
import type { Actor } from '../../auth/current-user.ts';
import { AppError, versionConflict } from '../../lib/errors.ts';
import { eqIf, orderBy } from '../../lib/pagination.ts';
import { changedFields, recordAudit } from '../audit/audit.service.ts';
import { assertCanEdit, assertCanSee, visibleAccounts } from '../accounts/account-access.ts';
import { accounts } from '../accounts/accounts.schema.ts';
import { assertProductUsable } from '../products/products.service.ts';
import { products } from '../products/products.schema.ts';
import { users } from '../users/users.schema.ts';
import { ruleError, SalesErrors } from './sales.errors.ts';
import { salesRecords } from './sales.schema.ts';
import type { ListSalesQuery, SalesInput, UpdateSalesInput } from './sales.schemas.ts';

// MNY-2 sales records. A record belongs to its account: it is seen by those who see the account
// and written by those who may change it (ARC-5); an account one cannot see answers 404.
const salespeople = alias(users, 'salespeople');

const columns = {
  id: salesRecords.id,
  accountId: salesRecords.accountId,
  accountName: accounts.name,
  productId: salesRecords.productId,
  productName: products.name,
  productSpec: products.spec,
  productUnit: products.unit,
  productCategory: products.category,
  isHighMargin: products.isHighMargin,
  soldOn: salesRecords.soldOn,
  quantity: salesRecords.quantity,
  unitPriceFen: salesRecords.unitPriceFen,
  amountFen: salesRecords.amountFen,
  costFen: salesRecords.costFen,
  paidFen: salesRecords.paidFen,
  currency: salesRecords.currency,
  salespersonId: salesRecords.salespersonId,
  salespersonName: salespeople.name,
  isReturn: salesRecords.isReturn,
  note: salesRecords.note,
  source: salesRecords.source,
  createdAt: salesRecords.createdAt,
  updatedAt: salesRecords.updatedAt,
  version: salesRecords.version,
};

type Row = { amountFen: number; costFen: number | null; paidFen: number | null };
const withFigures = <T extends Row>(row: T) => ({ ...row, marginFen: marginOf(row), outstandingFen: outstandingOf(row), paymentStatus: paymentStatusOf(row) });

// Records are read through their account's visibility; the joins name account and product.
const visibleJoin = (viewer: Viewer) => and(eq(accounts.id, salesRecords.accountId), visibleAccounts(viewer));

const selectRecords = (db: Executor, viewer: Viewer) =>
  db
    .select(columns)
    .from(salesRecords)
    .innerJoin(accounts, visibleJoin(viewer))
    .innerJoin(products, eq(products.id, salesRecords.productId))
    .leftJoin(salespeople, eq(salespeople.id, salesRecords.salespersonId));

const paid = salesRecords.paidFen;
const amount = salesRecords.amountFen;
const PAYMENT_WHERE = {
  unknown: sql`${paid} is null`,
  unpaid: sql`${paid} = 0 and ${amount} <> 0`,
  partial: sql`${paid} <> 0 and abs(${paid}) < abs(${amount})`,
  paid: sql`abs(${paid}) >= abs(${amount})`,
} as const;

export function salesFilters(q: Omit<ListSalesQuery, 'limit' | 'offset' | 'sort'>): SQL | undefined {
  return and(
    eqIf(salesRecords.accountId, q.accountId),
    eqIf(salesRecords.productId, q.productId),
    eqIf(products.category, q.category),
    eqIf(salesRecords.salespersonId, q.salespersonId),
    eqIf(accounts.ownerId, q.ownerId),
    q.from ? gte(salesRecords.soldOn, q.from) : undefined,
    q.to ? lte(salesRecords.soldOn, q.to) : undefined,
    q.isReturn === undefined ? undefined : eq(salesRecords.isReturn, q.isReturn),
    q.isHighMargin === undefined ? undefined : eq(products.isHighMargin, q.isHighMargin),
    q.paymentStatus ? PAYMENT_WHERE[q.paymentStatus] : undefined,
  );
}

const sum = (expression: SQL, filter?: SQL) =>
  (filter ? sql<number>`coalesce(sum(${expression}) filter (where ${filter}), 0)::bigint` : sql<number>`coalesce(sum(${expression}), 0)::bigint`).mapWith(Number);

// Net sums in SQL (returns are negative lines), never in JavaScript floats.
const TOTALS = {
  count: sql<number>`count(*)::int`.mapWith(Number),
  amountFen: sum(sql`${amount}`),
  returnsFen: sum(sql`${amount}`, sql`${salesRecords.isReturn}`),
  highMarginAmountFen: sum(sql`${amount}`, sql`${products.isHighMargin}`),
  costFen: sum(sql`${salesRecords.costFen}`),
  amountWithCostFen: sum(sql`${amount}`, sql`${salesRecords.costFen} is not null`),
  paidFen: sum(sql`${paid}`),
  outstandingFen: sum(sql`${amount} - ${paid}`),
};

type Totals = { [K in keyof typeof TOTALS]: number };
const withMargin = (t: Totals) => {
  const marginFen = t.amountWithCostFen - t.costFen;
  return { ...t, marginFen, marginRate: marginRate(marginFen, t.amountWithCostFen) };
};

export const SALES_SORTS = { soldOn: salesRecords.soldOn, amountFen: salesRecords.amountFen, createdAt: salesRecords.createdAt };
export const DEFAULT_SALES_SORT = '-soldOn';

export async function listSales(db: Executor, viewer: Viewer, q: ListSalesQuery) {
  const where = salesFilters(q);
  const [rows, [totals]] = await Promise.all([
    selectRecords(db, viewer)
      .where(where)
      .orderBy(...orderBy(q.sort, SALES_SORTS, DEFAULT_SALES_SORT), salesRecords.id)
      .limit(q.limit)
      .offset(q.offset),
    db
      .select(TOTALS)
      .from(salesRecords)
      .innerJoin(accounts, visibleJoin(viewer))
      .innerJoin(products, eq(products.id, salesRecords.productId))
      .where(where),
  ]);
  return { items: rows.map(withFigures), total: totals.count, totals: withMargin(totals) };
}

// One account's records for a period, its totals, and its sales by year (GRD-1 growth).
export async function accountSales(db: Executor, viewer: Viewer, accountId: string, q: ListSalesQuery) {
  await assertCanSee(db, viewer, accountId);
  const [list, byYear] = await Promise.all([
    listSales(db, viewer, { ...q, accountId }),
    db
      .select({
        year: sql<number>`extract(year from ${salesRecords.soldOn})::int`.mapWith(Number),
        count: TOTALS.count,
        amountFen: TOTALS.amountFen,
        amountWithCostFen: TOTALS.amountWithCostFen,
        costFen: TOTALS.costFen,
      })
      .from(salesRecords)
      .where(eq(salesRecords.accountId, accountId))
      .groupBy(sql`1`)
      .orderBy(sql`1`),
  ]);
  return { ...list, byYear: byYear.map(({ costFen, ...y }) => ({ ...y, marginFen: y.amountWithCostFen - costFen })) };
}

export async function getSalesRecord(db: Executor, viewer: Viewer, id: string) {
  const [row] = await selectRecords(db, viewer).where(eq(salesRecords.id, id));
  if (!row) throw new AppError(SalesErrors.SALES_RECORD_NOT_FOUND);
  return withFigures(row);
}

// The domain's rules: the first broken rule is the code, every broken rule names its field.
function checkedLine(input: SalesLineInput): SalesLine {
  const result = checkSalesLine(input);
  if (result.ok) return result.line;
  throw new AppError(ruleError(result.errors[0].code), undefined, {
    errors: result.errors.map((e) => ({ path: e.field, message: ruleError(e.code).title })),
  });
}

async function assertSalesperson(db: Executor, userId: string | null | undefined) {
  if (!userId) return;
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.id, userId));
  if (!user) throw new AppError(SalesErrors.SALES_SALESPERSON_INVALID, undefined, { errors: [{ path: 'salespersonId', message: 'unknown user' }] });
}

// Without a named salesperson the sale is the account owner's (业务员 = 客户负责人).
async function ownerOf(db: Executor, accountId: string): Promise<string | null> {
  const [row] = await db.select({ ownerId: accounts.ownerId }).from(accounts).where(eq(accounts.id, accountId));
  return row?.ownerId ?? null;
}

export async function createSalesRecord(db: Db, actor: Actor, viewer: Viewer, accountId: string, input: SalesInput) {
  const line = checkedLine(input);
  const id = await db.transaction(async (tx) => {
    await assertCanEdit(tx, viewer, accountId);
    await assertProductUsable(tx, input.productId);
    await assertSalesperson(tx, input.salespersonId);
    const salespersonId = input.salespersonId === undefined ? await ownerOf(tx, accountId) : input.salespersonId;
    const [created] = await tx
      .insert(salesRecords)
      .values({ ...line, accountId, productId: input.productId, soldOn: input.soldOn, salespersonId, note: input.note ?? null, source: 'manual', createdBy: actor.id })
      .returning();
    await recordAudit(tx, actor, { entityType: 'sales_record', entityId: created.id, accountId, action: 'create', after: created });
    return created.id;
  });
  return getSalesRecord(db, viewer, id);
}

async function lockRecord(tx: Executor, viewer: Viewer, id: string) {
  const [before] = await tx.select().from(salesRecords).where(eq(salesRecords.id, id)).for('update');
  if (!before) throw new AppError(SalesErrors.SALES_RECORD_NOT_FOUND);
  // Not visible → the same 404 as a missing record.
  await assertCanSee(tx, viewer, before.accountId).catch(() => {
    throw new AppError(SalesErrors.SALES_RECORD_NOT_FOUND);
  });
  await assertCanEdit(tx, viewer, before.accountId);
  return before;
}

// A patch is checked as the whole line it makes; `amountFen: null` asks for price × quantity.
export async function updateSalesRecord(db: Db, actor: Actor, viewer: Viewer, id: string, patch: UpdateSalesInput) {
  await db.transaction(async (tx) => {
    const before = await lockRecord(tx, viewer, id);
    if (before.version !== patch.version) throw versionConflict();
    const pick = <K extends keyof typeof before & keyof UpdateSalesInput>(key: K) => (patch[key] === undefined ? before[key] : patch[key]);
    const line = checkedLine({
      quantity: pick('quantity') as number,
      isReturn: pick('isReturn') as boolean,
      unitPriceFen: pick('unitPriceFen') as number | null,
      amountFen: pick('amountFen') as number | null,
      costFen: pick('costFen') as number | null,
      paidFen: pick('paidFen') as number | null,
    });
    if (patch.productId && patch.productId !== before.productId) await assertProductUsable(tx, patch.productId);
    await assertSalesperson(tx, patch.salespersonId);
    const { version: _v, ...fields } = patch;
    const [after] = await tx
      .update(salesRecords)
      .set({ ...fields, ...line, updatedAt: new Date(), version: before.version + 1 })
      .where(eq(salesRecords.id, id))
      .returning();
    await recordAudit(tx, actor, { entityType: 'sales_record', entityId: id, accountId: before.accountId, action: 'update', ...changedFields(before, after) });
  });
  return getSalesRecord(db, viewer, id);
}

// Sales records are deleted for good (a wrong entry); the audit log keeps what was deleted.
export async function deleteSalesRecord(db: Db, actor: Actor, viewer: Viewer, id: string, version: number) {
  await db.transaction(async (tx) => {
    const before = await lockRecord(tx, viewer, id);
    if (before.version !== version) throw versionConflict();
    await tx.delete(salesRecords).where(eq(salesRecords.id, id));
    await recordAudit(tx, actor, { entityType: 'sales_record', entityId: id, accountId: before.accountId, action: 'delete', before });
  });
}
