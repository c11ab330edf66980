import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let s1a: Client;
let m1: Client;

beforeAll(async () => {
  t = await createTestApp();
  [s1a, m1] = await Promise.all([t.loginAs('s1a'), t.loginAs('m1')]);
});
afterAll(() => t.close());

// A real multipart upload, as a browser sends it.
function upload(client: Client, file: Buffer, fileName: string, options: Record<string, unknown>, url = '/api/v1/accounts/import') {
  const boundary = '----kamtest' + Math.random().toString(16).slice(2);
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="options"\r\n\r\n${JSON.stringify(options)}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return client.request({ method: 'POST', url, payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
}

const count = async (client: Client) => (await client.get('/api/v1/accounts?limit=1')).json().total as number;

const CSV = [
  '客户名称,统一社会信用代码,电话,注册资本（万元）,成立日期,公司性质,地区,客户阶段',
  '东莞市萦丰电子塑胶制品厂,91350100M000100Y43,0769-8888 8888,500,2008年11月25日,民营企业,广东,重点客户',
  '柏安五金制品有限公司,,0769-85550000,"1,200",2010-03-01,私企,广东,开发中',
].join('\r\n');

describe('account import (ARC-8)', () => {
  it('dry-runs a GBK CSV: detects the encoding, maps Chinese headers, writes nothing', async () => {
    const response = await upload(s1a, iconv.encode(CSV, 'gbk'), '客户.csv', { dryRun: true });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json();
    expect(result.encoding.toLowerCase()).toMatch(/gb/);
    expect(result.report).toMatchObject({ rows: 2, valid: 2, errorCount: 0 });
    expect(result.mapping.columns.map((c: { field: string }) => c.field)).toEqual(['name', 'creditCode', 'phone', 'registeredCapital', 'foundedOn', 'ownership', 'region', 'lifecycleStage']);
    expect(await count(s1a)).toBe(0);
  });

  it('imports all rows in one go, with amounts in fen and labels matched', async () => {
    const response = await upload(s1a, Buffer.from(`\uFEFF${CSV}`), 'accounts.csv', { dryRun: false });
    expect(response.json()).toMatchObject({ created: 2, updated: 0, skipped: 0 });
    const list = (await s1a.get('/api/v1/accounts?q=dgyf')).json();
    expect(list.items[0]).toMatchObject({
      name: '东莞市萦丰电子塑胶制品厂',
      creditCode: '91350100M000100Y43',
      registeredCapitalFen: 500_0000_00,
      foundedOn: '2008-11-25',
      ownership: 'private',
      region: 'guangdong',
      lifecycleStage: 'key',
      ownerId: t.users.s1a.id,
    });
    expect(list.items[0].archiveNo).toMatch(/^KA\d{10}$/);
    const log = (await (await t.loginAs('admin')).get(`/api/v1/audit?accountId=${list.items[0].id}`)).json();
    expect(log.items[0]).toMatchObject({ action: 'create', after: { source: 'import' } });
  });

  it('reports duplicates against existing accounts and applies the choices', async () => {
    const again = [CSV.split('\r\n')[0], '东莞市萦丰电子塑胶制品厂,91350100M000100Y43,0769-2222 3333,,,,,', '柏安五金制品有限公司 ,,0769-22222222,,,,,', '新客户（东莞）有限公司,,,,,,,'].join('\n');
    const dry = (await upload(s1a, Buffer.from(again), 'again.csv', { dryRun: true })).json();
    expect(dry.report.errors).toEqual([]);
    expect(dry.report.duplicates.map((d: { row: number; matchedBy: string; allowed: string[] }) => [d.row, d.matchedBy, d.allowed])).toEqual([
      [2, 'creditCode', ['skip', 'update']],
      [3, 'name', ['skip', 'update', 'create']],
    ]);
    const refused = await upload(s1a, Buffer.from(again), 'again.csv', { dryRun: false, choices: { 2: 'create' } });
    expect(refused.statusCode).toBe(400);
    const done = (await upload(s1a, Buffer.from(again), 'again.csv', { dryRun: false, choices: { 2: 'update' } })).json();
    expect(done).toMatchObject({ created: 1, updated: 1, skipped: 1 });
    expect((await s1a.get('/api/v1/accounts?q=dgyf')).json().items[0].phone).toBe('0769-22223333');
    expect(await count(s1a)).toBe(3);
  });

  it('imports nothing when one row is wrong, and names row and column of every error', async () => {
    const bad = ['客户名称,电话,成立日期,注册资本', '好客户甲,0769-88888888,2020-01-01,500万元', '坏客户,12345,25/11/08,五百万', ',0769-88888888,,'].join('\n');
    const before = await count(s1a);
    const response = await upload(s1a, Buffer.from(bad), 'bad.csv', { dryRun: false });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('IMPORT_HAS_ERRORS');
    const dry = (await upload(s1a, Buffer.from(bad), 'bad.csv', { dryRun: true })).json();
    expect(dry.report.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code])).toEqual([
      [3, '电话', 'PHONE_INVALID'],
      [3, '成立日期', 'DATE_AMBIGUOUS'],
      [3, '注册资本', 'MONEY_INVALID'],
      [4, '客户名称', 'REQUIRED'],
    ]);
    expect(await count(s1a)).toBe(before);
  });

  it('reads .xlsx workbooks, formula cells as their values', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('客户');
    sheet.addRow(['客户档案表']);
    sheet.addRow(['客户名称', '员工人数', '成立日期']);
    sheet.addRow(['华南精密机械集团', { formula: '100*3', result: 300 }, new Date(Date.UTC(2001, 4, 8))]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = (await upload(s1a, file, '客户.xlsx', { dryRun: false })).json();
    expect(result).toMatchObject({ format: 'xlsx', created: 1 });
    expect((await s1a.get(`/api/v1/accounts?q=${encodeURIComponent('华南精密')}`)).json().items[0]).toMatchObject({ employeesTotal: 300, foundedOn: '2001-05-08' });
  });

  it('answers bad files with clear 4xx errors, never 500', async () => {
    const cases: [Buffer, string, number, string][] = [
      [Buffer.alloc(0), 'empty.csv', 400, 'IMPORT_FILE_EMPTY'],
      [Buffer.from('电话,地址\n0769-88888888,东莞\n'), 'noname.csv', 422, 'IMPORT_REQUIRED_COLUMN_MISSING'],
      [Buffer.from('this is not a workbook'), 'fake.xlsx', 415, 'IMPORT_FORMAT_MISMATCH'],
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'old.xls', 415, 'IMPORT_XLS_LEGACY'],
      [iconv.encode(CSV, 'gbk'), 'declared.csv', 422, 'IMPORT_ENCODING_INVALID'],
    ];
    for (const [file, name, status, code] of cases) {
      const response = await upload(s1a, file, name, { dryRun: true, ...(name === 'declared.csv' ? { encoding: 'utf-8' } : {}) });
      expect([response.statusCode, response.json().code], name).toEqual([status, code]);
    }
    const huge = await upload(s1a, Buffer.alloc(21 * 1024 * 1024, 0x41), 'huge.csv', { dryRun: true });
    expect(huge.statusCode).toBe(413);
    const badOptions = await upload(s1a, Buffer.from(CSV), 'a.csv', { dryRun: 'yes' });
    expect(badOptions.statusCode).toBe(400);
  });

  it('lets a manager import for a report, but not a specialist for a colleague', async () => {
    const file = Buffer.from('客户名称\n经理分配的客户\n');
    expect((await upload(s1a, file, 'a.csv', { dryRun: false, ownerId: t.users.s1b.id })).statusCode).toBe(403);
    expect((await upload(m1, file, 'a.csv', { dryRun: false, ownerId: t.users.s1b.id })).json().created).toBe(1);
  });
});

