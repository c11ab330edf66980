import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let s1a: Client;
let s1b: Client;
let m1: Client;
let director: Client;
let b1: Client;
let accountId: string;
let otherAccountId: string;
const product = {} as Record<'hydraulic' | 'gear' | 'old', string>;

beforeAll(async () => {
  t = await createTestApp();
  [s1a, s1b, m1, director, b1] = await Promise.all(['s1a', 's1b', 'm1', 'director', 'b1'].map((u) => t.loginAs(u)));
  accountId = (await s1a.post('/api/v1/accounts', { name: '东莞市萦丰电子塑胶制品厂' })).json().id;
  otherAccountId = (await s1b.post('/api/v1/accounts', { name: '柏安五金制品有限公司' })).json().id;
  product.hydraulic = (await b1.post('/api/v1/products', { name: '液压油 L-HM46', spec: '200L/桶', unit: '桶', category: '液压油', standardPriceFen: 2_980_00 })).json().id;
  product.gear = (await b1.post('/api/v1/products', { name: '合成齿轮油 PAO 320', spec: '18L/桶', unit: '桶', category: '齿轮油', isHighMargin: true })).json().id;
  const old = (await b1.post('/api/v1/products', { name: '旧款导轨油', unit: '桶' })).json();
  await b1.post(`/api/v1/products/${old.id}/deactivate`, { version: old.version });
  product.old = old.id;
});
afterAll(() => t.close());

const sale = (extra: Record<string, unknown> = {}) => ({ productId: product.hydraulic, soldOn: '2026-03-15', quantity: 4, unitPriceFen: 2_980_00, ...extra });

