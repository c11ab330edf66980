import { describe, expect, it } from 'vitest';
import { findUnclosedQuote, readCsvRows, sniffDelimiter } from './read-csv.ts';
import { catchAppError } from './test-helpers.ts';

const read = (text: string, delimiter?: string) => readCsvRows(text, { delimiter, maxPhysicalRows: 1000, maxRecordChars: 1e7 });

describe('sniffDelimiter', () => {
  it.each([
    ['客户名称,电话\n萦丰,0769-88888888\n', ','],
    ['客户名称;电话;地址\n萦丰;0769-88888888;东莞\n', ';'],
    ['客户名称\t电话\n萦丰\t0769\n', '\t'],
    ['客户名称|电话\n萦丰|0769\n', '|'],
  ])('finds the delimiter of %j', (text, expected) => {
    expect(sniffDelimiter(text)).toBe(expected);
  });

  it('ignores delimiters inside quotes and prefers the one consistent across lines', () => {
    expect(sniffDelimiter('名称;地址\n"萦丰, 东莞";"南城, 莞太路"\n"甲, 乙";丙\n')).toBe(';');
    expect(sniffDelimiter('名称,备注\n萦丰,a;b;c\n甲,d\n')).toBe(',');
  });

  it('falls back to a comma for a single column', () => {
    expect(sniffDelimiter('客户名称\n萦丰\n')).toBe(',');
  });
});

describe('readCsvRows', () => {
  it('numbers rows as a spreadsheet does, counting a multi-line cell as one row', () => {
    const { rows } = read('名称,地址\n萦丰,"东莞市\n南城区"\n\n腾讯,深圳\n');
    expect(rows).toEqual([
      { row: 1, cells: ['名称', '地址'] },
      { row: 2, cells: ['萦丰', '东莞市\n南城区'] },
      { row: 3, cells: [''] },
      { row: 4, cells: ['腾讯', '深圳'] },
    ]);
  });

  it('reads CRLF and doubled quotes', () => {
    const { rows } = read('名称,备注\r\n萦丰,"他说""好"""\r\n');
    expect(rows[1].cells).toEqual(['萦丰', '他说"好"']);
  });

  it('keeps a quote inside an unquoted field', () => {
    expect(read('名称,规格\n显示器,12" 屏幕\n').rows[1].cells).toEqual(['显示器', '12" 屏幕']);
  });

  it('keeps rows of different lengths for the row checks', () => {
    const { rows } = read('a,b,c\n1,2\n1,2,3,4\n');
    expect(rows.map((r) => r.cells.length)).toEqual([3, 2, 4]);
  });

  it('names the line and row where an unclosed quote opens', () => {
    const text = '名称,备注\n萦丰,好\n"腾讯,深圳\n阿里,杭州\n';
    const error = catchAppError(() => read(text));
    expect(error.code).toBe('IMPORT_CSV_MALFORMED');
    expect(error.message).toContain('line 3 (row 3)');
    expect(error.errors).toEqual([{ path: 'row 3', message: 'unbalanced quote' }]);
  });

  it('keeps a field with text after its closing quote as written rather than dropping the row', () => {
    expect(read('名称,备注\n"萦丰"x,好\n').rows[1].cells).toEqual(['"萦丰"x', '好']);
  });

  it('refuses more rows than the limit', () => {
    const text = `h\n${'x\n'.repeat(20)}`;
    expect(catchAppError(() => readCsvRows(text, { maxPhysicalRows: 10, maxRecordChars: 1e6 })).code).toBe('IMPORT_TOO_MANY_ROWS');
  });
});

describe('findUnclosedQuote', () => {
  it('finds the opening quote, not the end of the file', () => {
    expect(findUnclosedQuote('a,b\n"x\ny\nz', ',')).toEqual({ line: 2, row: 2 });
    expect(findUnclosedQuote('a,"b\nc",d\n"e', ',')).toEqual({ line: 3, row: 2 });
    expect(findUnclosedQuote('a,"b""c"\n', ',')).toBeNull();
  });
});
