import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, createTestApp, sessionCookieFrom, TEST_PASSWORD, type TestApp } from '../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('login', () => {
  it('signs in with username and password and sets an HttpOnly SameSite cookie', async () => {
    const response = await t.anonymous.post('/api/v1/auth/login', { username: 'm1', password: TEST_PASSWORD });
    expect(response.statusCode).toBe(200);
    expect(response.json().user.username).toBe('m1');
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
  });

  it('answers unknown user and wrong password identically', async () => {
    const unknown = await t.anonymous.post('/api/v1/auth/login', { username: 'nobody', password: 'whatever1' });
    const wrong = await t.anonymous.post('/api/v1/auth/login', { username: 's1b', password: 'whatever1' });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(unknown.json()).toEqual(wrong.json());
    expect(wrong.json().code).toBe('AUTH_INVALID_CREDENTIALS');
  });

  it('refuses a disabled user with the same answer as a wrong password', async () => {
    const response = await t.anonymous.post('/api/v1/auth/login', { username: 'disabled', password: TEST_PASSWORD });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('AUTH_INVALID_CREDENTIALS');
  });

  it('throttles after 5 failures for one username with 429 and Retry-After, even with the right password', async () => {
    const client = clientFor(t.app, null, '10.9.9.9');
    for (let i = 0; i < 5; i++) {
      expect((await client.post('/api/v1/auth/login', { username: 'b1', password: 'bad-password' })).statusCode).toBe(401);
    }
    const locked = await client.post('/api/v1/auth/login', { username: 'b1', password: TEST_PASSWORD });
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(locked.json().code).toBe('AUTH_TOO_MANY_ATTEMPTS');
  });

  it('gives a new session id at every login', async () => {
    const a = await t.loginAs('s2');
    const b = await t.loginAs('s2');
    expect(a.cookie).not.toBe(b.cookie);
  });
});

