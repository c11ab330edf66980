import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable, pipeline, type Writable } from 'node:stream';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import { appVersion } from '../lib/version.ts';
import type { Db, DbKind } from './connection.ts';
import { applyPortableOutput, listSequences, listTables, schemaLevel, tableRows } from './backup-catalog.ts';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  CHECKSUM_ALGORITHM,
  TableChecksum,
  type BackupHeader,
  type BackupTable,
  type EndMarker,
  type TableMarker,
} from './backup-format.ts';
import { selectRows } from './sql-helpers.ts';

export type BackupResult = { header: BackupHeader; bytes: number; durationMs: number };

const writeChunk = (stream: Writable, chunk: string): Promise<void> =>
  new Promise((resolve, reject) => stream.write(chunk, (error) => (error ? reject(error) : resolve())));

// Every table in one read-only REPEATABLE READ transaction: a consistent snapshot while the server
// keeps writing (on PostgreSQL writers do not wait; on PGlite, which has one session, requests wait
// until the dump is done). Writes the data section (gzip) to dataPath; returns the header.
async function dumpData(db: Db, kind: DbKind, dataPath: string): Promise<BackupHeader> {
  const gzip = zlib.createGzip({ level: 6 });
  const file = fs.createWriteStream(dataPath, { mode: 0o600 });
  const written = new Promise<void>((resolve, reject) => pipeline(gzip, file, (error) => (error ? reject(error) : resolve())));
  written.catch(() => undefined); // observed below; avoids an unhandled rejection while the dump runs
  try {
    const header = await db.transaction(
      async (tx) => {
        await applyPortableOutput(tx);
        const [meta] = await selectRows<{ now: string; version: string }>(tx, sql.raw(`select to_json(now())#>>'{}' as now, version() as version`));
        const schema = await schemaLevel(tx);
        const tables: BackupTable[] = [];
        for (const table of await listTables(tx)) {
          await writeChunk(gzip, `${JSON.stringify({ table: table.name } satisfies TableMarker)}\n`);
          const checksum = new TableChecksum();
          for await (const batch of tableRows(tx, table.name)) {
            for (const row of batch) checksum.add(row);
            await writeChunk(gzip, `${batch.join('\n')}\n`);
          }
          tables.push({ name: table.name, columns: table.columns, rows: checksum.rows, checksum: checksum.value });
        }
        // Read last: a sequence is not transactional, so its value now covers every row above.
        const sequences = await listSequences(tx);
        return {
          format: BACKUP_FORMAT,
          formatVersion: BACKUP_FORMAT_VERSION,
          createdAt: new Date(meta.now).toISOString(),
          appVersion,
          source: { db: kind, serverVersion: meta.version.split(' on ')[0] },
          schema,
          checksum: CHECKSUM_ALGORITHM,
          totalRows: tables.reduce((sum, t) => sum + t.rows, 0),
          tables,
          sequences,
        } satisfies BackupHeader;
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    await writeChunk(gzip, `${JSON.stringify({ end: true } satisfies EndMarker)}\n`);
    gzip.end();
    await written;
    return header;
  } catch (error) {
    gzip.destroy();
    throw error;
  }
}

// Header member first, then the data member: one file, readable by any gunzip.
function composeBackup(header: BackupHeader, dataPath: string): Readable {
  async function* parts() {
    yield zlib.gzipSync(`${JSON.stringify(header)}\n`);
    yield* fs.createReadStream(dataPath);
  }
  return Readable.from(parts(), { objectMode: false });
}

// `kam backup FILE` with direct access to the database: written beside FILE, renamed at the end,
// so that FILE is either the whole backup or untouched.
export async function writeBackupFile(db: Db, kind: DbKind, filePath: string): Promise<BackupResult> {
  const started = performance.now();
  const dataPath = `${filePath}.data.partial`;
  const partialPath = `${filePath}.partial`;
  try {
    const header = await dumpData(db, kind, dataPath);
    await new Promise<void>((resolve, reject) =>
      pipeline(composeBackup(header, dataPath), fs.createWriteStream(partialPath, { mode: 0o600 }), (error) => (error ? reject(error) : resolve())),
    );
    fs.renameSync(partialPath, filePath);
    return { header, bytes: fs.statSync(filePath).size, durationMs: Math.round(performance.now() - started) };
  } finally {
    fs.rmSync(dataPath, { force: true });
    fs.rmSync(partialPath, { force: true });
  }
}

// The server's backup endpoint: the dump goes to a temporary file (the snapshot transaction never
// waits on the network), then streams to the client; the file is removed when the stream closes.
export async function createBackupStream(db: Db, kind: DbKind): Promise<{ header: BackupHeader; stream: Readable }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kam-backup-'));
  const cleanup = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    const dataPath = path.join(dir, 'data.gz');
    const header = await dumpData(db, kind, dataPath);
    const stream = composeBackup(header, dataPath);
    stream.once('close', cleanup);
    return { header, stream };
  } catch (error) {
    cleanup();
    throw error;
  }
}

export const backupFileName = (createdAt: string): string => `openkam-${createdAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}.backup.gz`;
