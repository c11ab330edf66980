import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { BackupResult } from '../../server/db/backup-dump.ts';

// `kam backup --server URL`: the running server makes the dump (POST /api/v1/admin/backup); the
// download is checked against its own header before it replaces FILE.
export async function backupThroughServer(server: string, token: string | undefined, file: string): Promise<BackupResult> {
  if (!token) throw new Error("A backup through the server needs an administrator's API token: --token-file FILE or --token TOKEN.");
  const started = performance.now();
  const url = new URL('/api/v1/admin/backup', server);
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  } catch (error) {
    const reason = (error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message;
    throw new Error(`Could not reach the server at ${url.origin} (${reason}).`, { cause: error });
  }
  if (!response.ok || !response.body) {
    const problem = (await response.json().catch(() => ({}))) as { title?: string; detail?: string };
    throw new Error(`The server refused the backup: HTTP ${response.status} ${problem.detail ?? problem.title ?? ''}`.trim());
  }
  const partial = `${file}.partial`;
  try {
    await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), fs.createWriteStream(partial, { mode: 0o600 }));
    const { verifyBackupFile } = await import('../../server/db/backup-read.ts');
    const header = await verifyBackupFile(fs.createReadStream(partial));
    fs.renameSync(partial, file);
    return { header, bytes: fs.statSync(file).size, durationMs: Math.round(performance.now() - started) };
  } finally {
    fs.rmSync(partial, { force: true });
  }
}
