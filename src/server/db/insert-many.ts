import { getTableColumns, is, SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './connection.ts';
import { selectRows } from './sql-helpers.ts';

// Inserts many rows as ONE JSON parameter unpacked by the database (json_to_recordset): for
// imports and generated data, drizzle's per-value parameter building costs more than the insert
// itself (~180 µs a row for a 50-column table). As with drizzle, a value left undefined takes the
// column's default and null stays null. Values travel as JSON (dates as ISO strings), so only
// plain column types belong here, not custom drizzle types that map values in JavaScript.
export async function insertMany<T extends PgTable>(
  db: Executor,
  table: T,
  rows: readonly T['$inferInsert'][],
  returning: SQL = sql``,
): Promise<Record<string, unknown>[]> {
  if (rows.length === 0) return [];
  const records = rows as readonly Record<string, unknown>[];
  const columns = Object.entries(getTableColumns(table) as Record<string, PgColumn>).filter(([key]) => records.some((row) => row[key] !== undefined));
  const documents = records.map((row) => Object.fromEntries(columns.map(([key, column]) => [column.name, valueOrJsDefault(column, row[key])])));
  const names = sql.raw(columns.map(([, column]) => `"${column.name}"`).join(', '));
  const shape = sql.raw(columns.map(([, column]) => `"${column.name}" ${column.getSQLType()}`).join(', '));
  const values = sql.join(
    columns.map(([key, column]) => selectExpression(column, records.some((row) => row[key] === undefined))),
    sql`, `,
  );
  return selectRows<Record<string, unknown>>(db, sql`insert into ${table} (${names}) select ${values} from json_to_recordset(${JSON.stringify(documents)}::json) as x(${shape}) ${returning}`);
}

// Defaults drizzle computes in JavaScript ($defaultFn, literal defaults) are filled in here.
function valueOrJsDefault(column: PgColumn, value: unknown): unknown {
  if (value !== undefined) return value;
  if (column.defaultFn) return column.defaultFn();
  if (column.default !== undefined && !is(column.default, SQL)) return column.default;
  return null;
}

// A database-side default (now(), gen_random_uuid(), '{}') for rows that left the value out: only
// where null is impossible anyway, so that an explicit null is never replaced.
function selectExpression(column: PgColumn, isSometimesMissing: boolean): SQL {
  const value = sql.raw(`x."${column.name}"`);
  if (!isSometimesMissing || !is(column.default, SQL)) return value;
  if (!column.notNull) throw new Error(`insertMany: give every row a value for ${column.name} (nullable with a database default)`);
  return sql`coalesce(${value}, ${column.default})`;
}
