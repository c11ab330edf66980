import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.ts';
import { authCredentials, authSessions } from './auth.schema.ts';

// T5 session lifetimes and password storage, checked on the stored rows themselves.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const sessionsOf = (userId: string) => t.database.db.select().from(authSessions).where(eq(authSessions.userId, userId));

describe('sessions (T5)', () => {
  it('end after the idle timeout: a session not used in time gets 401', async () => {
    const client = await t.loginAs('s1a');
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(200);
    await t.database.db.update(authSessions).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(authSessions.userId, t.users.s1a.id));
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('end after the absolute lifetime even while in use, and the stored session is deleted', async () => {
    const client = await t.loginAs('s1b');
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(200);
    const days = t.config.sessionDays;
    await t.database.db
      .update(authSessions)
      .set({ createdAt: sql`now() - make_interval(days => ${days}) - interval '1 minute'` })
      .where(eq(authSessions.userId, t.users.s1b.id));
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect(await sessionsOf(t.users.s1b.id)).toEqual([]);
  });

  it('store passwords as argon2id with at least 19 MiB and 2 passes, never in clear', async () => {
    const [credential] = await t.database.db.select().from(authCredentials).where(eq(authCredentials.userId, t.users.m1.id));
    const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(credential.password ?? '');
    expect(match).not.toBeNull();
    expect(Number(match![1])).toBeGreaterThanOrEqual(19_456);
    expect(Number(match![2])).toBeGreaterThanOrEqual(2);
  });
});
