import { and, arrayContains, eq, getTableColumns, gte, ilike, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Viewer } from '../../../domain/users/visibility.ts';
import type { Db, Executor } from '../../db/connection.ts';
import type { Actor } from '../../auth/current-user.ts';
import { AppError, CommonErrors, versionConflict } from '../../lib/errors.ts';
import { eqIf, likePattern, orderBy } from '../../lib/pagination.ts';
import { changedFields, recordAudit } from '../audit/audit.service.ts';
import { users } from '../users/users.schema.ts';
import { builtInTime, updatedThisQuarter } from '../../../domain/accounts/completeness.ts';
import { COMPANY_TIME_ZONE, todayIn } from '../../../domain/dates.ts';
import { accountNameKey, accountSearchText } from './account-search.ts';
import { accountCapabilities, assertCanEdit, assertCanSee, canManage, visibleAccounts } from './account-access.ts';
import { mergeCustomValues, type CustomValues } from '../../../domain/accounts/custom-fields.ts';
import { getArchiveSettings } from '../settings/archive-settings.service.ts';
import { AccountErrors } from './accounts.errors.ts';
import { accounts, accountTeamMembers } from './accounts.schema.ts';
import type { CreateAccountInput, ListAccountsQuery, UpdateAccountInput } from './accounts.schemas.ts';
import { countAll, selectRows } from '../../db/sql-helpers.ts';

const owners = alias(users, 'owners');
const sponsors = alias(users, 'sponsors');
const parents = alias(accounts, 'parents');

const { searchText: _s, nameKey: _k, deletedAt: _d, customFields: _c, createdBy: _b, ...publicColumns } = getTableColumns(accounts);
const accountColumns = { ...publicColumns, ownerName: owners.name, executiveSponsorName: sponsors.name, parentName: parents.name };

const selectAccounts = (db: Executor) =>
  db
    .select(accountColumns)
    .from(accounts)
    .leftJoin(owners, eq(owners.id, accounts.ownerId))
    .leftJoin(sponsors, eq(sponsors.id, accounts.executiveSponsorId))
    .leftJoin(parents, eq(parents.id, accounts.parentId));

export type AccountView = Awaited<ReturnType<typeof getAccountRow>>;

export const DEFAULT_ACCOUNT_SORT = '-updatedAt';
export const ACCOUNT_SORTS = {
  name: accounts.name,
  archiveNo: accounts.archiveNo,
  updatedAt: accounts.updatedAt,
  createdAt: accounts.createdAt,
  lifecycleStage: accounts.lifecycleStage,
  builtOn: accounts.builtOn,
  grade: accounts.currentGrade,
  gradedAt: accounts.gradedAt,
};

function listFilters(viewer: Viewer, q: ListAccountsQuery & { ids?: string[] }): SQL | undefined {
  const search = q.q?.toLowerCase();
  return and(
    visibleAccounts(viewer),
    q.ids ? inArray(accounts.id, q.ids) : undefined,
    search ? ilike(accounts.searchText, likePattern(search)) : undefined,
    eqIf(accounts.ownerId, q.ownerId),
    q.mine ? eq(accounts.ownerId, viewer.id) : undefined,
    eqIf(accounts.lifecycleStage, q.lifecycleStage),
    eqIf(accounts.industry, q.industry),
    eqIf(accounts.region, q.region),
    eqIf(accounts.ownership, q.ownership),
    eqIf(accounts.customerType, q.customerType),
    q.tag ? arrayContains(accounts.tags, [q.tag]) : undefined,
    eqIf(accounts.parentId, q.parentId),
    q.updatedSince ? gte(accounts.updatedAt, q.updatedSince) : undefined,
    eqIf(accounts.reviewStatus, q.reviewStatus),
    q.completenessBelow ? lt(accounts.completeness, q.completenessBelow) : undefined,
    eqIf(accounts.currentGrade, q.grade),
    eqIf(accounts.currentQuadrant, q.quadrant),
    q.toReassign ? or(isNull(accounts.ownerId), sql`exists (select 1 from ${users} where ${users.id} = ${accounts.ownerId} and ${users.isDisabled})`) : undefined,
  );
}

export async function listAccounts(db: Executor, viewer: Viewer, q: ListAccountsQuery & { ids?: string[] }) {
  const where = listFilters(viewer, q);
  const [items, [{ total }]] = await Promise.all([
    selectAccounts(db)
      .where(where)
      .orderBy(...orderBy(q.sort, ACCOUNT_SORTS, DEFAULT_ACCOUNT_SORT), accounts.id)
      .limit(q.limit)
      .offset(q.offset),
    db.select({ total: countAll }).from(accounts).where(where),
  ]);
  return { items, total };
}

