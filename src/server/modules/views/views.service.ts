import { and, asc, eq, or } from 'drizzle-orm';
import type { Db, Executor } from '../../db/connection.ts';
import type { Actor, CurrentUser } from '../../auth/current-user.ts';
import { AppError, versionConflict } from '../../lib/errors.ts';
import { ViewErrors } from './views.errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { users } from '../users/users.schema.ts';
import { savedViews } from './views.schema.ts';


export type ViewInput = { resource: string; name: string; state: Record<string, unknown>; isShared: boolean };

const columns = {
  id: savedViews.id,
  resource: savedViews.resource,
  name: savedViews.name,
  state: savedViews.state,
  isShared: savedViews.isShared,
  userId: savedViews.userId,
  ownerName: users.name,
  updatedAt: savedViews.updatedAt,
  version: savedViews.version,
};

export async function listViews(db: Executor, user: CurrentUser, resource: string) {
  const items = await db
    .select(columns)
    .from(savedViews)
    .innerJoin(users, eq(users.id, savedViews.userId))
    .where(and(eq(savedViews.resource, resource), or(eq(savedViews.userId, user.id), eq(savedViews.isShared, true))))
    .orderBy(asc(savedViews.name));
  return { items: items as (typeof items[number] & { state: Record<string, unknown> })[], total: items.length };
}

async function getView(db: Executor, user: CurrentUser, id: string) {
  const [row] = await db.select(columns).from(savedViews).innerJoin(users, eq(users.id, savedViews.userId)).where(eq(savedViews.id, id));
  if (!row || (row.userId !== user.id && !row.isShared)) throw new AppError(ViewErrors.VIEW_NOT_FOUND);
  return row as typeof row & { state: Record<string, unknown> };
}

export async function createView(db: Db, actor: Actor, user: CurrentUser, input: ViewInput) {
  const [created] = await db.insert(savedViews).values({ ...input, userId: user.id }).returning({ id: savedViews.id });
  await recordAudit(db, actor, { entityType: 'saved_view', entityId: created.id, action: 'create', after: input });
  return getView(db, user, created.id);
}

const assertMine = (user: CurrentUser, view: { userId: string }) => {
  if (view.userId !== user.id && user.role !== 'admin') throw new AppError(ViewErrors.VIEW_NOT_YOURS);
};

export async function updateView(db: Db, actor: Actor, user: CurrentUser, id: string, patch: Partial<ViewInput> & { version: number }) {
  const view = await getView(db, user, id);
  assertMine(user, view);
  if (view.version !== patch.version) throw versionConflict();
  const { version, ...fields } = patch;
  const updated = await db
    .update(savedViews)
    .set({ ...fields, updatedAt: new Date(), version: version + 1 })
    .where(and(eq(savedViews.id, id), eq(savedViews.version, version)))
    .returning({ id: savedViews.id });
  if (updated.length === 0) throw versionConflict();
  await recordAudit(db, actor, { entityType: 'saved_view', entityId: id, action: 'update', after: fields });
  return getView(db, user, id);
}

export async function deleteView(db: Db, actor: Actor, user: CurrentUser, id: string) {
  const view = await getView(db, user, id);
  assertMine(user, view);
  await db.delete(savedViews).where(eq(savedViews.id, id));
  await recordAudit(db, actor, { entityType: 'saved_view', entityId: id, action: 'delete', before: { name: view.name } });
}