describe('sales records (MNY-2)', () => {
  let recorded: { id: string; version: number };

  it('records a sale with amount from price × quantity, the owner as salesperson, and audits it', async () => {
    const created = await s1a.post(`/api/v1/accounts/${accountId}/sales`, sale({ costFen: 8_000_00, paidFen: 5_000_00 }));
    expect(created.statusCode, created.body).toBe(201);
    recorded = created.json();
    expect(created.json()).toMatchObject({
      accountName: '东莞市萦丰电子塑胶制品厂',
      productName: '液压油 L-HM46',
      productSpec: '200L/桶',
      quantity: 4,
      amountFen: 11_920_00,
      marginFen: 3_920_00,
      outstandingFen: 6_920_00,
      paymentStatus: 'partial',
      salespersonId: t.users.s1a.id,
      source: 'manual',
      version: 1,
    });
    const log = (await director.get(`/api/v1/audit?accountId=${accountId}&entityType=sales_record`)).json();
    expect(log.items[0]).toMatchObject({ action: 'create', entityId: recorded.id });
  });

  it('refuses a negative quantity without the return mark, naming the field, and writes nothing', async () => {
    const refused = await s1a.post(`/api/v1/accounts/${accountId}/sales`, sale({ quantity: -2 }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'SALES_QUANTITY_NEGATIVE_NOT_RETURN', errors: [{ path: 'quantity' }] });
    expect((await s1a.get(`/api/v1/accounts/${accountId}/sales`)).json().total).toBe(1);
  });

  it('records a return as negative figures, whichever sign it was entered with', async () => {
    const returned = await s1a.post(`/api/v1/accounts/${accountId}/sales`, sale({ quantity: 1, isReturn: true, soldOn: '2026-04-02', unitPriceFen: undefined, amountFen: 2_980_00, paidFen: 0 }));
    expect(returned.statusCode, returned.body).toBe(201);
    expect(returned.json()).toMatchObject({ quantity: -1, amountFen: -2_980_00, isReturn: true, paymentStatus: 'unpaid' });
  });

  it('refuses bad input with a 400 that names the field, never a 500', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [sale({ quantity: 0 }), 'SALES_QUANTITY_ZERO', 'quantity'],
      [sale({ quantity: 1.2345 }), 'SALES_QUANTITY_PRECISION', 'quantity'],
      [sale({ unitPriceFen: undefined }), 'SALES_AMOUNT_MISSING', 'amountFen'],
      [sale({ paidFen: 99_999_999_00 }), 'SALES_PAID_EXCEEDS_AMOUNT', 'paidFen'],
      [sale({ amountFen: -100 }), 'SALES_AMOUNT_SIGN', 'amountFen'],
      [sale({ productId: product.old }), 'PRODUCT_INACTIVE', 'productId'],
      [sale({ salespersonId: '00000000-0000-4000-8000-000000000000' }), 'SALES_SALESPERSON_INVALID', 'salespersonId'],
      [sale({ soldOn: '2026-02-30' }), 'VALIDATION_FAILED', 'body.soldOn'],
      [sale({ quantity: '4' }), 'VALIDATION_FAILED', 'body.quantity'],
    ];
    for (const [body, code, path] of cases) {
      const response = await s1a.post(`/api/v1/accounts/${accountId}/sales`, body);
      expect(response.statusCode, `${code}: ${response.body}`).toBe(400);
      expect(response.json().code).toBe(code);
      expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    expect((await s1a.get(`/api/v1/accounts/${accountId}/sales`)).json().total).toBe(2);
  });

  it('answers 404 for an account the user cannot see, on read, write and list', async () => {
    expect((await s1b.get(`/api/v1/accounts/${accountId}/sales`)).statusCode).toBe(404);
    expect((await s1b.post(`/api/v1/accounts/${accountId}/sales`, sale())).statusCode).toBe(404);
    expect((await s1b.get(`/api/v1/sales/${recorded.id}`)).statusCode).toBe(404);
    expect((await s1b.patch(`/api/v1/sales/${recorded.id}`, { version: 1, paidFen: 0 })).statusCode).toBe(404);
    expect((await s1b.delete(`/api/v1/sales/${recorded.id}?version=1`)).statusCode).toBe(404);
    expect((await s1b.get('/api/v1/sales')).json().total).toBe(0);
    // The manager of the owner sees them; the other manager's view does not include them.
    expect((await m1.get('/api/v1/sales')).json().total).toBe(2);
  });

  it('answers 409 to a stale version and records a payment', async () => {
    const paid = await m1.patch(`/api/v1/sales/${recorded.id}`, { version: 1, paidFen: 11_920_00 });
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.json()).toMatchObject({ paymentStatus: 'paid', outstandingFen: 0, version: 2 });
    const stale = await s1a.patch(`/api/v1/sales/${recorded.id}`, { version: 1, note: '晚到的修改' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const log = (await director.get(`/api/v1/audit?entityType=sales_record&entityId=${recorded.id}`)).json();
    expect(log.items[0]).toMatchObject({ action: 'update', before: { paidFen: 5_000_00 }, after: { paidFen: 11_920_00 } });
  });

  it('checks a patch as the whole line it makes', async () => {
    const flip = await s1a.patch(`/api/v1/sales/${recorded.id}`, { version: 2, quantity: -4 });
    expect(flip.json()).toMatchObject({ code: 'SALES_QUANTITY_NEGATIVE_NOT_RETURN', errors: [{ path: 'quantity' }] });
    const recompute = await s1a.patch(`/api/v1/sales/${recorded.id}`, { version: 2, quantity: 5, amountFen: null, paidFen: null });
    expect(recompute.json()).toMatchObject({ quantity: 5, amountFen: 14_900_00, paymentStatus: 'unknown', version: 3 });
  });

  it('lists with filters, sorts and totals net of returns', async () => {
    await s1a.post(`/api/v1/accounts/${accountId}/sales`, sale({ productId: product.gear, soldOn: '2025-11-01', quantity: 2, unitPriceFen: 1_500_00, costFen: 1_000_00, paidFen: 0 }));
    await s1b.post(`/api/v1/accounts/${otherAccountId}/sales`, sale({ soldOn: '2026-01-10', quantity: 1 }));
    const all = (await director.get('/api/v1/sales?sort=-amountFen')).json();
    expect(all.total).toBe(4);
    expect(all.items.map((r: { amountFen: number }) => r.amountFen)).toEqual([14_900_00, 3_000_00, 2_980_00, -2_980_00]);
    expect(all.totals).toMatchObject({ count: 4, amountFen: 17_900_00, returnsFen: -2_980_00, highMarginAmountFen: 3_000_00 });
    const period = (await s1a.get(`/api/v1/accounts/${accountId}/sales?from=2026-01-01&to=2026-12-31`)).json();
    expect(period.totals).toMatchObject({ count: 2, amountFen: 11_920_00, costFen: 8_000_00, amountWithCostFen: 14_900_00, marginFen: 6_900_00, marginRate: 46.3 });
    expect(period.byYear).toEqual([
      { year: 2025, count: 1, amountFen: 3_000_00, amountWithCostFen: 3_000_00, marginFen: 2_000_00 },
      { year: 2026, count: 2, amountFen: 11_920_00, amountWithCostFen: 14_900_00, marginFen: 6_900_00 },
    ]);
    expect((await director.get(`/api/v1/sales?category=${encodeURIComponent('齿轮油')}`)).json().total).toBe(1);
    expect((await director.get(`/api/v1/sales?ownerId=${t.users.s1b.id}`)).json().items[0].accountId).toBe(otherAccountId);
    expect((await director.get(`/api/v1/sales?salespersonId=${t.users.s1b.id}`)).json().total).toBe(1);
    expect((await director.get('/api/v1/sales?paymentStatus=unpaid')).json().total).toBe(2);
    expect((await director.get('/api/v1/sales?isReturn=true')).json().total).toBe(1);
    expect((await director.get('/api/v1/sales?sort=price')).statusCode).toBe(400);
  });

  it('lets a read grant see the records but not change them', async () => {
    const request = (await b1.post('/api/v1/access-requests', { accountId, reason: '核对货款' })).json();
    await m1.post(`/api/v1/access-requests/${request.id}/decision`, { approve: true, days: 3 });
    expect((await b1.get(`/api/v1/accounts/${accountId}/sales`)).json().total).toBe(3);
    expect((await b1.post(`/api/v1/accounts/${accountId}/sales`, sale())).statusCode).toBe(403);
  });

  it('deletes a record entered by mistake, keeping it in the audit log', async () => {
    const current = (await s1a.get(`/api/v1/sales/${recorded.id}`)).json();
    expect((await s1a.delete(`/api/v1/sales/${recorded.id}?version=${current.version}`)).statusCode).toBe(204);
    expect((await s1a.get(`/api/v1/sales/${recorded.id}`)).statusCode).toBe(404);
    const log = (await director.get(`/api/v1/audit?entityType=sales_record&entityId=${recorded.id}`)).json();
    expect(log.items[0]).toMatchObject({ action: 'delete', before: { amountFen: 14_900_00 } });
  });

  it('exports the list with the same visibility, amounts in yuan', async () => {
    const csv = (await s1b.get('/api/v1/sales/export?format=csv&lang=zh-CN')).body;
    expect(csv).toContain('柏安五金制品有限公司');
    expect(csv).not.toContain('萦丰');
    expect(csv.split('\r\n')[0]).toContain('金额（元）');
    expect(csv).toContain('2980.00');
  });
});
