import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type FixtureUser, type TestApp } from '../../test/harness.ts';

let t: TestApp;
const clients = {} as Record<FixtureUser, Client>;
const ids = {} as Record<'s1a' | 's1b' | 's2' | 'teamOnS1a', string>;

beforeAll(async () => {
  t = await createTestApp();
  for (const name of ['admin', 'director', 'm1', 'm2', 's1a', 's1b', 's2', 'b1', 'f1'] as const) clients[name] = await t.loginAs(name);
  const create = async (client: Client, body: Record<string, unknown>) => {
    const response = await client.post('/api/v1/accounts', body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };
  ids.s1a = await create(clients.s1a, { name: '东莞市萦丰电子塑胶制品厂', industry: 'plastics_rubber', region: 'guangdong', lifecycleStage: 'key', tags: ['重点'] });
  ids.s1b = await create(clients.s1b, { name: '柏安五金制品有限公司', industry: 'metals', region: 'guangdong' });
  ids.s2 = await create(clients.s2, { name: '永特五金塑胶制品有限公司', creditCode: '91350100M000100Y43', region: 'fujian' });
  ids.teamOnS1a = await create(clients.s1a, { name: '华南精密机械集团' });
  expect((await clients.s1a.request({ method: 'PUT', url: `/api/v1/accounts/${ids.teamOnS1a}/team`, payload: { members: [{ userId: t.users.s2.id, role: 'technical' }] } })).statusCode).toBe(204);
});
afterAll(() => t.close());

const names = (response: { json: () => { items: { name: string }[] } }) => response.json().items.map((a) => a.name).sort();

describe('account visibility (ARC-5)', () => {
  it('shows each role exactly the accounts the policy allows in the list', async () => {
    const all = ['东莞市萦丰电子塑胶制品厂', '柏安五金制品有限公司', '永特五金塑胶制品有限公司', '华南精密机械集团'].sort();
    expect(names(await clients.director.get('/api/v1/accounts'))).toEqual(all);
    expect(names(await clients.admin.get('/api/v1/accounts'))).toEqual(all);
    expect(names(await clients.m1.get('/api/v1/accounts'))).toEqual(['东莞市萦丰电子塑胶制品厂', '华南精密机械集团', '柏安五金制品有限公司'].sort());
    expect(names(await clients.m2.get('/api/v1/accounts'))).toEqual(['永特五金塑胶制品有限公司']);
    expect(names(await clients.s1a.get('/api/v1/accounts'))).toEqual(['东莞市萦丰电子塑胶制品厂', '华南精密机械集团'].sort());
    expect(names(await clients.s2.get('/api/v1/accounts'))).toEqual(['华南精密机械集团', '永特五金塑胶制品有限公司'].sort());
    expect(names(await clients.b1.get('/api/v1/accounts'))).toEqual([]);
    expect((await clients.b1.get('/api/v1/accounts')).json().total).toBe(0);
  });

  it('answers 404 to a user outside the account for read, update and delete, and changes nothing', async () => {
    for (const outsider of [clients.s1b, clients.m2, clients.b1, clients.f1]) {
      expect((await outsider.get(`/api/v1/accounts/${ids.s1a}`)).statusCode).toBe(404);
      expect((await outsider.patch(`/api/v1/accounts/${ids.s1a}`, { version: 1, name: 'stolen' })).statusCode).toBe(404);
      expect((await outsider.delete(`/api/v1/accounts/${ids.s1a}?version=1`)).statusCode).toBe(404);
    }
    expect((await clients.s1a.get(`/api/v1/accounts/${ids.s1a}`)).json()).toMatchObject({ name: '东莞市萦丰电子塑胶制品厂', version: 1 });
  });

  it('lets the account team see and edit, and says why each viewer has access', async () => {
    const viaTeam = await clients.s2.get(`/api/v1/accounts/${ids.teamOnS1a}`);
    expect(viaTeam.json()).toMatchObject({ access: 'team', team: [{ username: 's2', role: 'technical' }] });
    expect((await clients.m1.get(`/api/v1/accounts/${ids.s1a}`)).json().access).toBe('chain');
    expect((await clients.s1a.get(`/api/v1/accounts/${ids.s1a}`)).json().access).toBe('owner');
    expect((await clients.director.get(`/api/v1/accounts/${ids.s1a}`)).json().access).toBe('all');
  });

  it('records reads by anyone but the owner in the audit log', async () => {
    await clients.m1.get(`/api/v1/accounts/${ids.s1b}`);
    const log = (await clients.admin.get(`/api/v1/audit?accountId=${ids.s1b}&action=read`)).json();
    expect(log.items.some((e: { actorName: string }) => e.actorName === 'm1')).toBe(true);
    await clients.s1b.get(`/api/v1/accounts/${ids.s1b}`);
    const after = (await clients.admin.get(`/api/v1/audit?accountId=${ids.s1b}&action=read&actorId=${t.users.s1b.id}`)).json();
    expect(after.total).toBe(0);
  });
});

describe('account history', () => {
  it('shows the audit trail to those who see the account, not to others', async () => {
    const history = (await clients.s1a.get(`/api/v1/accounts/${ids.teamOnS1a}/history`)).json();
    expect(history.items.map((e: { entityType: string; action: string }) => `${e.entityType}:${e.action}`)).toEqual(
      expect.arrayContaining(['account:create', 'account_team:update']),
    );
    expect((await clients.s1b.get(`/api/v1/accounts/${ids.teamOnS1a}/history`)).statusCode).toBe(404);
  });
});

describe('ownership cannot be taken', () => {
  it('has no owner field on update (mass assignment is refused)', async () => {
    const response = await clients.s1b.patch(`/api/v1/accounts/${ids.s1a}`, { version: 1, ownerId: t.users.s1b.id });
    expect(response.statusCode).toBe(400);
  });

  it('refuses a specialist creating an account for someone else', async () => {
    const response = await clients.s1a.post('/api/v1/accounts', { name: '别人的客户', ownerId: t.users.s1b.id });
    expect(response.statusCode).toBe(403);
  });

  it('refuses transfers to specialists, and managers outside their team', async () => {
    expect((await clients.s1b.post('/api/v1/accounts/transfer', { accountIds: [ids.s1a], toUserId: t.users.s1b.id })).statusCode).toBe(403);
    expect((await clients.m2.post('/api/v1/accounts/transfer', { accountIds: [ids.s1a], toUserId: t.users.s2.id })).statusCode).toBe(404);
    expect((await clients.m1.post('/api/v1/accounts/transfer', { accountIds: [ids.s1a], toUserId: t.users.s2.id })).statusCode).toBe(403);
    expect((await clients.s1a.get(`/api/v1/accounts/${ids.s1a}`)).json().ownerId).toBe(t.users.s1a.id);
  });

  it('lets the manager hand an account over within the team, recorded in the audit log', async () => {
    const transfer = await clients.m1.post('/api/v1/accounts/transfer', { accountIds: [ids.s1b], toUserId: t.users.s1a.id, note: '交接' });
    expect(transfer.json()).toEqual({ transferred: 1 });
    expect((await clients.s1a.get(`/api/v1/accounts/${ids.s1b}`)).json().ownerName).toBe('S1A');
    expect((await clients.s1b.get(`/api/v1/accounts/${ids.s1b}`)).statusCode).toBe(404);
    const log = (await clients.admin.get(`/api/v1/audit?accountId=${ids.s1b}&action=update`)).json();
    expect(log.items[0]).toMatchObject({ before: { ownerId: t.users.s1b.id }, after: { ownerId: t.users.s1a.id, note: '交接' } });
  });
});

describe('search and filters', () => {
  it.each([
    ['萦丰', '东莞市萦丰电子塑胶制品厂'],
    ['dgyf', '东莞市萦丰电子塑胶制品厂'],
    ['dongguan', '东莞市萦丰电子塑胶制品厂'],
    ['DGSYF', '东莞市萦丰电子塑胶制品厂'],
    ['91350100M000100Y43', '永特五金塑胶制品有限公司'],
  ])('finds %s', async (q, expected) => {
    const response = await clients.director.get(`/api/v1/accounts?q=${encodeURIComponent(q)}`);
    expect(names(response)).toEqual([expected]);
  });

  it('treats % and _ in the search as plain characters', async () => {
    expect((await clients.director.get('/api/v1/accounts?q=%25')).json().total).toBe(0);
  });

  it('filters by region, stage and tag and sorts by an allowed field only', async () => {
    expect(names(await clients.director.get('/api/v1/accounts?region=guangdong&lifecycleStage=key&tag=%E9%87%8D%E7%82%B9'))).toEqual(['东莞市萦丰电子塑胶制品厂']);
    const sorted = (await clients.director.get('/api/v1/accounts?sort=archiveNo')).json().items.map((a: { archiveNo: string }) => a.archiveNo);
    expect(sorted).toEqual([...sorted].sort());
    expect(sorted[0]).toMatch(/^KA\d{4}\d{6}$/);
    expect((await clients.director.get('/api/v1/accounts?sort=ownerId;drop')).statusCode).toBe(400);
  });
});

describe('archive rules and bad input', () => {
  it('refuses a duplicate credit code with 409 naming the existing account', async () => {
    const response = await clients.s1a.post('/api/v1/accounts', { name: '重复', creditCode: '91350100m000100y43' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'ACCOUNT_CREDIT_CODE_TAKEN', errors: [{ path: 'creditCode' }] });
    expect(response.json().detail).toContain('永特五金塑胶制品有限公司');
  });

  it('names each invalid field', async () => {
    const response = await clients.s1a.post('/api/v1/accounts', { name: ' ', creditCode: 'ABC', email: 'x', phone: 'call me', foundedOn: '2008-13-45', region: 'mars' });
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.name', 'body.creditCode', 'body.email', 'body.phone', 'body.foundedOn', 'body.region']));
  });

  it('returns 409 on a stale version and keeps the first change', async () => {
    const current = (await clients.s2.get(`/api/v1/accounts/${ids.s2}`)).json();
    expect((await clients.s2.patch(`/api/v1/accounts/${ids.s2}`, { version: current.version, phone: '0769-8888 8888' })).statusCode).toBe(200);
    const stale = await clients.m2.patch(`/api/v1/accounts/${ids.s2}`, { version: current.version, phone: '13800000000' });
    expect(stale.statusCode).toBe(409);
    expect((await clients.s2.get(`/api/v1/accounts/${ids.s2}`)).json().phone).toBe('0769-8888 8888');
  });

  it('keeps the group hierarchy free of loops', async () => {
    const group = (await clients.s1a.get(`/api/v1/accounts/${ids.teamOnS1a}`)).json();
    const child = (await clients.s1a.get(`/api/v1/accounts/${ids.s1a}`)).json();
    expect((await clients.s1a.patch(`/api/v1/accounts/${ids.s1a}`, { version: child.version, parentId: ids.teamOnS1a })).statusCode).toBe(200);
    const loop = await clients.s1a.patch(`/api/v1/accounts/${ids.teamOnS1a}`, { version: group.version, parentId: ids.s1a });
    expect(loop.statusCode).toBe(400);
    expect(loop.json().code).toBe('ACCOUNT_PARENT_INVALID');
    expect((await clients.director.get(`/api/v1/accounts/${ids.teamOnS1a}`)).json().childCount).toBe(1);
  });

  it('lets only managers and up delete, softly, and not while subsidiaries remain', async () => {
    const own = (await clients.s2.get(`/api/v1/accounts/${ids.s2}`)).json();
    expect((await clients.s2.delete(`/api/v1/accounts/${ids.s2}?version=${own.version}`)).statusCode).toBe(403);
    const group = (await clients.m1.get(`/api/v1/accounts/${ids.teamOnS1a}`)).json();
    expect((await clients.m1.delete(`/api/v1/accounts/${ids.teamOnS1a}?version=${group.version}`)).statusCode).toBe(409);
    expect((await clients.m2.delete(`/api/v1/accounts/${ids.s2}?version=${own.version}`)).statusCode).toBe(204);
    expect((await clients.director.get(`/api/v1/accounts/${ids.s2}`)).statusCode).toBe(404);
    // The credit code is free again once the account is gone.
    expect((await clients.s2.post('/api/v1/accounts', { name: '永特（新）', creditCode: '91350100M000100Y43' })).statusCode).toBe(201);
  });
});
