import type { Config } from '../config.ts';
import type { Database } from './connection.ts';
import { acquireDataDirLock, type DataDirLock } from './lock.ts';

export type OpenedDatabase = Database & { lock: DataDirLock | null };

// config → database (locked, migrated). Every command that writes opens the database this way.
// The lock is taken before the database code is even loaded, so a refused second process exits fast.
export async function openDatabase(config: Config, command: string): Promise<OpenedDatabase> {
  const lock = config.databaseUrl ? null : acquireDataDirLock(config.dataDir, command);
  try {
    const { openPglite, openPostgres } = await import('./connection.ts');
    const { runMigrations } = await import('./migrate.ts');
    const database = config.databaseUrl ? await openPostgres(config.databaseUrl) : await openPglite(config.dataDir);
    await runMigrations(database);
    return { ...database, lock };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

export async function closeDatabase(database: OpenedDatabase): Promise<void> {
  await database.close();
  database.lock?.release();
}
