import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let admin: Client;
let b1: Client;
let s1a: Client;

beforeAll(async () => {
  t = await createTestApp();
  [admin, b1, s1a] = await Promise.all([t.loginAs('admin'), t.loginAs('b1'), t.loginAs('s1a')]);
});
afterAll(() => t.close());

describe('product catalogue (MNY-2)', () => {
  let hm46: { id: string; version: number };

  it('lets back-office add products that everybody reads', async () => {
    const created = await b1.post('/api/v1/products', { name: '液压油 L-HM46', spec: '200L/桶', unit: '桶', category: '液压油', isHighMargin: false, standardPriceFen: 2_980_00, code: 'RD-HM46-200' });
    expect(created.statusCode, created.body).toBe(201);
    hm46 = created.json();
    await b1.post('/api/v1/products', { name: '液压油 L-HM46', spec: '18L/桶', unit: '桶', category: '液压油' });
    await b1.post('/api/v1/products', { name: '合成齿轮油 PAO 320', spec: '18L/桶', unit: '桶', category: '齿轮油', isHighMargin: true });
    const list = (await s1a.get('/api/v1/products?q=yyy')).json();
    expect(list.items.map((p: { spec: string }) => p.spec)).toEqual(['18L/桶', '200L/桶']);
    expect((await s1a.get('/api/v1/products?category=%E9%BD%BF%E8%BD%AE%E6%B2%B9')).json().items[0]).toMatchObject({ name: '合成齿轮油 PAO 320', isHighMargin: true });
    expect((await s1a.get('/api/v1/products/categories')).json().items).toEqual([
      { category: '液压油', count: 2 },
      { category: '齿轮油', count: 1 },
    ]);
  });

  it('refuses a second product with the same name and specification, however written', async () => {
    const again = await admin.post('/api/v1/products', { name: '液压油　l-hm46', spec: '200Ｌ/桶', unit: '桶' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'PRODUCT_NAME_SPEC_TAKEN', errors: [{ path: 'spec' }] });
    expect((await admin.post('/api/v1/products', { name: '别的', unit: '桶', code: 'RD-HM46-200' })).json().code).toBe('PRODUCT_CODE_TAKEN');
  });

  it('keeps the catalogue to products:manage', async () => {
    expect((await s1a.post('/api/v1/products', { name: '私货', unit: '桶' })).statusCode).toBe(403);
    expect((await s1a.patch(`/api/v1/products/${hm46.id}`, { version: hm46.version, standardPriceFen: 1 })).statusCode).toBe(403);
  });

  it('answers 409 to a stale version and deactivates without deleting', async () => {
    const changed = await admin.patch(`/api/v1/products/${hm46.id}`, { version: hm46.version, standardPriceFen: 3_100_00 });
    expect(changed.json()).toMatchObject({ standardPriceFen: 3_100_00, version: 2 });
    expect((await b1.patch(`/api/v1/products/${hm46.id}`, { version: 1, category: '旧' })).statusCode).toBe(409);
    const off = await b1.post(`/api/v1/products/${hm46.id}/deactivate`, { version: 2 });
    expect(off.json()).toMatchObject({ isActive: false, version: 3 });
    expect((await s1a.get('/api/v1/products?isActive=true')).json().total).toBe(2);
    expect((await s1a.get(`/api/v1/products/${hm46.id}`)).json().isActive).toBe(false);
    const log = (await admin.get(`/api/v1/audit?entityType=product&entityId=${hm46.id}`)).json();
    expect(log.items.map((e: { action: string }) => e.action)).toEqual(['update', 'update', 'create']);
  });
});
