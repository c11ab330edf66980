import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../domain/import/parse-date.ts';
import { parseEmail, parsePhone } from '../../../domain/import/parse-contact.ts';
import { parseInteger, parseMoney } from '../../../domain/import/parse-number.ts';
import { parseCreditCode, parseEnum, parseText } from '../../../domain/import/parse-values.ts';
import { identityKeys, planImport, withDuplicates } from './duplicates.ts';
import { mapColumns } from './mapping.ts';
import { readTable } from './read-table.ts';
import { catchAppError } from './test-helpers.ts';
import { validateRows, type FieldSpec } from './validate-rows.ts';

const OWNERSHIP = [
  { id: 'state_owned', labels: ['国有企业', '国企'] },
  { id: 'private', labels: ['民营企业', '私营企业'] },
];

// An accounts import as the accounts module will configure it.
const FIELDS: FieldSpec[] = [
  { key: 'name', labels: ['客户名称', '公司名称'], required: true, parse: (t) => parseText(t, { maxLength: 200 }) },
  { key: 'creditCode', labels: ['统一社会信用代码', '信用代码'], parse: parseCreditCode },
  { key: 'phone', labels: ['电话', '联系电话'], parse: (t) => parsePhone(t) },
  { key: 'email', labels: ['邮箱', '电子邮件', 'E-mail'], parse: parseEmail },
  { key: 'registeredCapital', labels: ['注册资本'], parse: (t, c) => parseMoney(t, { unit: c.unit }) },
  { key: 'foundedOn', labels: ['成立日期'], parse: (t) => parseDate(t) },
  { key: 'employeesTotal', labels: ['员工人数', '人数'], parse: (t) => parseInteger(t, { max: 10_000_000 }) },
  { key: 'ownership', labels: ['公司性质', '企业性质'], parse: (t) => parseEnum(t, OWNERSHIP) },
];

const HEADER = '客户名称,统一社会信用代码,电话,邮箱,注册资本（万元）,成立日期,员工人数,公司性质,备注';

async function dryRun(lines: string[], options: Parameters<typeof validateRows>[3] = {}) {
  const table = await readTable(Buffer.from([HEADER, ...lines].join('\n')));
  return validateRows(table, mapColumns(table.headers, FIELDS), FIELDS, options);
}

