import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableChecksums, listTables } from '../../../src/server/db/backup-catalog.ts';
import type { BackupHeader } from '../../../src/server/db/backup-format.ts';
import { openBackup, readBackupData } from '../../../src/server/db/backup-read.ts';
import { ApiClient, createApiToken } from './api.ts';
import { kam, kamOk, killAllChildren, startServer, type Server } from './processes.ts';
import { report, sleep } from './report.ts';
import { createTarget, gateSeed, MODES, seededRandom, tempRoot, type Mode, type Target } from './targets.ts';
import { WriteStorm, type Write } from './write-storm.ts';

// T10 backup/restore: `kam backup` while a write storm runs against a real server, then
// `kam restore` into fresh databases of both kinds; every table of each restored database must
// have the row count and checksum the backup's header records, and the backup must be one
// consistent snapshot of what the server had acknowledged.
const SEED = gateSeed();
const DEMO_PASSWORD = 'demo1234';

type Snapshot = {
  header: BackupHeader;
  accounts: Map<string, { name: string; address: string | null }>;
  contacts: Set<string>;
  auditedCreates: { account: Set<string>; contact: Set<string> };
};

// Reads the backup file the way `kam restore` does (checking it against its header) and keeps
// what the consistency checks need.
async function readSnapshot(file: string): Promise<Snapshot> {
  const opened = await openBackup(fs.createReadStream(file));
  const snapshot: Snapshot = { header: opened.header, accounts: new Map(), contacts: new Set(), auditedCreates: { account: new Set(), contact: new Set() } };
  await readBackupData(opened, async (table, rows) => {
    if (table.name === 'accounts') {
      for (const row of rows.map((r) => JSON.parse(r) as { id: string; name: string; address: string | null })) snapshot.accounts.set(row.id, row);
    } else if (table.name === 'contacts') {
      for (const row of rows) snapshot.contacts.add((JSON.parse(row) as { id: string }).id);
    } else if (table.name === 'audit_log') {
      for (const row of rows.map((r) => JSON.parse(r) as { entity_type: string; entity_id: string; action: string })) {
        if (row.action === 'create' && (row.entity_type === 'account' || row.entity_type === 'contact')) snapshot.auditedCreates[row.entity_type].add(row.entity_id);
      }
    }
  });
  return snapshot;
}

// What the snapshot must hold: everything acknowledged before the backup started; nothing sent
// after it ended; an import all or nothing; and its tables agree with each other (a write's row
// and its audit row are both in, or both out).
function checkSnapshot(s: Snapshot, storm: WriteStorm, backupStart: number, backupEnd: number): string[] {
  const problems: string[] = [];
  const importRows = (tag: string) => [...s.accounts.values()].filter((a) => a.name.startsWith(`${tag}-`)).length;
  const before = (w: Write) => w.ackedAt! < backupStart;
  const after = (w: Write) => w.sentAt > backupEnd;
  for (const w of storm.acked) {
    if (w.kind === 'account' || w.kind === 'contact') {
      const isIn = w.kind === 'account' ? s.accounts.has(w.id!) : s.contacts.has(w.id!);
      if (before(w) && !isIn) problems.push(`${w.kind} ${w.id} acknowledged before the backup is missing`);
      if (after(w) && isIn) problems.push(`${w.kind} ${w.id} sent after the backup is in it`);
    } else if (w.kind === 'import') {
      const count = importRows(w.tag!);
      if (count !== 0 && count !== w.rows) problems.push(`import ${w.tag}: ${count} of ${w.rows} rows`);
      if (before(w) && count !== w.rows) problems.push(`import ${w.tag} acknowledged before the backup is missing`);
      if (after(w) && count !== 0) problems.push(`import ${w.tag} sent after the backup is in it`);
    }
  }
  // The last address acknowledged before the backup, or one sent later but before it ended.
  const updates = storm.acked.filter((w) => w.kind === 'update');
  for (const accountId of new Set(updates.map((w) => w.accountId!))) {
    const mine = updates.filter((w) => w.accountId === accountId);
    const settled = mine.filter(before).at(-1);
    if (!settled) continue;
    const allowed = new Set([settled.value, ...mine.filter((w) => w.sentAt >= settled.ackedAt! && w.sentAt <= backupEnd).map((w) => w.value)]);
    const address = s.accounts.get(accountId)?.address;
    if (!allowed.has(address ?? undefined)) problems.push(`account ${accountId}: address ${address} is not ${settled.value} or a later one`);
  }
  for (const [id] of s.accounts) if (s.auditedCreates.account.has(id) === false && storm.acked.some((w) => w.id === id)) problems.push(`account ${id} without its audit row`);
  for (const id of s.auditedCreates.account) if (!s.accounts.has(id)) problems.push(`audit row of account ${id} without the account`);
  for (const id of s.contacts) if (!s.auditedCreates.contact.has(id) && storm.acked.some((w) => w.id === id)) problems.push(`contact ${id} without its audit row`);
  for (const id of s.auditedCreates.contact) if (!s.contacts.has(id)) problems.push(`audit row of contact ${id} without the contact`);
  return problems;
}

// Every table of the restored database, recomputed independently of `kam restore`'s own check.
async function compareTables(target: Target, header: BackupHeader): Promise<{ equal: number; total: number; differ: string[] }> {
  const database = await target.open();
  try {
    const live = await database.db.transaction(async (tx) => tableChecksums(tx, await listTables(tx)));
    const differ = header.tables
      .filter((t) => live.get(t.name)?.rows !== t.rows || live.get(t.name)?.checksum !== t.checksum)
      .map((t) => `${t.name}: ${live.get(t.name)?.rows ?? 'missing'} rows vs ${t.rows}`);
    return { equal: header.tables.length - differ.length, total: header.tables.length, differ };
  } finally {
    await database.close();
  }
}

