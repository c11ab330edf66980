import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { readTable, readTableFile, type ReadTableOptions } from './read-table.ts';
import { rejection, seededRandom } from './test-helpers.ts';


const utf8 = (text: string) => Buffer.from(text, 'utf8');
const bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(text)]);
const read = (text: string | Buffer, options?: ReadTableOptions) => readTable(typeof text === 'string' ? utf8(text) : text, options);

const CUSTOMERS = '客户名称,电话,注册资本\r\n东莞市萦丰电子有限公司,0769-88888888,500万元\r\n深圳市腾讯计算机系统有限公司,0755-86013388,6500万\r\n';

describe('readTable: CSV in the encodings Excel writes', () => {
  it('reads CSV UTF-8 with a BOM', async () => {
    const table = await read(bom(CUSTOMERS));
    expect(table).toMatchObject({ format: 'csv', encoding: 'UTF-8', delimiter: ',', headerRow: 1, headers: ['客户名称', '电话', '注册资本'] });
    expect(table.rows).toEqual([
      { row: 2, cells: ['东莞市萦丰电子有限公司', '0769-88888888', '500万元'] },
      { row: 3, cells: ['深圳市腾讯计算机系统有限公司', '0755-86013388', '6500万'] },
    ]);
    expect(table.issues).toEqual([]);
  });

  it('reads "CSV (逗号分隔)" saved in GBK and says it detected GB18030', async () => {
    const table = await read(iconv.encode(CUSTOMERS, 'gbk'));
    expect(table.encoding).toBe('GB18030');
    expect(table.encodingConfidence).toBeGreaterThanOrEqual(0.8);
    expect(table.rows[0].cells[0]).toBe('东莞市萦丰电子有限公司');
  });

  it('reads "Unicode text": UTF-16 LE with a BOM, tab-separated', async () => {
    const text = CUSTOMERS.replaceAll(',', '\t');
    const table = await read(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(table).toMatchObject({ encoding: 'UTF-16LE', delimiter: '\t', headers: ['客户名称', '电话', '注册资本'] });
  });

  it('reads semicolon-separated files', async () => {
    const table = await read(CUSTOMERS.replaceAll(',', ';'));
    expect(table.delimiter).toBe(';');
    expect(table.rows[1].cells[2]).toBe('6500万');
  });

  it('reads a file with a user-chosen encoding and delimiter', async () => {
    const table = await read(iconv.encode('名称|电话\n联通|10010\n', 'gbk'), { encoding: 'GBK', delimiter: '|' });
    expect(table.rows[0].cells).toEqual(['联通', '10010']);
  });
});

describe('readTable: header and rows', () => {
  it('skips a title row above the header and blank rows, keeping Excel row numbers', async () => {
    const table = await read('客户档案表,,\n客户名称,电话,地址\n\n萦丰,0769,东莞\n,,\n腾讯,0755,深圳\n');
    expect(table.headerRow).toBe(2);
    expect(table.rows.map((r) => r.row)).toEqual([4, 6]);
  });

  it('uses the header row the user names', async () => {
    const table = await read('说明,本表由销售部维护\n客户名称,电话\n萦丰,0769\n', { headerRow: 2 });
    expect(table.headers).toEqual(['客户名称', '电话']);
  });

  it('joins a header written on two lines', async () => {
    expect((await read('"客户\n名称",电话\n萦丰,0769\n')).headers).toEqual(['客户 名称', '电话']);
  });

  it('reports short and long rows per row, ignoring empty trailing fields', async () => {
    const table = await read('a,b,c\n1,2\n1,2,3,4\n1,2,3,,\n1,2,3\n');
    expect(table.issues).toEqual([
      { row: 2, code: 'ROW_TOO_FEW_CELLS', detail: '2 fields, 3 headers' },
      { row: 3, column: 3, code: 'ROW_TOO_MANY_CELLS', detail: '4' },
    ]);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['1', '2', ''],
      ['1', '2', '3'],
      ['1', '2', '3'],
      ['1', '2', '3'],
    ]);
  });

  it('reports NUL and other control characters with their column', async () => {
    const table = await read('名称,备注\n萦丰\u0000电子,好\n腾讯,\u0007\n');
    expect(table.issues).toEqual([
      { row: 2, column: 0, code: 'CELL_CONTROL_CHAR', detail: 'U+0000' },
      { row: 3, column: 1, code: 'CELL_CONTROL_CHAR', detail: 'U+0007' },
    ]);
  });

  it('cuts a 10 MB cell to the limit and reports it with its column', async () => {
    const huge = '萦丰电子'.repeat(Math.ceil((10 * 1024 * 1024) / 12)); // 10 MB in UTF-8
    const table = await read(`名称,备注\n萦丰,${huge}\n`);
    expect(table.issues).toEqual([{ row: 2, column: 1, code: 'CELL_TOO_LONG', detail: `${huge.length} characters (limit 32000)` }]);
    expect(table.rows[0].cells[1]).toHaveLength(32000);
  });
});

