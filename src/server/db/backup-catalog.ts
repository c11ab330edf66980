import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Executor } from './connection.ts';
import { migrationsFolder } from './migrate.ts';
import { qualified, TableChecksum, PORTABLE_OUTPUT_SETTINGS, type BackupSequence } from './backup-format.ts';
import { selectRows } from './sql-helpers.ts';

// What a backup reads from the catalog: every table of the schema the migrations manage (public),
// found at run time so that a module's new table is backed up without touching this code.

export type CatalogTable = { name: string; columns: string[]; generated: string[] };
export type JournalEntry = { idx: number; when: number; tag: string };

export async function listTables(db: Executor): Promise<CatalogTable[]> {
  const rows = await selectRows<{ name: string; columns: string[]; generated: string[] | null }>(
    db,
    sql.raw(`
      select c.relname as name,
        array(select a.attname::text from pg_attribute a
              where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped order by a.attnum) as columns,
        array(select a.attname::text from pg_attribute a
              where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated <> '' order by a.attnum) as generated
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
      order by c.relname collate "C"`),
  );
  return rows.map((r) => ({ name: r.name, columns: r.columns, generated: r.generated ?? [] }));
}

export async function listSequences(db: Executor): Promise<BackupSequence[]> {
  const names = await selectRows<{ name: string }>(
    db,
    sql.raw(`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where n.nspname = 'public' and c.relkind = 'S' order by c.relname collate "C"`),
  );
  const sequences: BackupSequence[] = [];
  for (const { name } of names) {
    const [row] = await selectRows<{ value: string; is_called: boolean }>(db, sql.raw(`select last_value::text as value, is_called from ${qualified(name)}`));
    sequences.push({ name, value: row.value, isCalled: row.is_called });
  }
  return sequences;
}

export function readJournal(folder = migrationsFolder): JournalEntry[] {
  const journal = JSON.parse(fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as { entries: JournalEntry[] };
  return journal.entries;
}

// The migration level of a database: how many of the journal's migrations it has applied.
// drizzle records each applied migration with the journal's `when` as created_at.
export async function schemaLevel(db: Executor): Promise<{ level: number; migration: string | null }> {
  const [exists] = await selectRows<{ ok: boolean }>(db, sql.raw(`select to_regclass('drizzle.__drizzle_migrations') is not null as ok`));
  if (!exists.ok) return { level: 0, migration: null };
  const applied = await selectRows<{ when: string }>(db, sql.raw('select created_at::text as "when" from drizzle.__drizzle_migrations order by created_at'));
  const journal = readJournal();
  const last = applied.at(-1);
  const known = last ? journal.find((e) => String(e.when) === last.when) : undefined;
  return { level: applied.length, migration: known?.tag ?? (last ? `unknown (${last.when})` : null) };
}

export async function hasAnyRows(db: Executor, tables: CatalogTable[]): Promise<string[]> {
  const nonEmpty: string[] = [];
  for (const table of tables) {
    const [row] = await selectRows<{ ok: boolean }>(db, sql.raw(`select exists (select 1 from ${qualified(table.name)}) as ok`));
    if (row.ok) nonEmpty.push(table.name);
  }
  return nonEmpty;
}

const CURSOR = 'kam_backup_rows';
const FETCH_ROWS = 2000;

// Each row of a table as row_to_json text, in batches through a cursor (inside the caller's
// transaction, with the portable output settings applied).
export async function* tableRows(db: Executor, table: string): AsyncGenerator<string[]> {
  await db.execute(sql.raw(`declare ${CURSOR} no scroll cursor for select row_to_json(t)::text as j from ${qualified(table)} t`));
  // After a failed statement the transaction is aborted and its rollback drops the cursor.
  let hasFailed = false;
  try {
    for (;;) {
      const rows = await selectRows<{ j: string }>(db, sql.raw(`fetch forward ${FETCH_ROWS} from ${CURSOR}`));
      if (rows.length > 0) yield rows.map((r) => r.j);
      if (rows.length < FETCH_ROWS) break;
    }
  } catch (error) {
    hasFailed = true;
    throw error;
  } finally {
    if (!hasFailed) await db.execute(sql.raw(`close ${CURSOR}`));
  }
}

export async function applyPortableOutput(db: Executor): Promise<void> {
  for (const statement of PORTABLE_OUTPUT_SETTINGS) await db.execute(sql.raw(statement));
}

// Row count and checksum of every table as the database holds it now (inside a transaction).
export async function tableChecksums(db: Executor, tables: CatalogTable[]): Promise<Map<string, { rows: number; checksum: string }>> {
  await applyPortableOutput(db);
  const result = new Map<string, { rows: number; checksum: string }>();
  for (const table of tables) {
    const checksum = new TableChecksum();
    for await (const batch of tableRows(db, table.name)) for (const row of batch) checksum.add(row);
    result.set(table.name, { rows: checksum.rows, checksum: checksum.value });
  }
  return result;
}
