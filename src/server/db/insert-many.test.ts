import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts } from '../modules/accounts/accounts.schema.ts';
import { auditLog } from '../modules/audit/audit.schema.ts';
import { openTestDatabase } from '../test/test-database.ts';
import type { Database } from './connection.ts';
import { insertMany } from './insert-many.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe('insertMany', () => {
  it('writes every kind of column as drizzle would, and leaves absent columns to their defaults', async () => {
    const { db } = database;
    const rows = [
      { name: '甲（东莞）有限公司', nameKey: 'a', archiveNo: 'T-1', tags: ['重点', "it's"], foundedOn: '2008-11-25', registeredCapitalFen: 5_000_000_00, submittedAt: new Date('2026-01-02T03:04:05Z'), customFields: { brand: '美孚', volume: 12.5 } },
      { name: 'B "quoted" \\ back', nameKey: 'b', archiveNo: 'T-2', address: null },
    ];
    const returned = await insertMany(db, accounts, rows, sql`returning id, archive_no`);
    expect(returned.map((r) => r.archive_no)).toEqual(['T-1', 'T-2']);
    const [first] = await db.select().from(accounts).where(eq(accounts.archiveNo, 'T-1'));
    expect(first).toMatchObject({ name: '甲（东莞）有限公司', tags: ['重点', "it's"], foundedOn: '2008-11-25', registeredCapitalFen: 500_000_000, customFields: { brand: '美孚', volume: 12.5 }, version: 1, lifecycleStage: 'prospect' });
    expect(first.submittedAt?.toISOString()).toBe('2026-01-02T03:04:05.000Z');
    const [second] = await db.select().from(accounts).where(eq(accounts.archiveNo, 'T-2'));
    expect(second).toMatchObject({ name: 'B "quoted" \\ back', tags: [], customFields: {}, address: null });
  });

  it('does nothing for no rows and fails as one statement', async () => {
    expect(await insertMany(database.db, auditLog, [])).toEqual([]);
    const duplicate = [{ name: 'x', nameKey: 'x', archiveNo: 'T-3' }, { name: 'y', nameKey: 'y', archiveNo: 'T-3' }];
    await expect(insertMany(database.db, accounts, duplicate)).rejects.toThrow();
    expect(await database.db.select().from(accounts).where(eq(accounts.archiveNo, 'T-3'))).toEqual([]);
  });
});
