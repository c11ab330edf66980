import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let s1a: Client;
let s1b: Client;
let m1: Client;
let director: Client;
let accountId: string;
const contact = {} as Record<'boss' | 'buyer' | 'engineer', { id: string; version: number }>;

beforeAll(async () => {
  t = await createTestApp();
  [s1a, s1b, m1, director] = await Promise.all([t.loginAs('s1a'), t.loginAs('s1b'), t.loginAs('m1'), t.loginAs('director')]);
  accountId = (await s1a.post('/api/v1/accounts', { name: '萦丰电子塑胶制品厂', lifecycleStage: 'key' })).json().id;
});
afterAll(() => t.close());

describe('contacts and decision makers (ARC-2)', () => {
  it('adds contacts with reports-to forming the org chart', async () => {
    const boss = await s1a.post(`/api/v1/accounts/${accountId}/contacts`, {
      name: '陈容',
      title: '总经理',
      buyingRole: 'decision_maker',
      decisionStyle: 'leader',
      attitude: 'neutral',
      influence: 5,
      vestedInterests: ['年度成本下降 5%'],
      mobile: '138 0000 0000',
    });
    expect(boss.statusCode, boss.body).toBe(201);
    contact.boss = boss.json();
    const buyer = await s1a.post(`/api/v1/accounts/${accountId}/contacts`, { name: '杨雪英', title: '采购经理', buyingRole: 'influencer', attitude: 'supporter', reportsToId: contact.boss.id });
    contact.buyer = buyer.json();
    const engineer = await s1a.post(`/api/v1/accounts/${accountId}/contacts`, { name: '李工', title: '设备工程师', buyingRole: 'user', reportsToId: contact.buyer.id });
    contact.engineer = engineer.json();
    const list = (await s1a.get(`/api/v1/accounts/${accountId}/contacts`)).json();
    expect(list.total).toBe(3);
    expect(list.items.find((c: { name: string }) => c.name === '李工').reportsToId).toBe(contact.buyer.id);
  });

  it('refuses a reports-to loop or a manager from another account', async () => {
    const loop = await s1a.patch(`/api/v1/contacts/${contact.boss.id}`, { version: contact.boss.version, reportsToId: contact.engineer.id });
    expect(loop.statusCode).toBe(400);
    expect(loop.json().code).toBe('CONTACT_REPORTS_TO_INVALID');
    const other = (await s1a.post('/api/v1/accounts', { name: '另一家公司' })).json().id;
    const stranger = (await s1a.post(`/api/v1/accounts/${other}/contacts`, { name: '外人' })).json();
    const cross = await s1a.patch(`/api/v1/contacts/${contact.engineer.id}`, { version: contact.engineer.version, reportsToId: stranger.id });
    expect(cross.statusCode).toBe(400);
  });

  it('reports coverage gaps until the account is covered (ARC-3)', async () => {
    expect((await s1a.get(`/api/v1/accounts/${accountId}/coverage`)).json()).toEqual({ gaps: [] });
    // 陈容 leaves; 杨雪英 takes over (seed 003).
    const left = await s1a.patch(`/api/v1/contacts/${contact.boss.id}`, { version: contact.boss.version, isLeft: true, successorId: contact.buyer.id });
    expect(left.statusCode).toBe(200);
    expect(left.json().leftOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await s1a.get(`/api/v1/accounts/${accountId}/coverage`)).json().gaps).toEqual(['few_contacts', 'no_decision_maker']);
    expect((await s1a.get(`/api/v1/accounts/${accountId}/contacts`)).json().total).toBe(2);
    expect((await s1a.get(`/api/v1/accounts/${accountId}/contacts?includeLeft=true`)).json().total).toBe(3);
  });

  it('records which of our people know a contact', async () => {
    const response = await s1a.request({
      method: 'PUT',
      url: `/api/v1/contacts/${contact.buyer.id}/relationships`,
      payload: { links: [{ userId: t.users.s1a.id, strength: 4, note: '老朋友' }, { userId: t.users.m1.id, strength: 2 }] },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().relationships).toHaveLength(2);
    const bad = await s1a.request({ method: 'PUT', url: `/api/v1/contacts/${contact.buyer.id}/relationships`, payload: { links: [{ userId: '00000000-0000-4000-8000-000000000000', strength: 3 }] } });
    expect(bad.statusCode).toBe(400);
  });

  it('finds contacts across accounts by name, pinyin or phone — only on visible accounts', async () => {
    expect((await director.get('/api/v1/contacts?q=yxy')).json().items.map((c: { name: string }) => c.name)).toEqual(['杨雪英']);
    expect((await m1.get('/api/v1/contacts?q=%E6%9D%8E%E5%B7%A5')).json().items[0].accountName).toBe('萦丰电子塑胶制品厂');
    expect((await s1a.get('/api/v1/contacts?q=13800000000&includeLeft=true')).json().total).toBe(0); // the phone is stored as typed
    expect((await s1a.get('/api/v1/contacts?q=138%200000&includeLeft=true')).json().total).toBe(1);
    expect((await s1b.get('/api/v1/contacts?q=yxy')).json().total).toBe(0);
  });

  it('hides contacts of invisible accounts: 404 for read, write and list', async () => {
    expect((await s1b.get(`/api/v1/contacts/${contact.buyer.id}`)).statusCode).toBe(404);
    expect((await s1b.patch(`/api/v1/contacts/${contact.buyer.id}`, { version: 1, name: 'x' })).statusCode).toBe(404);
    expect((await s1b.get(`/api/v1/accounts/${accountId}/contacts`)).statusCode).toBe(404);
    expect((await s1b.post(`/api/v1/accounts/${accountId}/contacts`, { name: '间谍' })).statusCode).toBe(404);
    expect((await s1a.get(`/api/v1/accounts/${accountId}/contacts`)).json().total).toBe(2);
  });

  it('audits contact changes against the account', async () => {
    const log = (await director.get(`/api/v1/audit?accountId=${accountId}&entityType=contact`)).json();
    expect(log.items.some((e: { action: string; after: { isLeft?: boolean } }) => e.action === 'update' && e.after?.isLeft === true)).toBe(true);
  });
});
