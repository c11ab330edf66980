import { and, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { hasPermission } from '../../../domain/users/permissions.ts';
import type { Viewer } from '../../../domain/users/visibility.ts';
import type { Db, Executor } from '../../db/connection.ts';
import type { Actor } from '../../auth/current-user.ts';
import { AppError } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { users } from '../users/users.schema.ts';
import { accessReason, canManage } from './account-access.ts';
import { AccountErrors } from './accounts.errors.ts';
import { accountAccessGrants, accounts } from './accounts.schema.ts';
import { countAll } from '../../db/sql-helpers.ts';

// ARC-5 借阅制度: someone outside an account asks to read its archive; the owner's manager (or the
// director) approves a time-limited read grant. Grants are read-only and expire by themselves.
export const MAX_GRANT_DAYS = 90;

const requesters = alias(users, 'requesters');
const deciders = alias(users, 'deciders');

const columns = {
  id: accountAccessGrants.id,
  accountId: accountAccessGrants.accountId,
  accountName: accounts.name,
  userId: accountAccessGrants.userId,
  userName: requesters.name,
  reason: accountAccessGrants.reason,
  status: accountAccessGrants.status,
  requestedAt: accountAccessGrants.requestedAt,
  decidedByName: deciders.name,
  decidedAt: accountAccessGrants.decidedAt,
  expiresAt: accountAccessGrants.expiresAt,
};

const selectRequests = (db: Executor) =>
  db
    .select(columns)
    .from(accountAccessGrants)
    .innerJoin(accounts, eq(accounts.id, accountAccessGrants.accountId))
    .innerJoin(requesters, eq(requesters.id, accountAccessGrants.userId))
    .leftJoin(deciders, eq(deciders.id, accountAccessGrants.decidedBy));

export async function requestAccess(db: Db, actor: Actor, viewer: Viewer, accountId: string, reason: string) {
  return db.transaction(async (tx) => {
    const [account] = await tx.select({ id: accounts.id }).from(accounts).where(and(eq(accounts.id, accountId), isNull(accounts.deletedAt)));
    if (!account) throw new AppError(AccountErrors.ACCOUNT_NOT_FOUND);
    if (await accessReason(tx, viewer, accountId)) throw new AppError(AccountErrors.ACCESS_ALREADY_GRANTED);
    const [pending] = await tx
      .select({ id: accountAccessGrants.id })
      .from(accountAccessGrants)
      .where(and(eq(accountAccessGrants.accountId, accountId), eq(accountAccessGrants.userId, viewer.id), eq(accountAccessGrants.status, 'pending')));
    if (pending) throw new AppError(AccountErrors.ACCESS_REQUEST_PENDING);
    const [created] = await tx.insert(accountAccessGrants).values({ accountId, userId: viewer.id, reason }).returning();
    await recordAudit(tx, actor, { entityType: 'access_request', entityId: created.id, accountId, action: 'create', after: { reason } });
    return (await selectRequests(tx).where(eq(accountAccessGrants.id, created.id)))[0];
  });
}

// `mine`: the requests I made; `to_decide`: those on accounts whose owner reports to me.
export async function listAccessRequests(
  db: Executor,
  viewer: Viewer,
  q: { scope: 'mine' | 'to_decide'; status?: 'pending' | 'approved' | 'rejected'; limit: number; offset: number },
) {
  const scope: SQL | undefined =
    q.scope === 'mine'
      ? eq(accountAccessGrants.userId, viewer.id)
      : hasPermission(viewer.role, 'accounts:read-all')
        ? undefined
        : viewer.subordinateIds.length > 0
          ? inArray(accounts.ownerId, [...viewer.subordinateIds])
          : sql`false`;
  const where = and(scope, q.status ? eq(accountAccessGrants.status, q.status) : undefined);
  const [items, [{ total }]] = await Promise.all([
    selectRequests(db).where(where).orderBy(desc(accountAccessGrants.requestedAt)).limit(q.limit).offset(q.offset),
    db
      .select({ total: countAll })
      .from(accountAccessGrants)
      .innerJoin(accounts, eq(accounts.id, accountAccessGrants.accountId))
      .where(where),
  ]);
  return { items, total };
}

export async function decideAccess(db: Db, actor: Actor, viewer: Viewer, id: string, decision: { approve: boolean; days: number }) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ status: accountAccessGrants.status, userId: accountAccessGrants.userId, accountId: accountAccessGrants.accountId, ownerId: accounts.ownerId })
      .from(accountAccessGrants)
      .innerJoin(accounts, eq(accounts.id, accountAccessGrants.accountId))
      .where(eq(accountAccessGrants.id, id))
      .for('update', { of: accountAccessGrants });
    // Someone who may not decide sees the same 404 as for a request that does not exist.
    if (!row || !canManage(viewer, row.ownerId)) throw new AppError(AccountErrors.ACCESS_REQUEST_NOT_FOUND);
    if (row.userId === viewer.id) throw new AppError(AccountErrors.ACCESS_SELF_APPROVAL);
    if (row.status !== 'pending') throw new AppError(AccountErrors.ACCESS_REQUEST_DECIDED);
    const status = decision.approve ? 'approved' : 'rejected';
    const expiresAt = decision.approve ? sql`now() + make_interval(days => ${decision.days})` : null;
    await tx
      .update(accountAccessGrants)
      .set({ status, decidedBy: viewer.id, decidedAt: new Date(), expiresAt, version: sql`${accountAccessGrants.version} + 1` })
      .where(eq(accountAccessGrants.id, id));
    await recordAudit(tx, actor, { entityType: 'access_request', entityId: id, accountId: row.accountId, action: 'update', before: { status: 'pending' }, after: { status, days: decision.approve ? decision.days : null } });
    return (await selectRequests(tx).where(eq(accountAccessGrants.id, id)))[0];
  });
}
