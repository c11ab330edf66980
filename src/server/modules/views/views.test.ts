import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('saved views', () => {
  it('keeps personal views private and shows shared views to everyone, editable only by their author', async () => {
    const [s1a, s2] = await Promise.all([t.loginAs('s1a'), t.loginAs('s2')]);
    const mine = await s1a.post('/api/v1/saved-views', { resource: 'accounts', name: '我的广东客户', state: { region: 'guangdong', sort: '-updatedAt', columns: ['name', 'owner'] } });
    expect(mine.statusCode).toBe(201);
    const shared = (await s1a.post('/api/v1/saved-views', { resource: 'accounts', name: '重点客户', state: { lifecycleStage: 'key' }, isShared: true })).json();
    expect((await s1a.get('/api/v1/saved-views?resource=accounts')).json().total).toBe(2);
    const seenByOther = (await s2.get('/api/v1/saved-views?resource=accounts')).json();
    expect(seenByOther.items.map((v: { name: string }) => v.name)).toEqual(['重点客户']);
    expect((await s2.patch(`/api/v1/saved-views/${shared.id}`, { version: 1, name: '抢来的' })).statusCode).toBe(403);
    expect((await s2.delete(`/api/v1/saved-views/${mine.json().id}`)).statusCode).toBe(404);
    expect((await s1a.patch(`/api/v1/saved-views/${shared.id}`, { version: 1, name: '年度重点' })).json().name).toBe('年度重点');
    expect((await s1a.patch(`/api/v1/saved-views/${shared.id}`, { version: 1, name: 'stale' })).statusCode).toBe(409);
  });

  it('refuses oversized or nested view state', async () => {
    const s1a = await t.loginAs('s1a');
    expect((await s1a.post('/api/v1/saved-views', { resource: 'accounts', name: 'x', state: { a: { nested: true } } })).statusCode).toBe(400);
    expect((await s1a.post('/api/v1/saved-views', { resource: 'deals', name: 'x', state: {} })).statusCode).toBe(400);
  });
});
