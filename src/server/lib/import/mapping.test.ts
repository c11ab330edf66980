import { describe, expect, it } from 'vitest';
import { assertRequiredColumns, mapColumns, parseMapOption, type TargetField } from './mapping.ts';
import { catchAppError } from './test-helpers.ts';

// The shape the accounts import will configure (labels from the archive form, seed 002 §3.3.4).
const FIELDS: TargetField[] = [
  { key: 'name', labels: ['客户名称', '公司名称', '企业名称', '单位名称', 'Account name', 'Company name'], required: true },
  { key: 'creditCode', labels: ['统一社会信用代码', '社会信用代码', '信用代码', '税号', 'Credit code', 'USCC'] },
  { key: 'phone', labels: ['电话', '联系电话', '公司电话', 'Phone', 'Tel'] },
  { key: 'fax', labels: ['传真', 'Fax'] },
  { key: 'registeredCapital', labels: ['注册资本', '注册资金', 'Registered capital'] },
  { key: 'foundedOn', labels: ['成立日期', '成立时间', 'Founded'] },
  { key: 'contactName', labels: ['联系人', '联系人姓名', 'Contact'] },
  { key: 'contactPhone', labels: ['联系人电话', '联系人手机', 'Contact phone'] },
];

const fieldsOf = (headers: string[], explicit = {}) =>
  Object.fromEntries(mapColumns(headers, FIELDS, explicit).columns.map((c) => [c.header, `${c.field}:${c.matchedBy}`]));

describe('mapColumns', () => {
  it('matches Chinese headers exactly after folding width, spaces and marks', () => {
    expect(fieldsOf(['*客户名称', '统一社会信用代码：', '联系 电话'])).toEqual({
      '*客户名称': 'name:exact',
      '统一社会信用代码：': 'creditCode:exact',
      '联系 电话': 'phone:exact',
    });
    expect(fieldsOf(['ＴＥＬ'])).toEqual({ ＴＥＬ: 'phone:exact' });
  });

  it('matches synonyms and English headers', () => {
    expect(fieldsOf(['公司名称', '税号', 'Registered Capital', 'founded'])).toEqual({
      公司名称: 'name:exact',
      税号: 'creditCode:exact',
      'Registered Capital': 'registeredCapital:exact',
      founded: 'foundedOn:exact',
    });
  });

  it('matches by containment and reads the unit from the header', () => {
    const mapping = mapColumns(['名称', '注册资本（万元）', '成立日期(年/月/日)'], FIELDS);
    expect(mapping.columns).toEqual([
      { column: 0, header: '名称', field: 'name', matchedBy: 'contains' },
      { column: 1, header: '注册资本（万元）', field: 'registeredCapital', matchedBy: 'contains', unit: 'wan' },
      { column: 2, header: '成立日期(年/月/日)', field: 'foundedOn', matchedBy: 'contains' },
    ]);
  });

  it('prefers the more specific label: 联系人电话 is the contact phone, not the company phone', () => {
    expect(fieldsOf(['客户名称', '联系人电话(手机)', '联系人'])).toEqual({
      客户名称: 'name:exact',
      '联系人电话(手机)': 'contactPhone:contains',
      联系人: 'contactName:exact',
    });
  });

  it('reports a header that fits two fields equally instead of guessing', () => {
    const mapping = mapColumns(['客户名称', '电话/传真'], FIELDS);
    expect(mapping.ambiguous).toEqual([{ column: 1, header: '电话/传真', fields: ['phone', 'fax'] }]);
    expect(mapping.columns.map((c) => c.field)).toEqual(['name']);
  });

  it('gives each field one column: the first exact match wins, the rest stay unmapped', () => {
    const mapping = mapColumns(['客户名称', '电话', '公司电话', '备注'], FIELDS);
    expect(mapping.columns.map((c) => [c.header, c.field])).toEqual([
      ['客户名称', 'name'],
      ['电话', 'phone'],
    ]);
    expect(mapping.unmapped).toEqual([
      { column: 2, header: '公司电话' },
      { column: 3, header: '备注' },
    ]);
  });

  it('does not match short Latin words inside longer ones', () => {
    expect(mapColumns(['Telephone Extension', 'Faxes'], FIELDS).columns).toEqual([]);
    expect(fieldsOf(['Company Name (legal)', 'Main Phone'])).toEqual({
      'Company Name (legal)': 'name:contains',
      'Main Phone': 'phone:contains',
    });
  });

  it('reports a file with no name column', () => {
    const mapping = mapColumns(['电话', '地址'], FIELDS);
    expect(mapping.missingRequired).toEqual(['name']);
    const error = catchAppError(() => assertRequiredColumns(mapping, FIELDS));
    expect(error.code).toBe('IMPORT_REQUIRED_COLUMN_MISSING');
    expect(error.message).toBe('No column for name (客户名称)');
    expect(() => assertRequiredColumns(mapColumns(['客户名称'], FIELDS), FIELDS)).not.toThrow();
  });

  it('lets an explicit map override, ignore and fill in columns', () => {
    const mapping = mapColumns(['单位', '电话', '手机'], FIELDS, { 单位: 'name', 电话: null, 手机: 'phone' });
    expect(mapping.columns.map((c) => [c.header, c.field, c.matchedBy])).toEqual([
      ['单位', 'name', 'explicit'],
      ['手机', 'phone', 'explicit'],
    ]);
    expect(mapping.unmapped).toEqual([]);
  });

  it('refuses an explicit map naming a missing column, an unknown field or one field twice', () => {
    expect(catchAppError(() => mapColumns(['客户名称'], FIELDS, { 名字: 'name' })).message).toBe('The file has no column "名字"');
    expect(catchAppError(() => mapColumns(['客户名称'], FIELDS, { 客户名称: 'nmae' })).message).toMatch(/Unknown field "nmae"/);
    expect(catchAppError(() => mapColumns(['a', 'b'], FIELDS, { a: 'name', b: 'name' })).code).toBe('IMPORT_MAP_INVALID');
  });
});

describe('parseMapOption', () => {
  it('reads the CLI syntax', () => {
    expect(parseMapOption('客户名称=name,电话=phone')).toEqual({ 客户名称: 'name', 电话: 'phone' });
  });

  it('reads repeated options, full-width separators and ignored columns', () => {
    expect(parseMapOption(['客户名称＝name，电话=phone', '备注=', '内部编号=-'])).toEqual({
      客户名称: 'name',
      电话: 'phone',
      备注: null,
      内部编号: null,
    });
  });

  it('reads escaped commas and equals signs inside headers', () => {
    expect(parseMapOption('电话\\,传真=phone,a\\=b=fax,c\\\\=name')).toEqual({ '电话,传真': 'phone', 'a=b': 'fax', 'c\\': 'name' });
  });

  it('refuses items it cannot read', () => {
    expect(catchAppError(() => parseMapOption('客户名称')).message).toBe('"客户名称" is not of the form 表头=field');
    expect(catchAppError(() => parseMapOption('=name')).code).toBe('IMPORT_MAP_INVALID');
    expect(catchAppError(() => parseMapOption('a=b=c')).code).toBe('IMPORT_MAP_INVALID');
    expect(catchAppError(() => parseMapOption('a=name,a=phone')).message).toBe('Column "a" is mapped twice');
  });
});