export function defineBackupGate(mode: Mode): void {
  describe(`T10 backup and restore (${mode})`, () => {
    const root = tempRoot(`kam-t10-${mode}-`);
    const targets: Target[] = [];
    let source: Target;
    let server: Server | null = null;
    let tokenFile: string;

    beforeAll(async () => {
      source = await createTarget(mode, root.dir, 'source');
      targets.push(source);
      await kamOk(['demo'], source.env);
      server = await startServer(source.env);
      tokenFile = path.join(root.dir, 'admin.token');
      fs.writeFileSync(tokenFile, await createApiToken(server.url, 'admin', DEMO_PASSWORD), { mode: 0o600 });
    });

    afterAll(async () => {
      await server?.stop();
      killAllChildren();
      for (const target of targets) await target.drop();
      root.remove();
    });

    it('backs up while the server writes, and restores into fresh PGlite and PostgreSQL databases with every table equal', async () => {
      const started = performance.now();
      const api = new ApiClient(server!.url, fs.readFileSync(tokenFile, 'utf8'));
      const storm = new WriteStorm(api, { clients: 4, importers: 1, random: seededRandom(SEED), prefix: `t10${mode[0]}`, importRows: 40 });
      storm.start();
      await sleep(1_500);

      const file = path.join(root.dir, `${mode}.backup.gz`);
      const backupStart = Date.now();
      // The embedded database belongs to the running server: `kam backup` finds it locked and takes
      // the backup through the server with the token. PostgreSQL is read directly.
      const backup = await kam(['backup', file, '--token-file', tokenFile], { ...source.env, PORT: String(server!.port) });
      const backupEnd = Date.now();
      await sleep(1_000);
      await storm.stop();
      api.destroy();
      expect(backup.code, backup.stderr).toBe(0);

      const snapshot = await readSnapshot(file);
      const problems = checkSnapshot(snapshot, storm, backupStart, backupEnd);
      const duringBackup = storm.acked.filter((w) => w.ackedAt! >= backupStart && w.ackedAt! <= backupEnd).length;

      const restores: Record<string, { ms: number; tables: string; code: number | null }> = {};
      for (const kind of MODES) {
        const target = await createTarget(kind, root.dir, `restored-${kind}`);
        targets.push(target);
        const restore = await kam(['restore', file], target.env);
        expect(restore.code, restore.stderr).toBe(0);
        const tables = await compareTables(target, snapshot.header);
        expect(tables.differ).toEqual([]);
        restores[`${mode}->${kind}`] = { ms: restore.ms, tables: `${tables.equal}/${tables.total}`, code: restore.code };
      }

      // The restored copy of the same kind serves: the demo admin signs in and sees an account the
      // storm created before the backup.
      const sameKind = targets.find((t) => t.mode === mode && t !== source)!;
      await server!.stop();
      server = await startServer(sameKind.env);
      const restoredApi = new ApiClient(server.url, fs.readFileSync(tokenFile, 'utf8'));
      const early = storm.acked.find((w) => w.kind === 'account' && w.ackedAt! < backupStart)!;
      const seen = await restoredApi.get(`/api/v1/accounts/${early.id}`);
      restoredApi.destroy();

      report(`t10-backup-${mode}`, {
        seed: SEED,
        acknowledgedWrites: storm.acked.length,
        acknowledgedDuringBackup: duringBackup,
        rowsInBackup: snapshot.header.totalRows,
        tables: snapshot.header.tables.length,
        backupMs: backup.ms,
        backupBytes: fs.statSync(file).size,
        restores,
        snapshotProblems: problems.length,
        refusedWrites: storm.refused.length,
        seconds: Math.round((performance.now() - started) / 100) / 10,
      });
      expect(problems).toEqual([]);
      expect(storm.refused).toEqual([]);
      expect(duringBackup + storm.acked.filter((w) => w.ackedAt! > backupEnd).length).toBeGreaterThan(0);
      expect(seen.status).toBe(200);
    });

    it('refuses to restore over data without --force, and from a newer schema', async () => {
      const file = path.join(root.dir, `${mode}.backup.gz`);
      const occupied = targets.find((t) => t.mode === mode && t !== source)!;
      await server?.stop();
      server = null;
      const refused = await kam(['restore', file], occupied.env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('not empty');
      expect((await kam(['restore', file, '--force'], occupied.env)).code).toBe(0);
      const newer = await makeNewerBackup(file, mode);
      const fresh = await createTarget(mode, root.dir, 'newer');
      targets.push(fresh);
      const refusedNewer = await kam(['restore', newer], fresh.env);
      expect(refusedNewer.code).toBe(1);
      expect(refusedNewer.stderr).toContain('newer OpenKAM');
    });
  });
}

async function makeNewerBackup(file: string, mode: Mode): Promise<string> {
  const { gunzipSync, gzipSync } = await import('node:zlib');
  const [first, ...rest] = gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
  const header = JSON.parse(first) as BackupHeader;
  const newer = path.join(path.dirname(file), `${mode}-newer.backup.gz`);
  fs.writeFileSync(newer, gzipSync([JSON.stringify({ ...header, schema: { level: 999, migration: '0998_future' } }), ...rest].join('\n')));
  return newer;
}