async function getAccountRow(db: Executor, id: string) {
  const [row] = await selectAccounts(db).where(and(eq(accounts.id, id), isNull(accounts.deletedAt)));
  if (!row) throw new AppError(AccountErrors.ACCOUNT_NOT_FOUND);
  return row;
}

export async function getAccount(db: Db, actor: Actor, viewer: Viewer, id: string) {
  const access = await assertCanSee(db, viewer, id);
  const [row, team, [{ childCount }], [{ customFields }]] = await Promise.all([
    getAccountRow(db, id),
    db
      .select({ userId: users.id, name: users.name, username: users.username, role: accountTeamMembers.role, addedAt: accountTeamMembers.addedAt })
      .from(accountTeamMembers)
      .innerJoin(users, eq(users.id, accountTeamMembers.userId))
      .where(eq(accountTeamMembers.accountId, id)),
    db.select({ childCount: countAll }).from(accounts).where(and(eq(accounts.parentId, id), isNull(accounts.deletedAt))),
    db.select({ customFields: accounts.customFields }).from(accounts).where(eq(accounts.id, id)),
  ]);
  // ARC-5: every read of an archive the reader does not own is recorded.
  if (access !== 'owner') await recordAudit(db, actor, { entityType: 'account', entityId: id, accountId: id, action: 'read', after: { access } });
  const checks = {
    builtInTime: builtInTime(row.firstContactOn, row.builtOn),
    updatedThisQuarter: updatedThisQuarter(todayIn(row.updatedAt, COMPANY_TIME_ZONE), todayIn(new Date(), COMPANY_TIME_ZONE)),
  };
  const can = accountCapabilities(viewer, access, row);
  return { ...row, team: team as { userId: string; name: string; username: string; role: 'sales'; addedAt: Date }[], childCount, customFields: customFields as CustomValues, can, access, checks };
}

async function assertParent(db: Executor, viewer: Viewer, accountId: string | null, parentId: string | null | undefined) {
  if (!parentId) return;
  const invalid = () => new AppError(AccountErrors.ACCOUNT_PARENT_INVALID, undefined, { errors: [{ path: 'parentId', message: 'invalid parent' }] });
  const [parent] = await db.select({ id: accounts.id }).from(accounts).where(and(eq(accounts.id, parentId), visibleAccounts(viewer)));
  if (!parent) throw invalid();
  if (!accountId) return;
  // No loops: walk up from the new parent.
  const chain = await selectRows<{ id: string }>(db, sql`
    with recursive up(id, parent_id) as (
      select id, parent_id from accounts where id = ${parentId}
      union
      select a.id, a.parent_id from accounts a join up on a.id = up.parent_id
    ) select id from up`);
  const ids = chain.map((r) => r.id);
  if (ids.includes(accountId)) throw invalid();
}

async function assertCreditCodeFree(db: Executor, creditCode: string | null | undefined, accountId: string | null) {
  if (!creditCode) return;
  const [other] = await db
    .select({ id: accounts.id, name: accounts.name, archiveNo: accounts.archiveNo })
    .from(accounts)
    .where(and(eq(accounts.creditCode, creditCode), isNull(accounts.deletedAt)));
  if (other && other.id !== accountId) {
    throw new AppError(AccountErrors.ACCOUNT_CREDIT_CODE_TAKEN, `Already used by ${other.name} (${other.archiveNo})`, {
      errors: [{ path: 'creditCode', message: `${other.name} (${other.archiveNo})` }],
    });
  }
}

// The custom values an account will hold: checked against the administrator's definitions.
async function checkedCustomValues(db: Executor, stored: CustomValues, incoming: CustomValues): Promise<CustomValues> {
  const { customFields: definitions } = await getArchiveSettings(db);
  const { values, errors } = mergeCustomValues(definitions, stored, incoming);
  if (errors.length > 0) throw new AppError(CommonErrors.VALIDATION_FAILED, undefined, { errors });
  return values;
}

export async function assertActiveUser(db: Executor, userId: string | null | undefined, path: string) {
  if (!userId) return;
  const [user] = await db.select({ isDisabled: users.isDisabled }).from(users).where(eq(users.id, userId));
  if (!user || user.isDisabled) throw new AppError(AccountErrors.ACCOUNT_OWNER_INVALID, undefined, { errors: [{ path, message: 'unknown or disabled user' }] });
}

