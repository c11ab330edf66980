import type { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { Database, Executor } from './connection.ts';
import { hasAnyRows, listTables, readJournal, schemaLevel, tableChecksums, type CatalogTable } from './backup-catalog.ts';
import { BackupError, qualified, quoteIdent, type BackupHeader } from './backup-format.ts';
import { migrateToLevel } from './backup-migrate.ts';
import { openBackup, readBackupData } from './backup-read.ts';
import { runMigrations } from './migrate.ts';
import { selectRows } from './sql-helpers.ts';

export type RestoreOptions = { force?: boolean; log?: (message: string) => void };
export type RestoreReport = {
  header: BackupHeader;
  tables: number;
  rows: number;
  wasReplaced: boolean;
  schemaLevel: number;
  durationMs: number;
};

// The backup must come from this OpenKAM's migration history, at or below its level.
export function checkSchemaCompatible(header: BackupHeader): void {
  const journal = readJournal();
  const { level, migration } = header.schema;
  if (level > journal.length) {
    throw new BackupError(
      `The backup comes from a newer OpenKAM (schema level ${level}, migration ${String(migration)}); this one knows ${journal.length} migrations. Upgrade OpenKAM, then restore.`,
    );
  }
  if (level > 0 && journal[level - 1].tag !== migration) {
    throw new BackupError(`The backup's schema (migration ${String(migration)}) is not part of this OpenKAM's migration history.`);
  }
}

// Empty means: no table holds a row, and the schema is not ahead of the backup's.
async function prepareTarget(database: Database, header: BackupHeader, options: RestoreOptions): Promise<boolean> {
  const { db } = database;
  const tables = await listTables(db);
  const nonEmpty = await hasAnyRows(db, tables);
  const { level } = await schemaLevel(db);
  const isAhead = level > header.schema.level || (level === 0 && tables.length > 0);
  if (nonEmpty.length === 0 && !isAhead) return false;
  if (!options.force) {
    const why = nonEmpty.length > 0 ? `its tables ${nonEmpty.slice(0, 5).join(', ')}${nonEmpty.length > 5 ? ' …' : ''} hold data` : `its schema (level ${level}) is newer than the backup's (level ${header.schema.level})`;
    throw new BackupError(`The target database is not empty: ${why}. Restore into a new data directory or database, or pass --force to replace everything in it.`);
  }
  options.log?.(`Replacing the target's contents (${nonEmpty.length} tables with data, schema level ${level}).`);
  await db.execute(sql.raw('drop schema if exists drizzle cascade'));
  await db.execute(sql.raw('drop schema if exists public cascade'));
  await db.execute(sql.raw('create schema public'));
  return true;
}

type ForeignKey = { table: string; name: string; definition: string };

async function foreignKeys(tx: Executor): Promise<ForeignKey[]> {
  return selectRows<ForeignKey>(
    tx,
    sql.raw(`select cl.relname as "table", co.conname as name, pg_get_constraintdef(co.oid) as definition
             from pg_constraint co join pg_class cl on cl.oid = co.conrelid join pg_namespace n on n.oid = cl.relnamespace
             where co.contype = 'f' and n.nspname = 'public' order by cl.relname collate "C", co.conname collate "C"`),
  );
}

function checkTablesMatch(header: BackupHeader, tables: CatalogTable[]): void {
  const byName = new Map(tables.map((t) => [t.name, t]));
  for (const table of header.tables) {
    const target = byName.get(table.name);
    if (!target) throw new BackupError(`The target has no table ${table.name} at schema level ${header.schema.level}.`);
    if (target.columns.join(',') !== table.columns.join(',')) {
      throw new BackupError(`The columns of ${table.name} differ between the backup and the target at schema level ${header.schema.level}.`);
    }
  }
  const extra = tables.filter((t) => !header.tables.some((h) => h.name === t.name));
  if (extra.length > 0) throw new BackupError(`The target has tables the backup does not know: ${extra.map((t) => t.name).join(', ')}.`);
}

async function insertRows(tx: Executor, table: CatalogTable, rows: string[]): Promise<void> {
  const columns = table.columns.filter((c) => !table.generated.includes(c)).map(quoteIdent).join(', ');
  await tx.execute(
    sql`${sql.raw(`insert into ${qualified(table.name)} (${columns}) overriding system value select ${columns} from json_populate_recordset(null::${qualified(table.name)}, `)}${`[${rows.join(',')}]`}${sql.raw('::json)')}`,
  );
}

// One transaction: foreign keys and user triggers off, every row in, sequences set, the tables'
// checksums compared with the header, keys and triggers back on (re-adding a key checks every row).
async function loadRows(database: Database, opened: Awaited<ReturnType<typeof openBackup>>): Promise<void> {
  const { header } = opened;
  await database.db.transaction(async (tx) => {
    const tables = await listTables(tx);
    checkTablesMatch(header, tables);
    const byName = new Map(tables.map((t) => [t.name, t]));
    const keys = await foreignKeys(tx);
    for (const key of keys) await tx.execute(sql.raw(`alter table ${qualified(key.table)} drop constraint ${quoteIdent(key.name)}`));
    for (const table of tables) await tx.execute(sql.raw(`alter table ${qualified(table.name)} disable trigger user`));

    await readBackupData(opened, (table, rows) => insertRows(tx, byName.get(table.name)!, rows));
    for (const sequence of header.sequences) {
      await tx.execute(sql`select setval(${`"public".${quoteIdent(sequence.name)}`}::regclass, ${sequence.value}::bigint, ${sequence.isCalled})`);
    }

    const restored = await tableChecksums(tx, tables);
    for (const table of header.tables) {
      const got = restored.get(table.name);
      if (got?.rows !== table.rows || got.checksum !== table.checksum) {
        throw new BackupError(`Verification failed: ${table.name} holds ${got?.rows ?? 0} rows after the restore, the backup ${table.rows}, or their checksums differ. Nothing was restored.`);
      }
    }

    for (const table of tables) await tx.execute(sql.raw(`alter table ${qualified(table.name)} enable trigger user`));
    for (const key of keys) await tx.execute(sql.raw(`alter table ${qualified(key.table)} add constraint ${quoteIdent(key.name)} ${key.definition}`));
  });
}

// Restores a backup into `database`, which must be opened without migrations (the restore decides
// the schema level). Refuses a newer schema and a non-empty target (unless force).
export async function restoreBackup(database: Database, input: Readable, options: RestoreOptions = {}): Promise<RestoreReport> {
  const started = performance.now();
  const opened = await openBackup(input);
  const { header } = opened;
  checkSchemaCompatible(header);
  const wasReplaced = await prepareTarget(database, header, options);
  await migrateToLevel(database, header.schema.level);
  await loadRows(database, opened);
  options.log?.(`Restored and verified ${header.tables.length} tables, ${header.totalRows} rows.`);
  await runMigrations(database);
  const { level } = await schemaLevel(database.db);
  return {
    header,
    tables: header.tables.length,
    rows: header.totalRows,
    wasReplaced,
    schemaLevel: level,
    durationMs: Math.round(performance.now() - started),
  };
}