describe('readTable: files that are refused with a 4xx naming the place', () => {
  it.each([
    ['an empty file', '', 'IMPORT_FILE_EMPTY'],
    ['a file of blank lines', '\n\n,,\n', 'IMPORT_FILE_EMPTY'],
    ['a header with no rows', '客户名称,电话\n', 'IMPORT_NO_DATA_ROWS'],
    ['duplicate headers', '客户名称,电话,电话 \n萦丰,1,2\n', 'IMPORT_HEADER_DUPLICATE'],
    ['duplicate headers that differ in width and marks', '客户名称,电话,*电话：\n萦丰,1,2\n', 'IMPORT_HEADER_DUPLICATE'],
    ['data under an empty header', '客户名称,,电话\n萦丰,x,1\n', 'IMPORT_HEADER_EMPTY'],
    ['an unclosed quote', '客户名称,电话\n"萦丰,1\n', 'IMPORT_CSV_MALFORMED'],
  ])('refuses %s', async (_, text, code) => {
    const error = await rejection(read(text));
    expect(error.code).toBe(code);
    expect(error.status).toBeGreaterThanOrEqual(400);
    expect(error.status).toBeLessThan(500);
  });

  it('names both columns of a duplicate header', async () => {
    const error = await rejection(read('客户名称,电话,电话\n萦丰,1,2\n'));
    expect(error.message).toContain('columns B and C (row 1)');
  });

  it('ignores a headerless column without data', async () => {
    expect((await read('客户名称,,电话\n萦丰,,1\n')).headers).toEqual(['客户名称', '', '电话']);
  });

  it('refuses more data rows than the limit', async () => {
    const text = `名称\n${'萦丰\n'.repeat(11)}`;
    expect((await rejection(read(text, { maxRows: 10 }))).code).toBe('IMPORT_TOO_MANY_ROWS');
    expect((await read(text, { maxRows: 11 })).rows).toHaveLength(11);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const error = await rejection(read(CUSTOMERS, { maxFileBytes: 100 }));
    expect(error.code).toBe('IMPORT_FILE_TOO_LARGE');
    expect(error.status).toBe(413);
  });

  it('refuses binary files that are not spreadsheets', async () => {
    expect((await rejection(read(Buffer.from('%PDF-1.7\n...')))).code).toBe('IMPORT_FORMAT_UNSUPPORTED');
  });
});

describe('readTableFile', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('reads a file from disk', async () => {
    dir = await mkdtemp(join(tmpdir(), 'kam-import-'));
    const path = join(dir, '客户.csv');
    await writeFile(path, bom(CUSTOMERS));
    expect((await readTableFile(path)).rows).toHaveLength(2);
  });

  it('refuses a 50 MB file from its size alone', async () => {
    dir ||= await mkdtemp(join(tmpdir(), 'kam-import-'));
    const path = join(dir, 'big.csv');
    await writeFile(path, '');
    await truncate(path, 50 * 1024 * 1024); // sparse: nothing is written or read
    const error = await rejection(readTableFile(path));
    expect(error.code).toBe('IMPORT_FILE_TOO_LARGE');
  });
});

describe('readTable: 100,000 rows', () => {
  it('reads a 100k-row GBK CSV correctly and reports its speed', async () => {
    const lines = ['客户名称,统一社会信用代码,电话,注册资本,成立日期'];
    for (let i = 0; i < 100_000; i++) lines.push(`东莞市萦丰电子有限公司${i},91350100M000100Y43,0769-8888${String(i % 10000).padStart(4, '0')},${i}万元,2008/11/25`);
    const bytes = iconv.encode(`${lines.join('\r\n')}\r\n`, 'gbk');
    const started = performance.now();
    const table = await readTable(bytes);
    const seconds = (performance.now() - started) / 1000;
    console.log(`readTable: 100,000 GBK CSV rows (${(bytes.length / 1e6).toFixed(1)} MB) in ${seconds.toFixed(2)} s = ${Math.round(100_000 / seconds)} rows/s`);
    expect(table.rows).toHaveLength(100_000);
    expect(table.rows[99_999]).toEqual({ row: 100_001, cells: ['东莞市萦丰电子有限公司99999', '91350100M000100Y43', '0769-88889999', '99999万元', '2008/11/25'] });
    expect(table.issues).toEqual([]);
  });
});

describe('readTable: random mutations of CSV files', () => {
  it('answers every mutated file with a table or a 4xx error, never anything else', async () => {
    const random = seededRandom(20261123);
    const base = iconv.encode(CUSTOMERS.repeat(5), 'gbk');
    const alphabet = [0x00, 0x22, 0x2c, 0x0a, 0x0d, 0x3b, 0x09, 0x80, 0xff, 0xef, 0xbb, 0xbf, 0xfe];
    for (let round = 0; round < 1000; round++) {
      const bytes = Buffer.from(round % 2 ? base : utf8(CUSTOMERS.repeat(5)));
      const edits = 1 + Math.floor(random() * 8);
      for (let e = 0; e < edits; e++) bytes[Math.floor(random() * bytes.length)] = alphabet[Math.floor(random() * alphabet.length)];
      const cut = random() < 0.2 ? Math.floor(random() * bytes.length) : bytes.length;
      try {
        await readTable(bytes.subarray(0, cut));
      } catch (error) {
        if (!(error instanceof AppError) || error.status >= 500) throw new Error(`round ${round}: ${String(error)}`, { cause: error });
      }
    }
  });
});
