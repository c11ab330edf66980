import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { canSeeAccount, type Viewer } from '../../domain/users/visibility.ts';
import { createTestApp, FIXTURE_USERS, type TestApp } from '../test/harness.ts';
import { loadViewer, visibleAccountsWhere } from './visibility-sql.ts';

// Stand-ins for the accounts module's tables, to prove the SQL policy equals the pure one.
const accounts = pgTable('vis_accounts', { id: text('id').primaryKey(), ownerId: uuid('owner_id') });
const members = pgTable('vis_members', { accountId: text('account_id'), userId: uuid('user_id') });
const grants = pgTable('vis_grants', { accountId: text('account_id'), userId: uuid('user_id'), expiresAt: timestamp('expires_at', { withTimezone: true }) });

let t: TestApp;
const now = new Date('2026-11-23T08:00:00Z');

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  await db.execute(sql`create table vis_accounts (id text primary key, owner_id uuid)`);
  await db.execute(sql`create table vis_members (account_id text, user_id uuid)`);
  await db.execute(sql`create table vis_grants (account_id text, user_id uuid, expires_at timestamptz)`);
  const u = t.users;
  await db.insert(accounts).values([
    { id: 'own-s1a', ownerId: u.s1a.id },
    { id: 'own-s1b', ownerId: u.s1b.id },
    { id: 'own-s2', ownerId: u.s2.id },
    { id: 'own-m1', ownerId: u.m1.id },
    { id: 'unowned', ownerId: null },
    { id: 'team-s2-on-s1a', ownerId: u.s1a.id },
    { id: 'granted-b1', ownerId: u.s2.id },
    { id: 'expired-f1', ownerId: u.s2.id },
  ]);
  await db.insert(members).values({ accountId: 'team-s2-on-s1a', userId: u.s2.id });
  await db.insert(grants).values([
    { accountId: 'granted-b1', userId: u.b1.id, expiresAt: new Date('2026-12-01T00:00:00Z') },
    { accountId: 'expired-f1', userId: u.f1.id, expiresAt: new Date('2026-11-01T00:00:00Z') },
  ]);
});
afterAll(() => t.close());

const sources = {
  account: { id: accounts.id, ownerId: accounts.ownerId },
  teamMembers: { table: members, columns: { accountId: members.accountId, userId: members.userId } },
  grants: { table: grants, columns: { accountId: grants.accountId, userId: grants.userId, expiresAt: grants.expiresAt } },
};

const visibleIds = async (viewer: Viewer) =>
  (await t.database.db.select({ id: accounts.id }).from(accounts).where(visibleAccountsWhere(viewer, sources, now))).map((r) => r.id).sort();

describe('visibleAccountsWhere', () => {
  it.each(FIXTURE_USERS.filter((u) => u !== 'disabled'))('returns exactly what the pure policy allows for %s', async (name) => {
    const db = t.database.db;
    const user = t.users[name];
    const viewer = await loadViewer(db, user);
    const visible = await visibleIds(viewer);

    const all = await db.select().from(accounts);
    const memberRows = await db.select().from(members);
    const grantRows = await db.select().from(grants);
    const expected = all
      .filter((a) =>
        canSeeAccount(
          viewer,
          {
            ownerId: a.ownerId,
            teamMemberIds: memberRows.filter((m) => m.accountId === a.id).map((m) => m.userId!),
            grants: grantRows.filter((g) => g.accountId === a.id).map((g) => ({ userId: g.userId!, expiresAt: g.expiresAt! })),
          },
          now,
        ),
      )
      .map((a) => a.id)
      .sort();
    expect(visible).toEqual(expected);
  });

  it('gives concrete answers for the fixture organisation', async () => {
    const db = t.database.db;
    const visibleTo = async (name: 's1a' | 'm1' | 'b1' | 'f1') => visibleIds(await loadViewer(db, t.users[name]));
    expect((await loadViewer(db, t.users.m1)).subordinateIds.slice().sort()).toEqual([t.users.s1a.id, t.users.s1b.id].sort());
    expect(await visibleTo('m1')).toEqual(['own-m1', 'own-s1a', 'own-s1b', 'team-s2-on-s1a']);
    expect(await visibleTo('s1a')).toEqual(['own-s1a', 'team-s2-on-s1a']);
    expect(await visibleTo('b1')).toEqual(['granted-b1']);
    expect(await visibleTo('f1')).toEqual([]);
  });
});
