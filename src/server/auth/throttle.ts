import { eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../db/connection.ts';
import { AppError } from '../lib/errors.ts';
import { AuthErrors } from './auth.errors.ts';
import { loginThrottle } from './auth.schema.ts';

// T5: after 5 failed logins for one username (or 100 from one address — a whole office may share
// one address behind NAT) within 15 minutes, further
// attempts get 429 with Retry-After until the window has passed. Kept in the database so that all
// app processes share it.
export const THROTTLE = { perUser: 5, perAddress: 100, windowMinutes: 15 } as const;

export const throttleKeys = (username: string, ip: string) => ({ user: `user:${username.toLowerCase()}`, address: `ip:${ip}` });

export async function assertNotThrottled(db: Executor, keys: string[]): Promise<void> {
  const rows = await db.select().from(loginThrottle).where(inArray(loginThrottle.key, keys));
  const now = Date.now();
  const lockedUntil = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0));
  if (lockedUntil > now) {
    const retryAfter = Math.ceil((lockedUntil - now) / 1000);
    throw new AppError(AuthErrors.AUTH_TOO_MANY_ATTEMPTS, undefined, { headers: { 'retry-after': String(retryAfter) } });
  }
}

export async function recordFailure(db: Executor, key: string, limit: number): Promise<void> {
  const window = sql.raw(`interval '${THROTTLE.windowMinutes} minutes'`);
  await db
    .insert(loginThrottle)
    .values({ key, failures: 1, windowStartedAt: sql`now()` })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: sql`case when ${loginThrottle.windowStartedAt} < now() - ${window} then 1 else ${loginThrottle.failures} + 1 end`,
        windowStartedAt: sql`case when ${loginThrottle.windowStartedAt} < now() - ${window} then now() else ${loginThrottle.windowStartedAt} end`,
      },
    });
  await db
    .update(loginThrottle)
    .set({ lockedUntil: sql`now() + ${window}` })
    .where(sql`${loginThrottle.key} = ${key} and ${loginThrottle.failures} >= ${limit}`);
}

export const clearThrottle = (db: Executor, key: string) => db.delete(loginThrottle).where(eq(loginThrottle.key, key));