describe('account export', () => {
  it('exports the current view as xlsx that reads back, in the user language, formulas neutralised', async () => {
    await s1a.post('/api/v1/accounts', { name: '=HYPERLINK("http://evil","点我")', region: 'guangdong' });
    const response = await s1a.request({ method: 'GET', url: '/api/v1/accounts/export?format=xlsx&region=guangdong&sort=name' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain("filename*=UTF-8''");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['档案编号', '客户名称', '统一社会信用代码', '客户阶段']);
    const names: unknown[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) names.push(row.getCell(2).value);
      row.eachCell((cell) => expect(cell.formula, `row ${n}`).toBeFalsy());
    });
    expect(names).toContain('=HYPERLINK("http://evil","点我")');
    expect(names).toContain('东莞市萦丰电子塑胶制品厂');
    const visible = (await s1a.get('/api/v1/accounts?region=guangdong&limit=200')).json().total;
    expect(names).toHaveLength(visible);
    const stages = [] as unknown[];
    sheet.eachRow((row, n) => n > 1 && stages.push(row.getCell(4).value));
    expect(stages).toContain('重点客户');
  });

  it('exports CSV with a BOM and English headers, and only what the user may see', async () => {
    const s2 = await t.loginAs('s2');
    const response = await s2.request({ method: 'GET', url: '/api/v1/accounts/export?format=csv&lang=en-US' });
    expect(response.body.charCodeAt(0)).toBe(0xfeff);
    const lines = response.body.slice(1).trim().split(/\r?\n/);
    expect(lines[0].startsWith('Archive no.,Account name')).toBe(true);
    expect(lines).toHaveLength(1); // s2 owns nothing here
  });
});

