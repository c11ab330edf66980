import { and, asc, eq, getTableColumns, ilike, isNotNull, sql, type SQL } from 'drizzle-orm';
import { productNameKey, productSpecKey } from '../../../domain/sales/product-key.ts';
import type { CatalogueEntry } from '../../../domain/sales/product-match.ts';
import type { Db, Executor } from '../../db/connection.ts';
import type { Actor } from '../../auth/current-user.ts';
import { countAll } from '../../db/sql-helpers.ts';
import { AppError, versionConflict } from '../../lib/errors.ts';
import { eqIf, likePattern, orderBy } from '../../lib/pagination.ts';
import { searchTextOf } from '../../lib/search-text.ts';
import { changedFields, recordAudit } from '../audit/audit.service.ts';
import { ProductErrors } from './products.errors.ts';
import { products } from './products.schema.ts';
import type { ListProductsQuery, ProductInput, UpdateProductInput } from './products.schemas.ts';

// The product catalogue (MNY-2). Everybody signed in reads it; products:manage keeps it.
const { nameKey: _n, specKey: _s, searchText: _t, createdBy: _c, ...publicColumns } = getTableColumns(products);
export type ProductView = { [K in keyof typeof publicColumns]: (typeof products.$inferSelect)[K] };

const derived = (p: { name: string; spec?: string | null; code?: string | null; category?: string | null }) => ({
  nameKey: productNameKey(p.name),
  specKey: productSpecKey(p.spec),
  searchText: searchTextOf(`${p.name} ${p.spec ?? ''}`, [p.code, p.category]),
});

const SORTS = { name: products.name, category: products.category, updatedAt: products.updatedAt, standardPriceFen: products.standardPriceFen };

export async function listProducts(db: Executor, q: ListProductsQuery) {
  const search = q.q?.toLowerCase();
  const where: SQL | undefined = and(
    search ? ilike(products.searchText, likePattern(search)) : undefined,
    eqIf(products.category, q.category),
    q.isActive === undefined ? undefined : eq(products.isActive, q.isActive),
    q.isHighMargin === undefined ? undefined : eq(products.isHighMargin, q.isHighMargin),
  );
  const [items, [{ total }]] = await Promise.all([
    db.select(publicColumns).from(products).where(where).orderBy(...orderBy(q.sort, SORTS, 'name'), asc(products.spec), products.id).limit(q.limit).offset(q.offset),
    db.select({ total: countAll }).from(products).where(where),
  ]);
  return { items, total };
}

export async function getProduct(db: Executor, id: string): Promise<ProductView> {
  const [row] = await db.select(publicColumns).from(products).where(eq(products.id, id));
  if (!row) throw new AppError(ProductErrors.PRODUCT_NOT_FOUND);
  return row;
}

export async function productCategories(db: Executor) {
  const items = await db
    .select({ category: sql<string>`${products.category}`, count: countAll })
    .from(products)
    .where(isNotNull(products.category))
    .groupBy(products.category)
    .orderBy(products.category);
  return { items };
}

// One product per normalised name + specification, one per code.
async function assertUnique(db: Executor, p: { name: string; spec?: string | null; code?: string | null }, id: string | null) {
  const keys = derived(p);
  const [same] = await db.select({ id: products.id }).from(products).where(and(eq(products.nameKey, keys.nameKey), eq(products.specKey, keys.specKey)));
  if (same && same.id !== id) throw new AppError(ProductErrors.PRODUCT_NAME_SPEC_TAKEN, undefined, { errors: [{ path: 'spec', message: 'name and specification already in the catalogue' }] });
  if (!p.code) return;
  const [code] = await db.select({ id: products.id }).from(products).where(eq(products.code, p.code));
  if (code && code.id !== id) throw new AppError(ProductErrors.PRODUCT_CODE_TAKEN, undefined, { errors: [{ path: 'code', message: 'code already used' }] });
}

export async function createProduct(db: Db, actor: Actor, input: ProductInput): Promise<ProductView> {
  const id = await db.transaction(async (tx) => {
    await assertUnique(tx, input, null);
    const [created] = await tx.insert(products).values({ ...input, ...derived(input), createdBy: actor.id }).returning();
    const { searchText: _x, nameKey: _y, specKey: _z, ...logged } = created;
    await recordAudit(tx, actor, { entityType: 'product', entityId: created.id, action: 'create', after: logged });
    return created.id;
  });
  return getProduct(db, id);
}

export async function updateProduct(db: Db, actor: Actor, id: string, patch: UpdateProductInput): Promise<ProductView> {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(products).where(eq(products.id, id)).for('update');
    if (!before) throw new AppError(ProductErrors.PRODUCT_NOT_FOUND);
    if (before.version !== patch.version) throw versionConflict();
    const { version: _v, ...fields } = patch;
    const merged = { ...before, ...fields };
    await assertUnique(tx, merged, id);
    const [after] = await tx
      .update(products)
      .set({ ...fields, ...derived(merged), updatedAt: new Date(), version: before.version + 1 })
      .where(eq(products.id, id))
      .returning();
    const { searchText: _a, nameKey: _b, specKey: _c, ...diffable } = after;
    await recordAudit(tx, actor, { entityType: 'product', entityId: id, action: 'update', ...changedFields(before, diffable) });
  });
  return getProduct(db, id);
}

// Deactivated products stay on the sales recorded with them; new sales cannot use them.
export const deactivateProduct = (db: Db, actor: Actor, id: string, version: number) => updateProduct(db, actor, id, { version, isActive: false });

export async function assertProductUsable(db: Executor, id: string): Promise<void> {
  const [row] = await db.select({ isActive: products.isActive }).from(products).where(eq(products.id, id));
  if (!row) throw new AppError(ProductErrors.PRODUCT_NOT_FOUND, undefined, { errors: [{ path: 'productId', message: 'no such product' }] });
  if (!row.isActive) throw new AppError(ProductErrors.PRODUCT_INACTIVE, undefined, { errors: [{ path: 'productId', message: 'deactivated' }] });
}

// For imports: the whole active catalogue (hundreds or a few thousand rows), matched in memory.
export async function activeCatalogue(db: Executor): Promise<CatalogueEntry[]> {
  return db.select({ id: products.id, code: products.code, name: products.name, spec: products.spec }).from(products).where(eq(products.isActive, true));
}
