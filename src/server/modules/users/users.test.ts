import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('admin');
});
afterAll(() => t.close());

const newUser = (username: string, extra: Record<string, unknown> = {}) => ({
  username,
  name: '新用户',
  password: 'a-good-password',
  role: 'account_manager',
  teamId: t.teams.d1,
  ...extra,
});

describe('users admin', () => {
  it('lets an admin create a user who can then sign in', async () => {
    const created = await admin.post('/api/v1/users', newUser('Wang.Wei', { managerId: t.users.m1.id, email: 'Wang@Example.com' }));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ username: 'wang.wei', teamName: 'D1', managerName: 'M1', email: 'wang@example.com', version: 1 });
    const client = await t.loginAs('wang.wei', 'a-good-password');
    expect((await client.get('/api/v1/auth/me')).json().user.role).toBe('account_manager');
  });

  it('refuses a taken username with 409 naming the field', async () => {
    const response = await admin.post('/api/v1/users', newUser('s1a'));
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'USER_USERNAME_TAKEN', errors: [{ path: 'username' }] });
  });

  it('rejects bad fields with 400 naming each one', async () => {
    const response = await admin.post('/api/v1/users', { username: 'x y', name: '', password: 'short', role: 'king', email: 'not-mail' });
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.username', 'body.name', 'body.password', 'body.role', 'body.email']));
  });

  it('rejects unknown fields instead of silently ignoring them (no mass assignment)', async () => {
    const response = await admin.post('/api/v1/users', newUser('extra.field', { isDisabled: true, id: '00000000-0000-0000-0000-000000000001' }));
    expect(response.statusCode).toBe(400);
  });

  it('forbids non-admins to create or change users', async () => {
    const manager = await t.loginAs('m1');
    expect((await manager.post('/api/v1/users', newUser('sneaky'))).statusCode).toBe(403);
    const s1a = await t.loginAs('s1a');
    const me = (await s1a.get('/api/v1/auth/me')).json().user;
    const promote = await s1a.patch(`/api/v1/users/${me.id}`, { version: me.version, role: 'director' });
    expect(promote.statusCode).toBe(403);
    // And PATCH /auth/me cannot carry a role either.
    const viaMe = await s1a.patch('/api/v1/auth/me', { version: me.version, role: 'admin' });
    expect(viaMe.statusCode).toBe(400);
    expect((await s1a.get('/api/v1/auth/me')).json().user.role).toBe('account_manager');
  });

  it('returns 409 on a stale version and keeps the newer change', async () => {
    const user = (await admin.get(`/api/v1/users/${t.users.b1.id}`)).json();
    expect((await admin.patch(`/api/v1/users/${user.id}`, { version: user.version, name: 'First' })).statusCode).toBe(200);
    const stale = await admin.patch(`/api/v1/users/${user.id}`, { version: user.version, name: 'Second' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    expect((await admin.get(`/api/v1/users/${user.id}`)).json().name).toBe('First');
  });

  it('refuses a manager that would make a loop', async () => {
    const m1 = (await admin.get(`/api/v1/users/${t.users.m1.id}`)).json();
    const response = await admin.patch(`/api/v1/users/${m1.id}`, { version: m1.version, managerId: t.users.s1a.id });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('USER_MANAGER_CYCLE');
  });

  it('keeps at least one active admin', async () => {
    const me = (await admin.get(`/api/v1/users/${t.users.admin.id}`)).json();
    const response = await admin.patch(`/api/v1/users/${me.id}`, { version: me.version, role: 'director' });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('USER_LAST_ADMIN');
  });

  it('resets a password: old sessions end, the new password works', async () => {
    const f1 = await t.loginAs('f1');
    expect((await admin.post(`/api/v1/users/${t.users.f1.id}/password`, { password: 'reset-by-admin' })).statusCode).toBe(204);
    expect((await f1.get('/api/v1/auth/me')).statusCode).toBe(401);
    await t.loginAs('f1', 'reset-by-admin');
  });

  it('lists with search, filters, sort and pagination', async () => {
    const page = (await admin.get('/api/v1/users?role=account_manager&sort=-username&limit=2')).json();
    expect(page.total).toBeGreaterThanOrEqual(4);
    expect(page.items).toHaveLength(2);
    expect(page.items[0].username > page.items[1].username).toBe(true);
    const found = (await admin.get('/api/v1/users?q=S1')).json();
    expect(found.items.map((u: { username: string }) => u.username).sort()).toEqual(['s1a', 's1b']);
    const bad = await admin.get('/api/v1/users?sort=password');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('querystring.sort');
  });

  it('records every user change in the audit log, without passwords', async () => {
    const log = (await admin.get(`/api/v1/audit?entityType=user&entityId=${t.users.b1.id}`)).json();
    const update = log.items.find((e: { action: string }) => e.action === 'update');
    expect(update).toMatchObject({ actorName: 'admin', before: { name: 'B1' }, after: { name: 'First' } });
    expect(JSON.stringify(log)).not.toMatch(/argon2|a-good-password/);
    const manager = await t.loginAs('m1');
    expect((await manager.get('/api/v1/audit')).statusCode).toBe(403);
  });
});

describe('teams', () => {
  it('creates, renames and sets a manager; duplicate names are refused', async () => {
    const created = await admin.post('/api/v1/teams', { name: '华南大客户部' });
    expect(created.statusCode).toBe(201);
    const team = created.json();
    const renamed = await admin.patch(`/api/v1/teams/${team.id}`, { version: team.version, name: '华南一部', managerId: t.users.m2.id });
    expect(renamed.json()).toMatchObject({ name: '华南一部', managerName: 'M2', version: 2 });
    expect((await admin.post('/api/v1/teams', { name: 'D1' })).statusCode).toBe(409);
  });

  it('lists teams with member counts for any signed-in user', async () => {
    const s2 = await t.loginAs('s2');
    const teams = (await s2.get('/api/v1/teams')).json();
    expect(teams.items.find((x: { name: string }) => x.name === 'D2').memberCount).toBe(2);
  });
});