describe('validateRows', () => {
  it('parses every mapped field of valid rows, with the unit from the header', async () => {
    const { report, records } = await dryRun(['东莞市萦丰电子有限公司,91350100M000100Y43,0769-8888 8888,sales@yingfeng.com,500,2008年11月25日,"1,200人",民营企业,老客户']);
    expect(report).toEqual({ rows: 1, valid: 1, invalid: 0, errorCount: 0, errors: [], isTruncated: false, duplicates: [] });
    expect(records).toEqual([
      {
        row: 2,
        values: {
          name: '东莞市萦丰电子有限公司',
          creditCode: '91350100M000100Y43',
          phone: '0769-88888888',
          email: 'sales@yingfeng.com',
          registeredCapital: { amount: 500_0000_00, currency: 'CNY' },
          foundedOn: '2008-11-25',
          employeesTotal: 1200,
          ownership: 'private',
        },
      },
    ]);
  });

  it('reports every bad cell with row, column, field, value and code', async () => {
    const { report, records } = await dryRun([
      '萦丰,91350100M000100Y44,12345,sales@,五百万,25/11/08,约100人,外企,x',
      ',91440300708461136T,0755-86013388,,,,,,',
      '腾讯,,,,,,,,',
    ]);
    expect(report).toMatchObject({ rows: 3, valid: 1, invalid: 2, errorCount: 8, isTruncated: false });
    expect(report.errors.map((e) => [e.row, e.column, e.columnLetter, e.field, e.value, e.code])).toEqual([
      [2, '统一社会信用代码', 'B', 'creditCode', '91350100M000100Y44', 'CREDIT_CODE_CHECK'],
      [2, '电话', 'C', 'phone', '12345', 'PHONE_INVALID'],
      [2, '邮箱', 'D', 'email', 'sales@', 'EMAIL_INVALID'],
      [2, '注册资本（万元）', 'E', 'registeredCapital', '五百万', 'MONEY_INVALID'],
      [2, '成立日期', 'F', 'foundedOn', '25/11/08', 'DATE_AMBIGUOUS'],
      [2, '员工人数', 'G', 'employeesTotal', '约100人', 'INTEGER_INVALID'],
      [2, '公司性质', 'H', 'ownership', '外企', 'ENUM_UNKNOWN'],
      [3, '客户名称', 'A', 'name', '', 'REQUIRED'],
    ]);
    expect(report.errors[0].message).toMatch(/check character/);
    expect(records.map((r) => r.row)).toEqual([4]);
    expect(records[0].values.phone).toBeNull();
  });

  it('reports reading problems in mapped columns and whole rows, not in ignored columns', async () => {
    const { report } = await dryRun(['萦丰\u0000,,,,,,,,备注\u0000', '腾讯,,,', '阿里,,,,,,,,,多余']);
    expect(report.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, '客户名称', 'CELL_CONTROL_CHAR'],
      [3, '', 'ROW_TOO_FEW_CELLS'],
      [4, 'J', 'ROW_TOO_MANY_CELLS'],
    ]);
    expect(report.errors[2].value).toBe('多余');
  });

  it('cuts long values and keeps only the first errors, counting all', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => `萦丰${i},${'X'.repeat(80)},,,,,,,`);
    const { report } = await dryRun(lines, { maxErrors: 10 });
    expect(report).toMatchObject({ errorCount: 30, isTruncated: true, invalid: 30 });
    expect(report.errors).toHaveLength(10);
    expect(report.errors[0].value).toBe(`${'X'.repeat(50)}…`);
  });

  it('refuses a file without a name column or with a column it cannot place', async () => {
    const table = await readTable(Buffer.from('电话,地址\n0769-88888888,东莞\n'));
    expect(catchAppError(() => validateRows(table, mapColumns(table.headers, FIELDS), FIELDS)).code).toBe('IMPORT_REQUIRED_COLUMN_MISSING');
    const fields: FieldSpec[] = [...FIELDS, { key: 'fax', labels: ['传真'], parse: (t) => parsePhone(t) }];
    const both = await readTable(Buffer.from('客户名称,电话/传真\n萦丰,0769-88888888\n'));
    expect(catchAppError(() => validateRows(both, mapColumns(both.headers, fields), fields)).message).toMatch(/Choose the field for column "电话\/传真"/);
  });
});

