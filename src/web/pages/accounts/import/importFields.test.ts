import { describe, expect, it } from 'vitest';
import zhCN from '../../../locales/zh-CN.json';
import { mappingRows } from './importFields.ts';

const serverSource = import.meta.glob<string>('../../../../server/lib/import/validate-rows.ts', { eager: true, query: '?raw', import: 'default' });

describe('mappingRows', () => {
  it('lists every column once, in file order', () => {
    const rows = mappingRows({
      columns: [{ column: 2, header: '电话', field: 'phone', matchedBy: 'exact' }, { column: 0, header: '客户名称', field: 'name', matchedBy: 'exact' }],
      unmapped: [{ column: 1, header: '备注' }],
      ambiguous: [{ column: 3, header: '电话/传真' }],
    });
    expect(rows.map((row) => [row.column, row.field, row.matchedBy])).toEqual([
      [0, 'name', 'exact'],
      [1, null, null],
      [2, 'phone', 'exact'],
      [3, null, 'ambiguous'],
    ]);
  });
});

describe('import reasons', () => {
  it('translate every row error code of the server', () => {
    const source = Object.values(serverSource)[0];
    const block = source.slice(source.indexOf('const MESSAGES'), source.indexOf('};', source.indexOf('const MESSAGES')));
    const codes = [...block.matchAll(/^\s+([A-Z_]+):/gm)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThan(30);
    expect(codes.filter((code) => !(code in zhCN.import.reason))).toEqual([]);
  });
});