describe('sessions', () => {
  it('returns the user and permissions from /auth/me', async () => {
    const director = await t.loginAs('director');
    const response = await director.get('/api/v1/auth/me');
    expect(response.statusCode).toBe(200);
    expect(response.json().user.role).toBe('director');
    expect(response.json().permissions).toContain('accounts:read-all');
  });

  it('answers 401 problem+json without a session', async () => {
    const response = await t.anonymous.get('/api/v1/auth/me');
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('UNAUTHENTICATED');
  });

  it('kills the session at logout: the old cookie then gets 401', async () => {
    const client = await t.loginAs('f1');
    const logout = await client.post('/api/v1/auth/logout');
    expect(logout.statusCode).toBe(204);
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('records logins, failed logins and logouts in the audit log, never the password', async () => {
    await t.anonymous.post('/api/v1/auth/login', { username: 'f1', password: 'secret-guess-1' });
    const client = await t.loginAs('f1');
    await client.post('/api/v1/auth/logout');
    const admin = await t.loginAs('admin');
    const log = (await admin.get(`/api/v1/audit?entityType=user&entityId=${t.users.f1.id}`)).json();
    const actions = log.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['login', 'login_failed', 'logout']));
    expect(JSON.stringify(log)).not.toContain('secret-guess-1');
  });

  it('locks a user out on the next request after an admin disables them', async () => {
    const s1b = await t.loginAs('s1b');
    expect((await s1b.get('/api/v1/auth/me')).statusCode).toBe(200);
    const admin = await t.loginAs('admin');
    const user = (await admin.get(`/api/v1/users/${t.users.s1b.id}`)).json();
    expect((await admin.patch(`/api/v1/users/${user.id}`, { version: user.version, isDisabled: true })).statusCode).toBe(200);
    expect((await s1b.get('/api/v1/auth/me')).statusCode).toBe(401);
    const again = (await admin.get(`/api/v1/users/${user.id}`)).json();
    await admin.patch(`/api/v1/users/${user.id}`, { version: again.version, isDisabled: false });
  });

  it('refuses a cookie-authenticated write from another origin (CSRF)', async () => {
    const m1 = await t.loginAs('m1');
    const me = (await m1.get('/api/v1/auth/me')).json();
    const foreign = await m1.request({
      method: 'PATCH',
      url: '/api/v1/auth/me',
      headers: { origin: 'http://127.0.0.2:80' },
      payload: { version: me.user.version, name: 'hijacked' },
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().code).toBe('CSRF_REJECTED');
    const noOrigin = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/auth/me',
      headers: { cookie: m1.cookie!, host: 'localhost:80' },
      payload: { version: me.user.version, name: 'hijacked' },
    });
    expect(noOrigin.statusCode).toBe(403);
    expect((await m1.get('/api/v1/auth/me')).json().user.name).toBe('M1');
  });

  it('changes the own password: the old one stops working, the new one works', async () => {
    const client = await t.loginAs('m2');
    const wrong = await client.post('/api/v1/auth/password', { currentPassword: 'nope-nope', newPassword: 'brand-new-pass' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().code).toBe('AUTH_WRONG_PASSWORD');
    const ok = await client.post('/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'brand-new-pass' });
    expect(ok.statusCode).toBe(204);
    expect((await t.anonymous.post('/api/v1/auth/login', { username: 'm2', password: TEST_PASSWORD })).statusCode).toBe(401);
    await t.loginAs('m2', 'brand-new-pass');
  });

  it('remembers the language per user', async () => {
    const client = await t.loginAs('s2');
    const me = (await client.get('/api/v1/auth/me')).json();
    const changed = await client.patch('/api/v1/auth/me', { version: me.user.version, locale: 'en-US' });
    expect(changed.statusCode).toBe(200);
    const again = await t.loginAs('s2');
    expect((await again.get('/api/v1/auth/me')).json().user.locale).toBe('en-US');
  });
});

describe('API tokens', () => {
  it('authenticates with a Bearer token shown once, and stops after revocation', async () => {
    const client = await t.loginAs('s1a');
    const created = await client.post('/api/v1/auth/tokens', { name: 'script' });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^kam_/);
    const list = (await client.get('/api/v1/auth/tokens')).json();
    expect(JSON.stringify(list)).not.toContain(token);
    const bearer = clientFor(t.app, null);
    const me = await bearer.request({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.username).toBe('s1a');
    // Many calls in a row: tokens are not rate-limited to a handful a day.
    for (let i = 0; i < 12; i++) {
      expect((await bearer.request({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(200);
    }
    expect((await client.delete(`/api/v1/auth/tokens/${id}`)).statusCode).toBe(204);
    const revoked = await bearer.request({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });
    expect(revoked.statusCode).toBe(401);
  });

  it('cannot revoke another user\'s token', async () => {
    const owner = await t.loginAs('s1a');
    const { id } = (await owner.post('/api/v1/auth/tokens', { name: 'mine' })).json();
    const other = await t.loginAs('s2');
    expect((await other.delete(`/api/v1/auth/tokens/${id}`)).statusCode).toBe(404);
  });

  it('rejects a malformed or unknown token with 401', async () => {
    const bearer = clientFor(t.app, null);
    const response = await bearer.request({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: 'Bearer kam_nonsense' } });
    expect(response.statusCode).toBe(401);
  });
});

describe('first run', () => {
  it('creates the first admin only while there are no users', async () => {
    const fresh = await createTestApp({ seed: false });
    try {
      expect((await fresh.anonymous.get('/api/v1/setup')).json()).toEqual({ needsSetup: true });
      const setup = await fresh.anonymous.post('/api/v1/setup', { username: 'boss', name: '老板', password: 'first-admin-pw' });
      expect(setup.statusCode).toBe(200);
      expect(setup.json().user.role).toBe('admin');
      expect(sessionCookieFrom(setup)).toBeTruthy();
      expect((await fresh.anonymous.get('/api/v1/setup')).json()).toEqual({ needsSetup: false });
      const again = await fresh.anonymous.post('/api/v1/setup', { username: 'intruder', name: 'x', password: 'intruder-pw' });
      expect(again.statusCode).toBe(409);
    } finally {
      await fresh.close();
    }
  });
});