describe('duplicates and the import plan', () => {
  const rows = [
    '东莞市萦丰电子有限公司,91350100M000100Y43,,,,,,,',
    '东莞市萦丰电子（东莞）有限公司,,,,,,,,',
    '萦丰电子 (东莞),91350100M000100Y43,,,,,,,', // same credit code as row 2
    '东莞市萦丰电子(东莞)有限公司,,,,,,,,', // same normalised name as row 3
    '深圳市腾讯计算机系统有限公司,91440300708461136T,,,,,,,', // existing by credit code
    '阿里巴巴（中国）有限公司,,,,,,,,', // existing by name
    '新客户有限公司,,,,,,,,',
  ];
  const existing = {
    byCreditCode: new Map([['91440300708461136T', 'acc-tencent']]),
    byName: new Map([['阿里巴巴(中国)有限公司', 'acc-alibaba']]),
  };

  it('finds duplicates inside the file and against existing accounts, defaulting to skip', async () => {
    const validation = withDuplicates(await dryRun(rows, { duplicates: {} }), existing);
    expect(validation.report.duplicates).toEqual([
      { row: 4, matchedBy: 'creditCode', key: '91350100M000100Y43', firstRow: 2, allowed: ['skip'], choice: 'skip' },
      { row: 5, matchedBy: 'name', key: '东莞市萦丰电子(东莞)有限公司', firstRow: 3, allowed: ['skip', 'create'], choice: 'skip' },
      { row: 6, matchedBy: 'creditCode', key: '91440300708461136T', existingId: 'acc-tencent', allowed: ['skip', 'update'], choice: 'skip' },
      { row: 7, matchedBy: 'name', key: '阿里巴巴(中国)有限公司', existingId: 'acc-alibaba', allowed: ['skip', 'update', 'create'], choice: 'skip' },
    ]);
  });

  it('gives the keys to look existing accounts up by', async () => {
    const keys = identityKeys((await dryRun(rows)).records);
    expect(keys.creditCodes).toEqual(['91350100M000100Y43', '91440300708461136T']);
    expect(keys.names).toContain('阿里巴巴(中国)有限公司');
  });

  it('plans creates, updates and skips from the choices', async () => {
    const validation = withDuplicates(await dryRun(rows), existing);
    const plan = planImport(validation, { 5: 'create', 6: 'update' });
    expect(plan.create.map((r) => r.row)).toEqual([2, 3, 5, 8]);
    expect(plan.update.map((u) => [u.id, u.record.row])).toEqual([['acc-tencent', 6]]);
    expect(plan.skip).toEqual([4, 7]);
  });

  it('refuses choices a duplicate does not allow', async () => {
    const validation = withDuplicates(await dryRun(rows), existing);
    expect(catchAppError(() => planImport(validation, { 6: 'create' })).message).toBe('Row 6 may only be: skip, update');
    expect(catchAppError(() => planImport(validation, { 4: 'create' })).code).toBe('IMPORT_DUPLICATE_CHOICE_INVALID');
    expect(catchAppError(() => planImport(validation, { 8: 'skip' })).message).toBe('Row 8 is not a duplicate');
  });

  it('plans nothing when the dry run has errors: a failed import writes nothing', async () => {
    const validation = await dryRun(['萦丰,91350100M000100Y44,,,,,,,', '腾讯,,,,,,,,']);
    const error = catchAppError(() => planImport(validation));
    expect(error.code).toBe('IMPORT_HAS_ERRORS');
    expect(error.message).toBe('1 errors in 1 rows');
  });
});

describe('end to end: 100,000 rows', () => {
  it('reads, maps and validates a 100k-row GBK CSV at well over 3,000 rows/s', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 100_000; i++) {
      lines.push(`东莞市萦丰电子有限公司${i},91350100M000100Y43,0769-8888 ${String(i % 10000).padStart(4, '0')},s${i}@yingfeng.com,${i % 900 + 100},2008/11/25,${i % 5000}人,国企,`);
    }
    const bytes = iconv.encode(lines.join('\r\n'), 'gbk');
    const started = performance.now();
    const table = await readTable(bytes);
    const read = performance.now();
    const mapping = mapColumns(table.headers, FIELDS);
    const validation = withDuplicates(validateRows(table, mapping, FIELDS, { duplicates: {} }), { byCreditCode: new Map(), byName: new Map() });
    const done = performance.now();
    const rate = Math.round(100_000 / ((done - started) / 1000));
    console.log(`end to end: 100,000 rows read in ${((read - started) / 1000).toFixed(2)} s, validated in ${((done - read) / 1000).toFixed(2)} s = ${rate} rows/s`);
    expect(validation.report).toMatchObject({ rows: 100_000, valid: 100_000, errorCount: 0 });
    expect(validation.report.duplicates).toHaveLength(99_999); // one credit code throughout
    expect(validation.records[99_999].values.registeredCapital).toEqual({ amount: (99_999 % 900 + 100) * 1_000_000, currency: 'CNY' });
    expect(rate).toBeGreaterThan(3000);
  });
});
