import { sql, type SQL } from 'drizzle-orm';
import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Executor } from './connection.ts';

// Rows of a raw `db.execute(sql…)`: PGlite's driver answers { rows }, node-postgres the same
// shape through drizzle, some versions a bare array. One place knows.
export async function selectRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

export const countAll = sql<number>`count(*)::int`;

// The columns every mutable record carries (ARCHITECTURE: data conventions).
export const recordColumns = () => ({
  createdAt: timestamp('created_at', { withTimezone: true }).defaultNow().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).defaultNow().notNull(),
  createdBy: uuid('created_by'),
  version: integer('version').notNull().default(1),
});
