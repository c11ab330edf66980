import type { Database } from '../../db/connection.ts';
import { resumeStaleRegrades } from './regrade.service.ts';

// Re-grade jobs outlive their process. With PGlite this server holds the data directory alone, so
// a job still marked running at start was cut off: it resumes at once. On PostgreSQL several
// processes may share the database; a job is taken over once its heartbeat (moved by every
// chunk, about a second apart) has been still for STALE_AFTER_MS.
export const STALE_AFTER_MS = 90_000;
const SWEEP_EVERY_MS = 60_000;

export function scheduleRegradeResume(database: Database, onError: (error: unknown) => void): () => void {
  const sweep = (staleAfterMs: number) => void resumeStaleRegrades(database.db, staleAfterMs).catch(onError);
  sweep(database.kind === 'pglite' ? 0 : STALE_AFTER_MS);
  const every = setInterval(() => sweep(STALE_AFTER_MS), SWEEP_EVERY_MS);
  every.unref();
  return () => clearInterval(every);
}
