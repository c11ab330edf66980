import { sql } from 'drizzle-orm';
import type { Database } from './connection.ts';

// Embedded PGlite runs PostgreSQL in single-user mode: no autovacuum, so tables are never
// analysed (the planner guesses row counts) and never vacuumed (the visibility map stays empty,
// index-only scans visit the heap). The server does that housekeeping itself: after bulk writes
// (see analyseAfterBulkWrite) and on a timer. PostgreSQL's own autovacuum needs no help.
export const MAINTENANCE_INTERVAL_MS = 6 * 60 * 60 * 1000;

export async function vacuumAnalyse(database: Database): Promise<void> {
  await database.db.execute(sql`vacuum (analyze)`);
}

export function scheduleMaintenance(database: Database, onError: (error: unknown) => void): () => void {
  if (database.kind !== 'pglite') return () => {};
  const run = () => void vacuumAnalyse(database).catch(onError);
  // Once soon after start (an upgraded install may never have been analysed), then periodically.
  const first = setTimeout(run, 60_000);
  const every = setInterval(run, MAINTENANCE_INTERVAL_MS);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
