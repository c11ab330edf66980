import fs from 'node:fs';
import type { Command } from 'commander';
import { loadConfig, type Config } from '../../server/config.ts';
import { acquireDataDirLock, DataDirLockedError } from '../../server/db/lock.ts';
import type { BackupHeader } from '../../server/db/backup-format.ts';
import { backupThroughServer } from './backup-server.ts';

type BackupOptions = { server?: string; token?: string; tokenFile?: string };

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(2)} MB`;

export function describeBackup(header: BackupHeader): string {
  const { level, migration } = header.schema;
  return `${header.tables.length} tables, ${header.totalRows} rows, schema level ${level} (${String(migration)}), taken ${header.createdAt} from ${header.source.db}`;
}

const readToken = (o: BackupOptions): string | undefined => (o.tokenFile ? fs.readFileSync(o.tokenFile, 'utf8').trim() : o.token);

// Direct access: PostgreSQL at any time; the embedded database only while no server holds it.
async function backupDirect(config: Config, file: string) {
  const { writeBackupFile } = await import('../../server/db/backup-dump.ts');
  if (config.databaseUrl) {
    const { openPostgres } = await import('../../server/db/connection.ts');
    const database = await openPostgres(config.databaseUrl);
    try {
      return await writeBackupFile(database.db, database.kind, file);
    } finally {
      await database.close();
    }
  }
  if (!fs.existsSync(config.dataDir)) throw new Error(`There is no database at ${config.dataDir} (KAM_DATA_DIR).`);
  const lock = acquireDataDirLock(config.dataDir, 'kam backup');
  try {
    const { openPglite } = await import('../../server/db/connection.ts');
    const database = await openPglite(config.dataDir);
    try {
      return await writeBackupFile(database.db, database.kind, file);
    } finally {
      await database.close();
    }
  } finally {
    lock.release();
  }
}

export function registerBackupCommand(program: Command): void {
  program
    .command('backup')
    .description('write a consistent backup of the whole database to FILE (also while the server runs and writes)')
    .argument('<file>', 'the backup file to write (gzip-compressed JSON lines; replaced when it exists)')
    .option('--server <url>', 'take the backup through a running server (default when the server holds the embedded database: http://127.0.0.1:$PORT)')
    .option('--token <token>', "an administrator's API token, for --server")
    .option('--token-file <path>', "a file holding an administrator's API token (keeps it out of the process list)")
    .action(async (file: string, o: BackupOptions) => {
      const config = loadConfig();
      const token = readToken(o);
      let result;
      if (o.server) {
        result = await backupThroughServer(o.server, token, file);
      } else {
        try {
          result = await backupDirect(config, file);
        } catch (error) {
          if (!(error instanceof DataDirLockedError)) throw error;
          if (!token) {
            error.message += `\nWhile the server runs, take the backup through it: kam backup ${file} --token-file FILE (an administrator's API token) [--server URL].`;
            throw error;
          }
          result = await backupThroughServer(`http://127.0.0.1:${config.port}`, token, file);
        }
      }
      console.log(`Backup written to ${file}: ${megabytes(result.bytes)} in ${(result.durationMs / 1000).toFixed(1)} s.`);
      console.log(`  ${describeBackup(result.header)}`);
    });
}
