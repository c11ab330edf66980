import { and, eq, getTableColumns, ilike, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { coverageGaps, type CoverageGap } from '../../../domain/contacts/coverage.ts';
import type { Attitude, BuyingRole } from '../../../domain/contacts/lists.ts';
import type { Viewer } from '../../../domain/users/visibility.ts';
import type { Db, Executor } from '../../db/connection.ts';
import type { Actor } from '../../auth/current-user.ts';
import { AppError, versionConflict } from '../../lib/errors.ts';
import { eqIf, likePattern, orderBy } from '../../lib/pagination.ts';
import { searchTextOf } from '../../lib/search-text.ts';
import { changedFields, recordAudit } from '../audit/audit.service.ts';
import { assertCanEdit, assertCanSee, visibleAccounts } from '../accounts/account-access.ts';
import { accounts } from '../accounts/accounts.schema.ts';
import { users } from '../users/users.schema.ts';
import { ContactErrors } from './contacts.errors.ts';
import { contactRelationships, contacts } from './contacts.schema.ts';
import type { ContactInput, ListContactsQuery, UpdateContactInput } from './contacts.schemas.ts';
import { countAll, selectRows } from '../../db/sql-helpers.ts';

const { searchText: _s, deletedAt: _d, createdBy: _c, ...publicColumns } = getTableColumns(contacts);
const contactSearchText = (c: { name: string; mobile?: string | null; phone?: string | null; email?: string | null }) =>
  searchTextOf(c.name, [c.mobile, c.phone, c.email]);

// Contacts are read through their account's visibility; this join applies it.
const selectContacts = (db: Executor, viewer: Viewer) =>
  db
    .select({ ...publicColumns, accountName: accounts.name })
    .from(contacts)
    .innerJoin(accounts, and(eq(accounts.id, contacts.accountId), visibleAccounts(viewer)));

// Our people who know each contact, for a page of contacts in one query (no N+1).
async function withRelationships<T extends { id: string }>(db: Executor, rows: T[]) {
  if (rows.length === 0) return [];
  const links = await db
    .select({ contactId: contactRelationships.contactId, userId: users.id, name: users.name, strength: contactRelationships.strength, note: contactRelationships.note })
    .from(contactRelationships)
    .innerJoin(users, eq(users.id, contactRelationships.userId))
    .where(inArray(contactRelationships.contactId, rows.map((r) => r.id)));
  return rows.map((row) => ({ ...row, relationships: links.filter((l) => l.contactId === row.id).map(({ contactId: _c, ...l }) => l) }));
}

const SORTS = { name: contacts.name, updatedAt: contacts.updatedAt, influence: contacts.influence, accountName: accounts.name };

export async function listContacts(db: Executor, viewer: Viewer, q: ListContactsQuery) {
  const search = q.q?.toLowerCase();
  const where: SQL | undefined = and(
    isNull(contacts.deletedAt),
    eqIf(contacts.accountId, q.accountId),
    search ? ilike(contacts.searchText, likePattern(search)) : undefined,
    eqIf(contacts.buyingRole, q.buyingRole),
    eqIf(contacts.attitude, q.attitude),
    q.includeLeft ? undefined : eq(contacts.isLeft, false),
  );
  const [rows, [{ total }]] = await Promise.all([
    selectContacts(db, viewer)
      .where(where)
      .orderBy(...orderBy(q.sort, SORTS, 'name'), contacts.id)
      .limit(q.limit)
      .offset(q.offset),
    db
      .select({ total: countAll })
      .from(contacts)
      .innerJoin(accounts, and(eq(accounts.id, contacts.accountId), visibleAccounts(viewer)))
      .where(where),
  ]);
  return { items: await withRelationships(db, rows), total };
}

export async function getContact(db: Executor, viewer: Viewer, id: string) {
  const [row] = await selectContacts(db, viewer).where(and(eq(contacts.id, id), isNull(contacts.deletedAt)));
  if (!row) throw new AppError(ContactErrors.CONTACT_NOT_FOUND);
  return (await withRelationships(db, [row]))[0];
}

export async function accountCoverage(db: Executor, viewer: Viewer, accountId: string): Promise<CoverageGap[]> {
  await assertCanSee(db, viewer, accountId);
  const rows = await db
    .select({ isLeft: contacts.isLeft, buyingRole: contacts.buyingRole, attitude: contacts.attitude })
    .from(contacts)
    .where(and(eq(contacts.accountId, accountId), isNull(contacts.deletedAt)));
  return coverageGaps(rows.map((r) => ({ ...r, buyingRole: r.buyingRole as BuyingRole | null, attitude: r.attitude as Attitude | null })));
}

// reports-to and successor must be other contacts of the same account; reports-to may not loop.
async function assertLinks(db: Executor, accountId: string, contactId: string | null, input: { reportsToId?: string | null; successorId?: string | null }) {
  const sameAccount = async (id: string) =>
    (await db.select({ id: contacts.id }).from(contacts).where(and(eq(contacts.id, id), eq(contacts.accountId, accountId), isNull(contacts.deletedAt)))).length === 1;
  if (input.successorId && (input.successorId === contactId || !(await sameAccount(input.successorId)))) {
    throw new AppError(ContactErrors.CONTACT_SUCCESSOR_INVALID, undefined, { errors: [{ path: 'successorId', message: 'invalid successor' }] });
  }
  if (!input.reportsToId) return;
  const invalid = new AppError(ContactErrors.CONTACT_REPORTS_TO_INVALID, undefined, { errors: [{ path: 'reportsToId', message: 'invalid manager' }] });
  if (!(await sameAccount(input.reportsToId))) throw invalid;
  if (!contactId) return;
  const chain = await selectRows<{ id: string }>(db, sql`
    with recursive up(id, reports_to_id) as (
      select id, reports_to_id from contacts where id = ${input.reportsToId}
      union
      select c.id, c.reports_to_id from contacts c join up on c.id = up.reports_to_id
    ) select id from up`);
  const ids = chain.map((r) => r.id);
  if (ids.includes(contactId)) throw invalid;
}

export async function createContact(db: Db, actor: Actor, viewer: Viewer, accountId: string, input: ContactInput) {
  const id = await db.transaction(async (tx) => {
    await assertCanEdit(tx, viewer, accountId);
    await assertLinks(tx, accountId, null, input);
    const [created] = await tx
      .insert(contacts)
      .values({ ...input, accountId, searchText: contactSearchText(input), createdBy: actor.id })
      .returning();
    await recordAudit(tx, actor, { entityType: 'contact', entityId: created.id, accountId, action: 'create', after: created });
    return created.id;
  });
  return getContact(db, viewer, id);
}

async function lockContact(tx: Executor, viewer: Viewer, id: string) {
  const [before] = await tx.select().from(contacts).where(and(eq(contacts.id, id), isNull(contacts.deletedAt))).for('update');
  if (!before) throw new AppError(ContactErrors.CONTACT_NOT_FOUND);
  // Not visible → the same 404 as a missing contact.
  await assertCanSee(tx, viewer, before.accountId).catch(() => {
    throw new AppError(ContactErrors.CONTACT_NOT_FOUND);
  });
  await assertCanEdit(tx, viewer, before.accountId);
  return before;
}

export async function updateContact(db: Db, actor: Actor, viewer: Viewer, id: string, patch: UpdateContactInput) {
  await db.transaction(async (tx) => {
    const before = await lockContact(tx, viewer, id);
    if (before.version !== patch.version) throw versionConflict();
    await assertLinks(tx, before.accountId, id, patch);
    const { version: _v, ...fields } = patch;
    const leaving = patch.isLeft === true && !before.isLeft;
    const [after] = await tx
      .update(contacts)
      .set({
        ...fields,
        ...(leaving && !patch.leftOn ? { leftOn: sql`(now() at time zone 'Asia/Shanghai')::date` } : {}),
        searchText: contactSearchText({ ...before, ...fields }),
        updatedAt: new Date(),
        version: before.version + 1,
      })
      .where(eq(contacts.id, id))
      .returning();
    const { searchText: _a, ...diffable } = after;
    await recordAudit(tx, actor, { entityType: 'contact', entityId: id, accountId: before.accountId, action: 'update', ...changedFields(before, diffable) });
  });
  return getContact(db, viewer, id);
}

export async function deleteContact(db: Db, actor: Actor, viewer: Viewer, id: string, version: number) {
  return db.transaction(async (tx) => {
    const before = await lockContact(tx, viewer, id);
    if (before.version !== version) throw versionConflict();
    await tx.update(contacts).set({ deletedAt: new Date(), version: before.version + 1 }).where(eq(contacts.id, id));
    // Their reports now report to nobody rather than to a deleted contact.
    await tx.update(contacts).set({ reportsToId: null }).where(eq(contacts.reportsToId, id));
    await recordAudit(tx, actor, { entityType: 'contact', entityId: id, accountId: before.accountId, action: 'delete', before: { name: before.name } });
    return { accountId: before.accountId };
  });
}

export async function setRelationships(db: Db, actor: Actor, viewer: Viewer, id: string, links: { userId: string; strength: number; note?: string | null }[]) {
  await db.transaction(async (tx) => {
    const before = await lockContact(tx, viewer, id);
    const userIds = [...new Set(links.map((l) => l.userId))];
    const known = userIds.length ? await tx.select({ id: users.id }).from(users).where(inArray(users.id, userIds)) : [];
    if (known.length !== userIds.length) {
      throw new AppError(ContactErrors.CONTACT_LINK_USER_INVALID, undefined, { errors: [{ path: 'links', message: 'unknown user' }] });
    }
    await tx.delete(contactRelationships).where(eq(contactRelationships.contactId, id));
    if (links.length) {
      await tx.insert(contactRelationships).values(links.map((l) => ({ contactId: id, userId: l.userId, accountId: before.accountId, strength: l.strength, note: l.note ?? null })));
    }
    await recordAudit(tx, actor, { entityType: 'contact_relationships', entityId: id, accountId: before.accountId, action: 'update', after: { links } });
  });
  return getContact(db, viewer, id);
}

// What archive completeness needs to know about an account's contacts (ARC-4).
const NO_CONTACTS = { activeContacts: 0, hasDecisionMaker: false, hasOrgChart: false };

// The same facts for many accounts in one query (recomputing every archive's completeness).
export async function contactFactsOf(db: Executor, accountIds: readonly string[]) {
  if (accountIds.length === 0) return () => NO_CONTACTS;
  const rows = await db
    .select({
      accountId: contacts.accountId,
      activeContacts: sql<number>`count(*) filter (where not ${contacts.isLeft})::int`,
      hasDecisionMaker: sql<boolean>`coalesce(bool_or(not ${contacts.isLeft} and ${contacts.buyingRole} in ('decision_maker', 'economic_buyer')), false)`,
      hasOrgChart: sql<boolean>`coalesce(bool_or(${contacts.reportsToId} is not null), false)`,
    })
    .from(contacts)
    .where(and(inArray(contacts.accountId, [...accountIds]), isNull(contacts.deletedAt)))
    .groupBy(contacts.accountId);
  const byAccount = new Map(rows.map(({ accountId, ...facts }) => [accountId, facts]));
  return (accountId: string) => byAccount.get(accountId) ?? NO_CONTACTS;
}

export async function contactFacts(db: Executor, accountId: string) {
  return (await contactFactsOf(db, [accountId]))(accountId);
}