export async function createAccount(db: Db, actor: Actor, viewer: Viewer, input: CreateAccountInput): Promise<AccountView> {
  const ownerId = input.ownerId ?? viewer.id;
  // Only managers (for their reports), the director and admins assign new accounts to others.
  if (ownerId !== viewer.id && !canManage(viewer, ownerId)) throw new AppError(AccountErrors.ACCOUNT_OWNER_NOT_ALLOWED);
  const id = await db.transaction(async (tx) => {
    await assertActiveUser(tx, ownerId, 'ownerId');
    await assertActiveUser(tx, input.executiveSponsorId, 'executiveSponsorId');
    await assertParent(tx, viewer, null, input.parentId);
    await assertCreditCodeFree(tx, input.creditCode, null);
    const customFields = await checkedCustomValues(tx, {}, input.customFields ?? {});
    const [created] = await tx
      .insert(accounts)
      .values({ ...input, customFields, ownerId, nameKey: accountNameKey(input.name), createdBy: actor.id })
      .returning();
    const searchText = accountSearchText(created);
    await tx.update(accounts).set({ searchText }).where(eq(accounts.id, created.id));
    await recordAudit(tx, actor, { entityType: 'account', entityId: created.id, accountId: created.id, action: 'create', after: created });
    return created.id;
  });
  return getAccountRow(db, id);
}

export async function updateAccount(db: Db, actor: Actor, viewer: Viewer, id: string, patch: UpdateAccountInput): Promise<AccountView> {
  await db.transaction(async (tx) => {
    await assertCanEdit(tx, viewer, id);
    const [before] = await tx.select().from(accounts).where(eq(accounts.id, id)).for('update');
    if (before.version !== patch.version) throw versionConflict();
    await assertActiveUser(tx, patch.executiveSponsorId, 'executiveSponsorId');
    await assertParent(tx, viewer, id, patch.parentId);
    await assertCreditCodeFree(tx, patch.creditCode, id);
    const { version: _v, customFields: incoming, ...rest } = patch;
    const fields = incoming ? { ...rest, customFields: await checkedCustomValues(tx, before.customFields as CustomValues, incoming) } : rest;
    const merged = { ...before, ...fields };
    const [after] = await tx
      .update(accounts)
      .set({
        ...fields,
        nameKey: accountNameKey(merged.name),
        searchText: accountSearchText(merged),
        updatedAt: new Date(),
        version: before.version + 1,
      })
      .where(eq(accounts.id, id))
      .returning();
    const { searchText: _a, nameKey: _b, ...diffable } = after;
    await recordAudit(tx, actor, { entityType: 'account', entityId: id, accountId: id, action: 'update', ...changedFields(before, diffable) });
  });
  return getAccountRow(db, id);
}

export async function deleteAccount(db: Db, actor: Actor, viewer: Viewer, id: string, version: number): Promise<void> {
  await db.transaction(async (tx) => {
    await assertCanSee(tx, viewer, id);
    const [before] = await tx.select().from(accounts).where(eq(accounts.id, id)).for('update');
    if (!canManage(viewer, before.ownerId)) throw new AppError(AccountErrors.ACCOUNT_DELETE_NOT_ALLOWED);
    if (before.version !== version) throw versionConflict();
    const [children] = await tx.select({ id: accounts.id }).from(accounts).where(and(eq(accounts.parentId, id), isNull(accounts.deletedAt))).limit(1);
    if (children) throw new AppError(AccountErrors.ACCOUNT_HAS_CHILDREN);
    // Soft delete: the archive is company property and its history stays.
    await tx.update(accounts).set({ deletedAt: new Date(), updatedAt: new Date(), version: before.version + 1 }).where(eq(accounts.id, id));
    await recordAudit(tx, actor, { entityType: 'account', entityId: id, accountId: id, action: 'delete', before: { name: before.name, ownerId: before.ownerId } });
  });
}

export type TeamMemberInput = { userId: string; role: string };

export async function setAccountTeam(db: Db, actor: Actor, viewer: Viewer, id: string, members: TeamMemberInput[]) {
  await db.transaction(async (tx) => {
    await assertCanEdit(tx, viewer, id);
    for (const m of members) await assertActiveUser(tx, m.userId, 'members');
    const before = await tx.select({ userId: accountTeamMembers.userId, role: accountTeamMembers.role }).from(accountTeamMembers).where(eq(accountTeamMembers.accountId, id));
    await tx.delete(accountTeamMembers).where(eq(accountTeamMembers.accountId, id));
    if (members.length > 0) {
      await tx.insert(accountTeamMembers).values(members.map((m) => ({ accountId: id, userId: m.userId, role: m.role, addedBy: actor.id })));
    }
    await recordAudit(tx, actor, { entityType: 'account_team', entityId: id, accountId: id, action: 'update', before: { members: before }, after: { members } });
  });
}

// Internal: the raw fields completeness is computed from (no visibility check: callers have one).
export async function accountFieldsFor(db: Executor, id: string): Promise<Record<string, unknown>> {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id));
  return row ?? {};
}

export async function setCompleteness(db: Executor, id: string, result: { score: number; missing: string[] }): Promise<void> {
  await db.update(accounts).set({ completeness: result.score, completenessMissing: result.missing }).where(eq(accounts.id, id));
}
