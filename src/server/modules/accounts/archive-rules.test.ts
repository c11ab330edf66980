import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let s1a: Client;
let s1b: Client;
let m1: Client;
let m2: Client;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  [s1a, s1b, m1, m2, admin] = await Promise.all([t.loginAs('s1a'), t.loginAs('s1b'), t.loginAs('m1'), t.loginAs('m2'), t.loginAs('admin')]);
});
afterAll(() => t.close());

const create = async (client: Client, body: Record<string, unknown>) => (await client.post('/api/v1/accounts', body)).json();

describe('archive completeness (ARC-4)', () => {
  it('rises as fields and contacts are filled in, and lists filter by it', async () => {
    const account = await create(s1a, { name: '完整度测试厂' });
    expect(account.completeness).toBeGreaterThan(0); // the owner is set
    expect(account.completenessMissing).toEqual(expect.arrayContaining(['creditCode', 'contacts', 'decision_maker', 'org_chart']));
    const updated = await s1a.patch(`/api/v1/accounts/${account.id}`, {
      version: account.version,
      address: '东莞市长安镇',
      phone: '0769-85550000',
      industry: 'plastics_rubber',
      region: 'guangdong',
    });
    expect(updated.json().completeness).toBeGreaterThan(account.completeness);
    const boss = (await s1a.post(`/api/v1/accounts/${account.id}/contacts`, { name: '王总', buyingRole: 'decision_maker' })).json();
    await s1a.post(`/api/v1/accounts/${account.id}/contacts`, { name: '采购', reportsToId: boss.id });
    await s1a.post(`/api/v1/accounts/${account.id}/contacts`, { name: '工程师', reportsToId: boss.id });
    const detail = (await s1a.get(`/api/v1/accounts/${account.id}`)).json();
    expect(detail.completenessMissing).not.toContain('contacts');
    expect(detail.completenessMissing).not.toContain('decision_maker');
    expect(detail.completenessMissing).not.toContain('org_chart');
    expect(detail.checks).toEqual({ builtInTime: null, updatedThisQuarter: true });
    const incomplete = (await s1a.get('/api/v1/accounts?completenessBelow=101')).json();
    expect(incomplete.items.map((a: { id: string }) => a.id)).toContain(account.id);
    expect((await s1a.get(`/api/v1/accounts?completenessBelow=${detail.completeness}`)).json().total).toBe(0);
  });
});

describe('archive review (ARC-4)', () => {
  it('goes draft → submitted → returned → submitted → reviewed, by the owner and their manager', async () => {
    const account = await create(s1a, { name: '待审核客户' });
    expect(account.reviewStatus).toBe('draft');
    expect((await m1.post(`/api/v1/accounts/${account.id}/review`, { decision: 'approve' })).statusCode).toBe(409);
    expect((await s1a.post(`/api/v1/accounts/${account.id}/review/submit`)).statusCode).toBe(204);
    expect((await s1a.post(`/api/v1/accounts/${account.id}/review`, { decision: 'approve' })).statusCode).toBe(403);
    expect((await m2.post(`/api/v1/accounts/${account.id}/review`, { decision: 'approve' })).statusCode).toBe(404);
    expect((await m1.post(`/api/v1/accounts/${account.id}/review`, { decision: 'return', comment: '请补充决策人' })).statusCode).toBe(204);
    expect((await s1a.get(`/api/v1/accounts/${account.id}`)).json()).toMatchObject({ reviewStatus: 'returned', reviewComment: '请补充决策人' });
    await s1a.post(`/api/v1/accounts/${account.id}/review/submit`);
    expect((await m1.post(`/api/v1/accounts/${account.id}/review`, { decision: 'approve' })).statusCode).toBe(204);
    expect((await m1.get('/api/v1/accounts?reviewStatus=reviewed')).json().items.map((a: { name: string }) => a.name)).toContain('待审核客户');
  });
});

describe('lookup before creating (no archive content)', () => {
  it('finds an existing customer by normalised name for anyone, with only its name, number and owner', async () => {
    await create(s1a, { name: '东莞（长安）五金厂', creditCode: '91110000600037341L', mainBusiness: '机密内容' });
    const found = (await s1b.get(`/api/v1/accounts/lookup?name=${encodeURIComponent('东莞(长安)五金厂 ')}`)).json();
    expect(found.items).toHaveLength(1);
    expect(Object.keys(found.items[0]).sort()).toEqual(['archiveNo', 'id', 'name', 'ownerName']);
    expect((await s1b.get('/api/v1/accounts/lookup?creditCode=91110000600037341L')).json().total).toBe(1);
    expect((await s1b.get(`/api/v1/accounts/${found.items[0].id}`)).statusCode).toBe(404);
  });
});

describe('batch actions', () => {
  it('sets the stage and tags on own accounts, all or nothing', async () => {
    const a = await create(s1a, { name: '批量一' });
    const b = await create(s1a, { name: '批量二', tags: ['旧'] });
    const other = await create(s1b, { name: '别人的' });
    const refused = await s1a.post('/api/v1/accounts/batch', { accountIds: [a.id, other.id], lifecycleStage: 'key' });
    expect(refused.statusCode).toBe(404);
    expect((await s1a.get(`/api/v1/accounts/${a.id}`)).json().lifecycleStage).toBe('prospect');
    const done = await s1a.post('/api/v1/accounts/batch', { accountIds: [a.id, b.id], lifecycleStage: 'key', addTags: ['2027重点'], removeTags: ['旧'] });
    expect(done.json()).toEqual({ updated: 2 });
    expect((await s1a.get(`/api/v1/accounts/${b.id}`)).json()).toMatchObject({ lifecycleStage: 'key', tags: ['2027重点'] });
    const byManager = await m1.post('/api/v1/accounts/batch', { accountIds: [a.id, other.id], addTags: ['复盘'] });
    expect(byManager.json()).toEqual({ updated: 2 });
  });
});

describe('handover when someone leaves (ARC-4)', () => {
  it("lists a disabled user's accounts to reassign, and the manager hands them over", async () => {
    const leaving = await create(s1b, { name: '离职员工的客户' });
    const user = (await admin.get(`/api/v1/users/${t.users.s1b.id}`)).json();
    await admin.patch(`/api/v1/users/${user.id}`, { version: user.version, isDisabled: true });
    const toReassign = (await m1.get('/api/v1/accounts?toReassign=true')).json();
    expect(toReassign.items.map((a: { name: string }) => a.name)).toContain('离职员工的客户');
    const ids = toReassign.items.map((a: { id: string }) => a.id);
    expect((await m1.post('/api/v1/accounts/transfer', { accountIds: ids, toUserId: t.users.s1a.id })).statusCode).toBe(200);
    expect((await m1.get('/api/v1/accounts?toReassign=true')).json().total).toBe(0);
    expect((await s1a.get(`/api/v1/accounts/${leaving.id}`)).json().ownerId).toBe(t.users.s1a.id);
  });
});
