import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let admin: Client;
let s1a: Client;
let s1b: Client;
let m1: Client;
let director: Client;

beforeAll(async () => {
  t = await createTestApp();
  [admin, s1a, s1b, m1, director] = await Promise.all([t.loginAs('admin'), t.loginAs('s1a'), t.loginAs('s1b'), t.loginAs('m1'), t.loginAs('director')]);
});
afterAll(() => t.close());

const OIL_VOLUME = { key: 'oil_volume', label: { 'zh-CN': '年用油量', 'en-US': 'Annual oil volume' }, type: 'number', options: [], required: false, active: true };
const BRAND = { key: 'brand', label: { 'zh-CN': '现用品牌', 'en-US': 'Current brand' }, type: 'select', options: ['美孚', '壳牌'], required: true, active: true };

// Settings are one record: each test reads the version it changes.
const current = async () => (await s1a.get('/api/v1/settings/archive')).json();
const save = async (client: Client, changes: Record<string, unknown>) => {
  const settings = await current();
  return client.put('/api/v1/settings/archive', { checklist: settings.checklist, customFields: settings.customFields, version: settings.version, ...changes });
};

// First, while no custom field is required.
describe("the viewer's capabilities on an account", () => {
  it('tell the owner, a colleague with a grant, the manager and the director what they may do', async () => {
    const account = (await s1a.post('/api/v1/accounts', { name: '能力标志厂' })).json();
    expect((await s1a.get(`/api/v1/accounts/${account.id}`)).json().can).toEqual({ edit: true, delete: false, transfer: false, review: false });
    expect((await m1.get(`/api/v1/accounts/${account.id}`)).json().can).toEqual({ edit: true, delete: true, transfer: true, review: false });
    await s1a.post(`/api/v1/accounts/${account.id}/review/submit`);
    expect((await m1.get(`/api/v1/accounts/${account.id}`)).json().can.review).toBe(true);
    expect((await s1a.get(`/api/v1/accounts/${account.id}`)).json().can.review).toBe(false);
    expect((await director.get(`/api/v1/accounts/${account.id}`)).json().can).toEqual({ edit: true, delete: true, transfer: true, review: true });
    expect((await s1b.get(`/api/v1/accounts/${account.id}`)).statusCode).toBe(404);
  });
});

describe('custom fields (ARC-1)', () => {
  it('only an administrator defines them; everybody reads them', async () => {
    expect((await save(director, { customFields: [OIL_VOLUME] })).statusCode).toBe(403);
    expect((await save(s1a, { customFields: [OIL_VOLUME] })).statusCode).toBe(403);
    const saved = await save(admin, { customFields: [OIL_VOLUME, BRAND] });
    expect(saved.statusCode).toBe(200);
    expect((await current()).customFields.map((f: { key: string }) => f.key)).toEqual(['oil_volume', 'brand']);
  });

  it('refuses bad definitions, naming the field, and a stale version', async () => {
    const bad = await save(admin, { customFields: [OIL_VOLUME, BRAND, { ...OIL_VOLUME }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ path: 'customFields.2.key', message: 'duplicate key oil_volume' }]);
    const noOptions = await save(admin, { customFields: [OIL_VOLUME, { ...BRAND, options: [] }] });
    expect(noOptions.json().errors[0].path).toBe('customFields.1.options');
    // Saved fields are retired, not removed or retyped: accounts hold values under them.
    const removed = await save(admin, { customFields: [BRAND] });
    expect(removed.json().errors).toEqual([{ path: 'customFields', message: 'oil_volume cannot be removed; retire it instead' }]);
    const retyped = await save(admin, { customFields: [{ ...OIL_VOLUME, type: 'text' }, BRAND] });
    expect(retyped.json().errors[0].path).toBe('customFields.0.type');
    const settings = await current();
    expect((await admin.put('/api/v1/settings/archive', { ...settings, version: settings.version - 1 })).statusCode).toBe(409);
  });

  it('accounts take values of the defined fields, typed and required', async () => {
    const missing = await s1a.post('/api/v1/accounts', { name: '自定义字段厂', customFields: { oil_volume: 1200 } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([{ path: 'customFields.brand', message: 'required' }]);
    const wrong = await s1a.post('/api/v1/accounts', { name: '自定义字段厂', customFields: { brand: '嘉实多', oil_volume: 'many', color: 'red' } });
    expect(wrong.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['customFields.brand', 'customFields.color', 'customFields.oil_volume']);
    const created = await s1a.post('/api/v1/accounts', { name: '自定义字段厂', customFields: { brand: '美孚', oil_volume: 1200 } });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const detail = (await s1a.get(`/api/v1/accounts/${id}`)).json();
    expect(detail.customFields).toEqual({ brand: '美孚', oil_volume: 1200 });
    const updated = await s1a.patch(`/api/v1/accounts/${id}`, { version: detail.version, customFields: { oil_volume: 900 } });
    expect(updated.statusCode).toBe(200);
    expect((await s1a.get(`/api/v1/accounts/${id}`)).json().customFields).toEqual({ brand: '美孚', oil_volume: 900 });
    // Who changed it, in the archive's history.
    const history = (await s1a.get(`/api/v1/accounts/${id}/history`)).json();
    expect(history.items.some((e: { after: { customFields?: unknown } }) => JSON.stringify(e.after?.customFields) === JSON.stringify({ brand: '美孚', oil_volume: 900 }))).toBe(true);
  });

  it('the checklist may require a custom field, and changing it rescores every archive', async () => {
    const account = (await s1a.post('/api/v1/accounts', { name: '清单测试厂', phone: '0769-85550001', customFields: { brand: '壳牌' } })).json();
    const saved = await save(admin, { checklist: [{ id: 'phone', kind: 'field', field: 'phone' }, { id: 'custom.oil_volume', kind: 'custom_field', key: 'oil_volume' }] });
    expect(saved.statusCode).toBe(200);
    await expect.poll(async () => (await s1a.get(`/api/v1/accounts/${account.id}`)).json().completeness).toBe(50);
    expect((await s1a.get(`/api/v1/accounts/${account.id}`)).json().completenessMissing).toEqual(['custom.oil_volume']);
    const detail = (await s1a.get(`/api/v1/accounts/${account.id}`)).json();
    const filled = (await s1a.patch(`/api/v1/accounts/${account.id}`, { version: detail.version, customFields: { oil_volume: 5 } })).json();
    expect(filled.completeness).toBe(100);
    const unknown = await save(admin, { checklist: [{ id: 'custom.nope', kind: 'custom_field', key: 'nope' }] });
    expect(unknown.json().errors).toEqual([{ path: 'checklist.0', message: 'no active custom field nope' }]);
  });

  it('a multiple-choice field takes a list of its options', async () => {
    const settings = await current();
    const machines = { key: 'machines', label: { 'zh-CN': '设备', 'en-US': 'Machines' }, type: 'multiselect', options: ['注塑机', '冲床'], required: false, active: true };
    expect((await save(admin, { customFields: [...settings.customFields, machines] })).statusCode).toBe(200);
    const created = await s1a.post('/api/v1/accounts', { name: '多选字段厂', customFields: { brand: '美孚', machines: ['冲床', '注塑机'] } });
    expect(created.statusCode).toBe(201);
    expect((await s1a.get(`/api/v1/accounts/${created.json().id}`)).json().customFields.machines).toEqual(['冲床', '注塑机']);
    const wrong = await s1a.post('/api/v1/accounts', { name: '多选字段厂二', customFields: { brand: '美孚', machines: ['车床'] } });
    expect(wrong.json().errors[0].path).toBe('customFields.machines');
  });
});
