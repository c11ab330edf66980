import fs from 'node:fs';
import type { Command } from 'commander';
import { loadConfig, type Config } from '../../server/config.ts';
import type { Database } from '../../server/db/connection.ts';
import { acquireDataDirLock, type DataDirLock } from '../../server/db/lock.ts';
import { describeBackup } from './backup.ts';

type RestoreOptions = { force?: boolean; check?: boolean };

// The target opened without migrations: the restore decides the schema level itself.
async function openTarget(config: Config): Promise<{ database: Database; lock: DataDirLock | null; name: string }> {
  const { openPglite, openPostgres } = await import('../../server/db/connection.ts');
  if (config.databaseUrl) {
    const url = new URL(config.databaseUrl);
    return { database: await openPostgres(config.databaseUrl), lock: null, name: `PostgreSQL ${url.host}${url.pathname}` };
  }
  const lock = acquireDataDirLock(config.dataDir, 'kam restore');
  try {
    return { database: await openPglite(config.dataDir), lock, name: config.dataDir };
  } catch (error) {
    lock.release();
    throw error;
  }
}

export function registerRestoreCommand(program: Command): void {
  program
    .command('restore')
    .description('restore a backup into an empty data directory or database, then verify every table against the backup')
    .argument('<file>', 'a file written by `kam backup`')
    .option('--force', 'replace everything in a target that is not empty')
    .option('--check', 'only check the file (header, row counts, checksums); no database is touched')
    .action(async (file: string, o: RestoreOptions) => {
      if (!fs.existsSync(file)) throw new Error(`No such file: ${file}`);
      if (o.check) {
        const { verifyBackupFile } = await import('../../server/db/backup-read.ts');
        const header = await verifyBackupFile(fs.createReadStream(file));
        console.log(`${file} is a complete backup: ${describeBackup(header)}.`);
        for (const t of header.tables) console.log(`  ${t.name.padEnd(28)} ${String(t.rows).padStart(9)}  ${t.checksum.slice(0, 16)}`);
        return;
      }
      const config = loadConfig();
      const { restoreBackup } = await import('../../server/db/backup-restore.ts');
      const target = await openTarget(config);
      try {
        const report = await restoreBackup(target.database, fs.createReadStream(file), { force: o.force, log: (m) => console.log(m) });
        console.log(`Restored ${file} into ${target.name} in ${(report.durationMs / 1000).toFixed(1)} s: ${describeBackup(report.header)}.`);
        console.log(`  Every table's row count and checksum match the backup. Schema level now ${report.schemaLevel}.`);
      } finally {
        await target.database.close();
        target.lock?.release();
      }
    });
}
