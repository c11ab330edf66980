import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type Client, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let s1a: Client;
let s2: Client;
let b1: Client;
let m1: Client;
let m2: Client;
let accountId: string;

beforeAll(async () => {
  t = await createTestApp();
  [s1a, s2, b1, m1, m2] = await Promise.all([t.loginAs('s1a'), t.loginAs('s2'), t.loginAs('b1'), t.loginAs('m1'), t.loginAs('m2')]);
  accountId = (await s1a.post('/api/v1/accounts', { name: '借阅测试客户' })).json().id;
});
afterAll(() => t.close());

describe('access requests (ARC-5)', () => {
  it('gives an outsider read access only after the owner’s manager approves, until it expires', async () => {
    expect((await b1.get(`/api/v1/accounts/${accountId}`)).statusCode).toBe(404);
    const request = await b1.post('/api/v1/access-requests', { accountId, reason: '整理合同归档' });
    expect(request.statusCode).toBe(201);
    const { id } = request.json();
    expect((await b1.post('/api/v1/access-requests', { accountId, reason: 'again' })).json().code).toBe('ACCESS_REQUEST_PENDING');
    expect((await b1.get(`/api/v1/accounts/${accountId}`)).statusCode).toBe(404);

    // The other team's manager cannot see or decide it; the owner's manager can.
    expect((await m2.get('/api/v1/access-requests?scope=to_decide')).json().total).toBe(0);
    expect((await m2.post(`/api/v1/access-requests/${id}/decision`, { approve: true })).statusCode).toBe(404);
    const inbox = (await m1.get('/api/v1/access-requests?scope=to_decide&status=pending')).json();
    expect(inbox.items).toMatchObject([{ accountName: '借阅测试客户', userName: 'B1', reason: '整理合同归档' }]);
    const decided = await m1.post(`/api/v1/access-requests/${id}/decision`, { approve: true, days: 3 });
    expect(decided.json()).toMatchObject({ status: 'approved', decidedByName: 'M1' });

    const granted = await b1.get(`/api/v1/accounts/${accountId}`);
    expect(granted.json().access).toBe('grant');
    // Read-only: a grant does not allow changes.
    expect((await b1.patch(`/api/v1/accounts/${accountId}`, { version: granted.json().version, name: '改名' })).statusCode).toBe(403);
    expect((await b1.post(`/api/v1/accounts/${accountId}/contacts`, { name: 'x' })).statusCode).toBe(403);
    expect((await m1.post(`/api/v1/access-requests/${id}/decision`, { approve: false })).json().code).toBe('ACCESS_REQUEST_DECIDED');

    // After expiry the account is gone again.
    await t.database.db.execute(sql`update account_access_grants set expires_at = now() - interval '1 minute' where id = ${id}`);
    expect((await b1.get(`/api/v1/accounts/${accountId}`)).statusCode).toBe(404);
    expect((await b1.get('/api/v1/accounts')).json().total).toBe(0);
  });

  it('refuses requests for visible or unknown accounts, and rejections grant nothing', async () => {
    expect((await s1a.post('/api/v1/access-requests', { accountId, reason: 'mine' })).json().code).toBe('ACCESS_ALREADY_GRANTED');
    expect((await s2.post('/api/v1/access-requests', { accountId: '00000000-0000-4000-8000-000000000000', reason: 'x' })).statusCode).toBe(404);
    const { id } = (await s2.post('/api/v1/access-requests', { accountId, reason: '想看看' })).json();
    expect((await m1.post(`/api/v1/access-requests/${id}/decision`, { approve: false })).json().status).toBe('rejected');
    expect((await s2.get(`/api/v1/accounts/${accountId}`)).statusCode).toBe(404);
    expect((await s2.get('/api/v1/access-requests')).json().items[0].status).toBe('rejected');
  });

  it('does not let a manager approve their own request', async () => {
    const other = (await s2.post('/api/v1/accounts', { name: '二部客户' })).json().id;
    const director = await t.loginAs('director');
    // m1 asks for an account of team 2; m1 is not in that chain, so cannot decide anyway; the director can.
    const { id } = (await m1.post('/api/v1/access-requests', { accountId: other, reason: '跨部门协作' })).json();
    expect((await m1.post(`/api/v1/access-requests/${id}/decision`, { approve: true })).statusCode).toBe(404);
    expect((await director.post(`/api/v1/access-requests/${id}/decision`, { approve: true })).json().status).toBe('approved');
  });
});
