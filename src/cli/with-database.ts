import { loadConfig } from '../server/config.ts';
import type { Db } from '../server/db/connection.ts';
import { closeDatabase, openDatabase } from '../server/db/open.ts';

// Opens (locks, migrates) the configured database for one CLI command and always closes it.
export async function withDatabase<T>(command: string, fn: (db: Db, kind: 'pglite' | 'postgres') => Promise<T>): Promise<T> {
  const database = await openDatabase(loadConfig(), command);
  try {
    return await fn(database.db, database.kind);
  } finally {
    await closeDatabase(database);
  }
}