describe('contacts import', () => {
  it('matches each row to an account by name, credit code or archive number, all or nothing', async () => {
    const yingfeng = (await s1a.get('/api/v1/accounts?q=dgyf')).json().items[0];
    const baian = (await s1a.get(`/api/v1/accounts?q=${encodeURIComponent('柏安')}`)).json().items[0];
    const csv = [
      '所属客户,姓名,职务,手机,态度,影响力',
      '东莞市萦丰电子塑胶制品厂,陈容,采购经理,13800000001,支持者,4',
      '91350100M000100Y43,杨雪英,采购主管,13800000002,中立,3',
      `${baian.archiveNo},李工,设备工程师,,,`,
    ].join('\n');
    const dry = (await upload(s1a, Buffer.from(csv), 'contacts.csv', { dryRun: true }, '/api/v1/contacts/import')).json();
    expect(dry.report.errors).toEqual([]);
    expect(dry.report).toMatchObject({ rows: 3, valid: 3, errorCount: 0 });
    const done = (await upload(s1a, Buffer.from(csv), 'contacts.csv', { dryRun: false }, '/api/v1/contacts/import')).json();
    expect(done.created).toBe(3);
    const people = (await s1a.get(`/api/v1/accounts/${yingfeng.id}/contacts`)).json().items;
    expect(people.map((c: { name: string; attitude: string | null }) => [c.name, c.attitude])).toEqual([
      ['杨雪英', 'neutral'],
      ['陈容', 'supporter'],
    ]);
  });

  it("refuses rows naming someone else's or an unknown account, and writes nothing", async () => {
    const other = (await (await t.loginAs('s2')).post('/api/v1/accounts', { name: '二部的客户' })).json();
    const csv = ['客户名称,姓名', '东莞市萦丰电子塑胶制品厂,王五', `${other.name},间谍`, '不存在的公司,赵六'].join('\n');
    const response = await upload(s1a, Buffer.from(csv), 'c.csv', { dryRun: true }, '/api/v1/contacts/import');
    expect(response.json().report.errors.map((e: { row: number; code: string }) => [e.row, e.code])).toEqual([
      [3, 'ACCOUNT_UNKNOWN'],
      [4, 'ACCOUNT_UNKNOWN'],
    ]);
    expect((await upload(s1a, Buffer.from(csv), 'c.csv', { dryRun: false }, '/api/v1/contacts/import')).statusCode).toBe(422);
    expect((await s1a.get(`/api/v1/contacts?q=${encodeURIComponent('王五')}`)).json().total).toBe(0);
  });
});
