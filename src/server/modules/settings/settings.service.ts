import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/connection.ts';
import { appSettings } from './settings.schema.ts';

// The session-signing secret: from KAM_SECRET, else generated once and kept in the database so
// that every app process (and every restart) signs cookies alike.
export async function ensureSecret(db: Executor, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  const candidate = randomBytes(32).toString('base64url');
  await db.insert(appSettings).values({ key: 'auth_secret', value: sql`${JSON.stringify(candidate)}::jsonb` }).onConflictDoNothing();
  const [row] = await db.select().from(appSettings).where(eq(appSettings.key, 'auth_secret'));
  return row.value as string;
}
