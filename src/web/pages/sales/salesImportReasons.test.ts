import { describe, expect, it } from 'vitest';
import { SALES_ROW_ERROR_MESSAGES } from '../../../domain/sales/sales-import-codes.ts';
import enUS from '../../locales/en-US.json';
import zhCN from '../../locales/zh-CN.json';
import { IMPORT_FIELDS } from '../accounts/import/importFields.ts';

const serverFields = import.meta.glob<string>('../../../server/modules/sales/sales-import.fields.ts', { eager: true, query: '?raw', import: 'default' });

describe('sales import texts', () => {
  it('translate every sales row error code in both languages', () => {
    const codes = Object.keys(SALES_ROW_ERROR_MESSAGES);
    expect(codes.filter((code) => !(code in zhCN.sales.importReason) || !(code in enUS.sales.importReason))).toEqual([]);
  });

  it('offer exactly the fields the server maps, each with a label', () => {
    const source = Object.values(serverFields)[0];
    const keys = [...source.matchAll(/\{ key: '(\w+)'/g)].map((m) => m[1]);
    expect([...IMPORT_FIELDS.sales]).toEqual(keys);
    expect(keys.filter((key) => !(key in zhCN.sales.importField))).toEqual([]);
  });
});
