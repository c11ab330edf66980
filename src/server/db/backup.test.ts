import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isPostgresTestRun, testDatabaseUrl } from '../config.ts';
import { openTestDatabase } from '../test/test-database.ts';
import { readJournal, schemaLevel } from './backup-catalog.ts';
import { writeBackupFile } from './backup-dump.ts';
import { BackupError, type BackupHeader } from './backup-format.ts';
import { migrateToLevel } from './backup-migrate.ts';
import { verifyBackupFile } from './backup-read.ts';
import { restoreBackup } from './backup-restore.ts';
import { openPglite, openPostgres, type Database } from './connection.ts';
import { selectRows } from './sql-helpers.ts';

// A database with no schema at all: what `kam restore` meets in a new data dir or database.
async function openEmptyDatabase(): Promise<Database> {
  if (!isPostgresTestRun()) return openPglite(undefined);
  const server = testDatabaseUrl();
  const name = `kam_restore_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString());
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: server });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kam-backup-test-'));
const opened: Database[] = [];
const open = async (empty = false) => {
  const database = empty ? await openEmptyDatabase() : await openTestDatabase();
  opened.push(database);
  return database;
};
// Each PGlite holds a few hundred MB: close a test's databases when it ends.
afterEach(async () => {
  for (const database of opened.splice(0)) await database.close();
});
afterAll(async () => {
  await source.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

// Values that a lossy format would bend: CJK, emoji, quotes, backslashes, newlines, big money,
// microseconds, arrays, nested JSON, a JSON string, NULLs.
const TRICKY_NAME = '润达 "工业"\\润滑油\n有限公司 🚀';
async function seed(database: Database) {
  const { db } = database;
  await db.execute(sql`insert into users (username, name) values ('wang', '王伟'), ('li', ${TRICKY_NAME})`);
  await db.execute(sql`
    insert into accounts (name, name_key, tags, custom_fields, registered_capital_fen, founded_on, deleted_at, created_at)
    values (${TRICKY_NAME}, 'k1', array['华南', 'a,b', 'q"uote'], ${JSON.stringify({ 级别: 'A', n: [1, 2.5, null], deep: { x: '\\' } })}::jsonb,
            9223372036854775807, '1999-12-31', null, '2026-01-02T03:04:05.123456Z'),
           ('第二客户', 'k2', '{}', '{}'::jsonb, null, null, '2026-02-01T00:00:00Z', now())`);
  await db.execute(sql`insert into app_settings (key, value) values ('greeting', '"你好"'::jsonb)`);
  await db.execute(sql`insert into audit_log (entity_type, entity_id, action, after) values ('account', 'x', 'create', '{"a":1}'), ('account', 'y', 'update', null)`);
}

let source: Database;
let file: string;
let header: BackupHeader;

beforeAll(async () => {
  source = await openTestDatabase();
  await seed(source);
  file = path.join(dir, 'source.backup.gz');
  header = (await writeBackupFile(source.db, source.kind, file)).header;
});

const copyWith = (name: string, edit: (lines: string[]) => string[]) => {
  const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
  const target = path.join(dir, name);
  fs.writeFileSync(target, zlib.gzipSync(edit(lines).join('\n')));
  return target;
};

describe('kam backup / kam restore', () => {
  it('describes itself: format, schema level, creation time, and every table with its rows and checksum', async () => {
    expect(header).toMatchObject({ format: 'openkam-backup', formatVersion: 1, schema: { level: readJournal().length } });
    expect(Date.parse(header.createdAt)).toBeGreaterThan(Date.now() - 60_000);
    const accounts = header.tables.find((t) => t.name === 'accounts');
    expect(accounts).toMatchObject({ rows: 2, checksum: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(header.tables.find((t) => t.name === 'users')?.rows).toBe(2);
    expect(header.sequences.find((s) => s.name === 'audit_log_id_seq')).toMatchObject({ value: '2', isCalled: true });
    expect((await verifyBackupFile(fs.createReadStream(file))).totalRows).toBe(header.totalRows);
  });

  it('restores into an empty database with identical rows, checksums and sequences', async () => {
    const target = await open(true);
    const report = await restoreBackup(target, fs.createReadStream(file));
    expect(report).toMatchObject({ rows: header.totalRows, wasReplaced: false, schemaLevel: readJournal().length });

    const again = path.join(dir, 'again.backup.gz');
    const restored = (await writeBackupFile(target.db, target.kind, again)).header;
    expect(restored.tables).toEqual(header.tables);
    const [account] = await selectRows<{ name: string; tags: string[]; capital: string; created: string }>(
      target.db,
      sql`select name, tags, registered_capital_fen::text as capital, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') as created from accounts where name_key = 'k1'`,
    );
    expect(account).toEqual({ name: TRICKY_NAME, tags: ['华南', 'a,b', 'q"uote'], capital: '9223372036854775807', created: '2026-01-02 03:04:05.123456' });
    // The identity sequence continues after the restored ids instead of colliding with them.
    await target.db.execute(sql`insert into audit_log (entity_type, entity_id, action) values ('account', 'z', 'create')`);
    const ids = await selectRows<{ id: string }>(target.db, sql`select id::text from audit_log order by id`);
    expect(ids.map((r) => r.id)).toEqual(['1', '2', '3']);
  });

  it('refuses a target that holds data unless forced, then replaces it', async () => {
    const target = await open();
    await target.db.execute(sql`insert into users (username, name) values ('other', '别人')`);
    await expect(restoreBackup(target, fs.createReadStream(file))).rejects.toThrow(/not empty: its tables users hold data.*--force/);
    const report = await restoreBackup(target, fs.createReadStream(file), { force: true });
    expect(report.wasReplaced).toBe(true);
    const names = await selectRows<{ username: string }>(target.db, sql`select username from users order by username`);
    expect(names.map((r) => r.username)).toEqual(['li', 'wang']);
  });

  it('refuses a backup from a newer schema before touching the target', async () => {
    const newer = copyWith('newer.backup.gz', ([first, ...rest]) => {
      const h = JSON.parse(first) as BackupHeader;
      return [JSON.stringify({ ...h, schema: { level: 999, migration: '0998_future' } }), ...rest];
    });
    const target = await open(true);
    await expect(restoreBackup(target, fs.createReadStream(newer))).rejects.toThrow(/newer OpenKAM \(schema level \d+, migration 0998_future\)/);
    expect((await schemaLevel(target.db)).level).toBe(0);
  });

  it('detects a changed row and a truncated file, and commits nothing from them', async () => {
    const changed = copyWith('changed.backup.gz', (lines) => lines.map((l) => l.replace('第二客户', '第三客户')));
    await expect(verifyBackupFile(fs.createReadStream(changed))).rejects.toThrow('the rows of accounts do not match their checksum');
    const target = await open(true);
    await expect(restoreBackup(target, fs.createReadStream(changed))).rejects.toBeInstanceOf(BackupError);
    const [{ n }] = await selectRows<{ n: number }>(target.db, sql`select count(*)::int as n from users`);
    expect(n).toBe(0);

    const truncated = copyWith('truncated.backup.gz', (lines) => lines.slice(0, -3));
    await expect(verifyBackupFile(fs.createReadStream(truncated))).rejects.toThrow(/truncated|damaged/);
  });

  it('restores a backup of an older schema and migrates it to the latest', async () => {
    const level = readJournal().length - 1;
    const old = await open(true);
    await migrateToLevel(old, level);
    await old.db.execute(sql`insert into users (username, name) values ('old', '老用户')`);
    const oldFile = path.join(dir, 'old.backup.gz');
    const oldHeader = (await writeBackupFile(old.db, old.kind, oldFile)).header;
    expect(oldHeader.schema.level).toBe(level);

    const target = await open(true);
    const report = await restoreBackup(target, fs.createReadStream(oldFile));
    expect(report.schemaLevel).toBe(readJournal().length);
    const names = await selectRows<{ username: string }>(target.db, sql`select username from users`);
    expect(names).toEqual([{ username: 'old' }]);
  });
});
