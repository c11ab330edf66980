import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let s1a: Client;
let s1b: Client;
let director: Client;

// A real multipart upload, as a browser sends it.
function upload(client: Client, file: Buffer, fileName: string, options: Record<string, unknown>) {
  const boundary = '----kamsales' + Math.random().toString(16).slice(2);
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="options"\r\n\r\n${JSON.stringify(options)}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return client.request({ method: 'POST', url: '/api/v1/sales/import', payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
}

const count = async (client: Client) => (await client.get('/api/v1/sales?limit=1')).json().total as number;

beforeAll(async () => {
  t = await createTestApp();
  [s1a, s1b, director] = await Promise.all([t.loginAs('s1a'), t.loginAs('s1b'), t.loginAs('director')]);
  await s1a.post('/api/v1/accounts', { name: '东莞市萦丰电子塑胶制品厂', creditCode: '91350100M000100Y43' });
  await s1a.post('/api/v1/accounts', { name: '柏安五金制品有限公司' });
  await s1b.post('/api/v1/accounts', { name: '永特五金塑胶制品有限公司' });
  const admin = await t.loginAs('admin');
  await admin.post('/api/v1/products', { name: '液压油 L-HM46', spec: '200L/桶', unit: '桶', category: '液压油' });
  await admin.post('/api/v1/products', { name: '液压油 L-HM46', spec: '18L/桶', unit: '桶', category: '液压油' });
  await admin.post('/api/v1/products', { name: '锂基润滑脂 2#', spec: '15kg/桶', unit: 'kg', category: '润滑脂', code: 'RD-GR2' });
});
afterAll(() => t.close());

const HEADER = '进货时间,客户名称,品名,规格,数量,单价,金额,已付金额,退货,业务员,备注';
const GOOD = [
  HEADER,
  '2026-03-01,东莞市萦丰电子塑胶制品厂,液压油 L-HM46,200L/桶,4,"2,980.00",11920,11920,,S1A,',
  '2026年3月5日,91350100M000100Y43,RD-GR2,,17.5,36.00,630,0,否,,试用',
  '2026-03-20,柏安　五金制品有限公司,液压油L-HM46 18L/桶,,-1,,-420,,是,,退回一桶',
].join('\r\n');

describe('sales import (MNY-2 through the ARC-8 engine)', () => {
  it('dry-runs a GBK CSV: detects the encoding, maps the Chinese headers, writes nothing', async () => {
    const response = await upload(s1a, iconv.encode(GOOD, 'gbk'), '销售.csv', { dryRun: true });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json();
    expect(result.encoding.toLowerCase()).toMatch(/gb/);
    expect(result.mapping.columns.map((c: { field: string }) => c.field)).toEqual(['soldOn', 'account', 'product', 'spec', 'quantity', 'unitPrice', 'amount', 'paid', 'isReturn', 'salesperson', 'note']);
    expect(result.report.errors).toEqual([]);
    expect(result.report).toMatchObject({ rows: 3, valid: 3, errorCount: 0 });
    expect(result.batchId).toBeNull();
    expect(await count(s1a)).toBe(0);
  });

  it('reports unknown accounts, unknown products and unmarked negative quantities by row and column, and imports nothing', async () => {
    const bad = [
      HEADER,
      '2026-03-01,东莞市萦丰电子塑胶制品厂,液压油 L-HM46,200L/桶,4,2980,,,,,',
      '2026-03-02,不存在的客户,液压油 L-HM46,200L/桶,1,2980,,,,,',
      '2026-03-03,柏安五金制品有限公司,齿轮油 L-CKD220,18L/桶,1,500,,,,,',
      '2026-03-04,柏安五金制品有限公司,液压油 L-HM46,,1,500,,,,,',
      '2026-03-05,柏安五金制品有限公司,液压油 L-HM46,18L/桶,-2,,-840,,,,',
      '2026-03-06,永特五金塑胶制品有限公司,液压油 L-HM46,18L/桶,2,420,,,,,',
      '2026-03-07,柏安五金制品有限公司,液压油 L-HM46,18L/桶,两桶,420,,,,,',
      '2026-03-08,柏安五金制品有限公司,液压油 L-HM46,18L/桶,1,420,,500,,李四,',
    ].join('\n');
    const dry = (await upload(s1a, Buffer.from(bad), 'bad.csv', { dryRun: true })).json();
    const errors = dry.report.errors.map((e: { row: number; column: string; code: string; value: string }) => [e.row, e.column, e.code, e.value]);
    expect(errors).toEqual([
      [3, '客户名称', 'ACCOUNT_UNKNOWN', '不存在的客户'],
      [4, '品名', 'PRODUCT_UNKNOWN', '齿轮油 L-CKD220 18L/桶'],
      [5, '品名', 'PRODUCT_AMBIGUOUS', '液压油 L-HM46'],
      [6, '数量', 'QUANTITY_NEGATIVE_NOT_RETURN', '-2'],
      [6, '金额', 'AMOUNT_SIGN', '-840'],
      [7, '客户名称', 'ACCOUNT_UNKNOWN', '永特五金塑胶制品有限公司'], // S1b's account: not S1a's to change
      [8, '数量', 'QUANTITY_INVALID', '两桶'],
      [9, '业务员', 'SALESPERSON_UNKNOWN', '李四'],
      [9, '已付金额', 'PAID_EXCEEDS_AMOUNT', '500'],
    ]);
    expect(dry.report).toMatchObject({ rows: 8, valid: 1, invalid: 7 });
    const real = await upload(s1a, Buffer.from(bad), 'bad.csv', { dryRun: false });
    expect(real.statusCode).toBe(422);
    expect(real.json().code).toBe('IMPORT_HAS_ERRORS');
    expect(await count(director)).toBe(0);
  });

  it('imports all rows in one batch, with returns negative and the owner as default salesperson', async () => {
    const response = await upload(s1a, Buffer.from(`\uFEFF${GOOD}`), 'sales.csv', { dryRun: false });
    expect(response.statusCode, response.body).toBe(200);
    const { created, batchId } = response.json();
    expect(created).toBe(3);
    expect(batchId).toMatch(/^[0-9a-f-]{36}$/);
    const list = (await s1a.get('/api/v1/sales?sort=soldOn')).json();
    expect(list.items.map((r: Record<string, unknown>) => [r.soldOn, r.productSpec, r.quantity, r.amountFen, r.paidFen, r.isReturn, r.source, r.salespersonName])).toEqual([
      ['2026-03-01', '200L/桶', 4, 11_920_00, 11_920_00, false, 'import', 'S1A'],
      ['2026-03-05', '15kg/桶', 17.5, 630_00, 0, false, 'import', 'S1A'],
      ['2026-03-20', '18L/桶', -1, -420_00, null, true, 'import', 'S1A'],
    ]);
    expect(list.totals).toMatchObject({ amountFen: 12_130_00, returnsFen: -420_00 });
    const log = (await director.get('/api/v1/audit?entityType=sales_import')).json();
    expect(log.items).toHaveLength(2); // one entry per account of the file
    expect(log.items.every((e: { entityId: string }) => e.entityId === batchId)).toBe(true);
  });

  it('reads an .xlsx with an explicit mapping and a 万元 amount column', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('销售');
    sheet.addRow(['日期', '客户', '货品', '包装', '销量', '销售额（万元）']);
    sheet.addRow([new Date(Date.UTC(2026, 4, 6)), '柏安五金制品有限公司', '液压油 L-HM46', '200L/桶', 10, 2.98]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await upload(s1a, bytes, 'sales.xlsx', { dryRun: false, map: { 货品: 'product', 包装: 'spec', '销售额（万元）': 'amount' } });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().created).toBe(1);
    expect((await s1a.get('/api/v1/sales?from=2026-05-01')).json().items[0]).toMatchObject({ soldOn: '2026-05-06', amountFen: 29_800_00, quantity: 10 });
  });

  it('is refused to a role without sales:write, before the file is read', async () => {
    const admin = await t.loginAs('admin');
    await admin.post('/api/v1/users', { username: 'service1', name: '客服', password: 'service-pass-1', role: 'service' });
    const service = await t.loginAs('service1', 'service-pass-1');
    const refused = await upload(service, Buffer.from(GOOD), 'x.csv', { dryRun: true });
    expect(refused.statusCode).toBe(403);
  });
});
