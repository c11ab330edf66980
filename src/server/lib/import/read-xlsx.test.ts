import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { readTable } from './read-table.ts';
import { cellValueText, dateCellText, isDateFormat } from './read-xlsx.ts';
import { customerWorkbook, patchZip, rejection, seededRandom, unzipAll, workbookBuffer, zipOf } from './test-helpers.ts';


const xlsx = (bytes: Buffer) => readTable(bytes, { fileName: '客户.xlsx' });

// Inserts text after the XML declaration, where a DOCTYPE belongs.
const afterDeclaration = (xml: string, insert: string) => {
  const end = xml.startsWith('<?xml') ? xml.indexOf('?>') + 2 : 0;
  return xml.slice(0, end) + insert + xml.slice(end);
};

const withDoctype = (doctype: string) => (entry: { name: string; data: Buffer }) =>
  entry.name === 'xl/worksheets/sheet1.xml'
    ? { ...entry, data: Buffer.from(afterDeclaration(entry.data.toString('utf8'), doctype)) }
    : entry;

describe('readTable: .xlsx', () => {
  it('reads the first sheet below its title row, dates as ISO dates', async () => {
    const table = await xlsx(await customerWorkbook());
    expect(table).toMatchObject({ format: 'xlsx', encoding: 'xlsx', sheetName: '客户', headerRow: 2 });
    expect(table.headers).toEqual(['客户名称', '统一社会信用代码', '成立日期', '注册资本（万元）', '员工人数', '网站']);
    expect(table.rows).toEqual([
      { row: 3, cells: ['东莞市萦丰电子有限公司', '91350100M000100Y43', '2008-11-25', '500', '1,200人', 'www.yingfeng.com'] },
      { row: 4, cells: ['深圳市腾讯计算机系统有限公司', '91440300708461136T', '1998-11-11', '6500', '5000', 'https://www.tencent.com'] },
    ]);
  });

  it('gives formulas their cached result, never the formula, and reports formulas without one', async () => {
    const bytes = await workbookBuffer((workbook) => {
      workbook.addWorksheet('隐藏', { state: 'hidden' }).addRow(['不该读到', 'x']);
      const sheet = workbook.addWorksheet('客户');
      sheet.addRow(['名称', '金额', '日期', '合计', '状态', '链接', '时间', '是否重点']);
      const row = sheet.addRow([
        { richText: [{ text: '东莞市' }, { font: { bold: true }, text: '萦丰电子' }] },
        0.1 + 0.2,
        { formula: 'DATE(2008,11,25)', result: 39777 },
        { formula: 'SUM(B2:B2)', result: 0.3 },
        { error: '#N/A' },
        { text: '官网', hyperlink: 'https://www.yingfeng.com' },
        new Date(Date.UTC(2008, 10, 25, 14, 30, 0)),
        true,
      ]);
      row.getCell(3).numFmt = 'yyyy"年"m"月"d"日"';
      sheet.addRow(['=HYPERLINK("http://evil")', { formula: 'A2*2' }, '', '', '', '', '', false]);
    });
    const table = await xlsx(bytes);
    expect(table.sheetName).toBe('客户');
    expect(table.sheetNames).toEqual(['客户']);
    expect(table.rows[0].cells).toEqual(['东莞市萦丰电子', '0.3', '2008-11-25', '0.3', '', '官网', '2008-11-25 14:30:00', 'TRUE']);
    // A text cell that looks like a formula is read as the text it is.
    expect(table.rows[1].cells.slice(0, 2)).toEqual(['=HYPERLINK("http://evil")', '']);
    expect(table.issues).toEqual([
      { row: 2, column: 4, code: 'CELL_ERROR_VALUE', detail: '#N/A' },
      { row: 3, column: 1, code: 'FORMULA_NO_RESULT' },
    ]);
  });

  it('reads dates of workbooks in the 1904 date system (old Mac Excel)', async () => {
    const bytes = await workbookBuffer((workbook) => {
      const sheet = workbook.addWorksheet('客户');
      sheet.addRow(['日期', '公式日期']);
      sheet.addRow([new Date(Date.UTC(2008, 10, 25)), { formula: 'A2', result: 39777 }]).getCell(2).numFmt = 'yyyy-mm-dd';
    });
    expect((await xlsx(bytes)).rows[0].cells).toEqual(['2008-11-25', '2008-11-25']);
    // The same serial 39777 counted from 1904-01-01 is 1462 days later.
    const mac = await patchZip(bytes, (e) =>
      e.name === 'xl/workbook.xml' ? { ...e, data: Buffer.from(e.data.toString().replace('<workbookPr', '<workbookPr date1904="1"')) } : e,
    );
    expect((await xlsx(mac)).rows[0].cells).toEqual(['2012-11-26', '2012-11-26']);
  });

  it('reads a named sheet and refuses a missing one', async () => {
    const bytes = await workbookBuffer((workbook) => {
      workbook.addWorksheet('说明').addRows([['说明', '日期'], ['本表由销售部维护', '2026']]);
      workbook.addWorksheet('客户').addRows([['名称', '电话'], ['萦丰', '0769']]);
    });
    expect((await readTable(bytes, { sheetName: '客户' })).rows[0].cells).toEqual(['萦丰', '0769']);
    expect((await xlsx(bytes)).sheetNames).toEqual(['说明', '客户']);
    expect((await rejection(readTable(bytes, { sheetName: '联系人' }))).code).toBe('IMPORT_XLSX_NO_SHEET');
  });

  it('refuses an empty sheet and a header-only sheet', async () => {
    expect((await rejection(xlsx(await workbookBuffer((w) => void w.addWorksheet('空')))))).toMatchObject({ code: 'IMPORT_FILE_EMPTY' });
    const headerOnly = await workbookBuffer((w) => void w.addWorksheet('客户').addRow(['客户名称', '电话']));
    expect((await rejection(xlsx(headerOnly))).code).toBe('IMPORT_NO_DATA_ROWS');
  });

  it('keeps every Chinese character intact in a large sheet (exceljs streaming splits them)', async () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `东莞市萦丰电子科技有限公司第${i}分公司（南城）`);
    const bytes = await workbookBuffer((workbook) => {
      const sheet = workbook.addWorksheet('客户');
      sheet.addRow(['客户名称', '序号']);
      names.forEach((name, i) => sheet.addRow([name, i]));
    });
    // The reason for xlsx-repack.ts: exceljs 4.4's own streaming reader damages some of them.
    // If this control stops failing after an upgrade, the re-packing can go.
    let damaged = 0;
    const plain = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), { sharedStrings: 'cache', worksheets: 'emit' });
    for await (const sheet of plain) for await (const row of sheet) if (String(row.getCell(1).value).includes('\uFFFD')) damaged++;
    expect(damaged).toBeGreaterThan(0);

    const table = await xlsx(bytes);
    expect(table.rows.map((r) => r.cells[0])).toEqual(names);
  });
});

describe('readTable: .xlsx files that are refused', () => {
  it('refuses a text file renamed to .xlsx', async () => {
    const error = await rejection(xlsx(Buffer.from('客户名称,电话\n萦丰,0769\n')));
    expect(error.code).toBe('IMPORT_FORMAT_MISMATCH');
    expect(error.status).toBe(415);
  });

  it('refuses a password-protected workbook (OLE compound file with EncryptedPackage)', async () => {
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(500), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(500)]);
    const error = await rejection(xlsx(ole));
    expect(error.code).toBe('IMPORT_XLSX_ENCRYPTED');
    expect(error.title).toMatch(/save it as \.xlsx without a password/);
  });

  it('refuses a legacy .xls workbook asking for .xlsx', async () => {
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(500), Buffer.from('Workbook', 'utf16le')]);
    const error = await rejection(readTable(ole, { fileName: '客户.xls' }));
    expect(error.code).toBe('IMPORT_XLS_LEGACY');
    expect(error.title).toMatch(/save the file as \.xlsx/);
  });

  it('refuses a zip whose entries are encrypted', async () => {
    const zip = zipOf([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>'), flags: 1 }]);
    expect((await rejection(xlsx(zip))).code).toBe('IMPORT_XLSX_ENCRYPTED');
  });

  it('refuses a zip that is not a workbook', async () => {
    const docx = zipOf([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }]);
    const error = await rejection(xlsx(docx));
    expect(error.code).toBe('IMPORT_XLSX_CORRUPT');
    expect(error.message).toMatch(/not an Excel workbook/);
  });

  it('refuses a truncated or damaged workbook', async () => {
    const bytes = await customerWorkbook();
    expect((await rejection(xlsx(bytes.subarray(0, Math.floor(bytes.length / 2))))).code).toBe('IMPORT_XLSX_CORRUPT');
    expect((await rejection(xlsx(Buffer.from('PK\u0003\u0004 not really a zip at all')))).code).toBe('IMPORT_XLSX_CORRUPT');
    const damaged = Buffer.from(bytes);
    const sheetAt = damaged.indexOf('xl/worksheets/sheet1.xml');
    damaged[sheetAt + 60] ^= 0xff; // inside the sheet's compressed data
    expect((await rejection(xlsx(damaged))).code).toBe('IMPORT_XLSX_CORRUPT');
  });

  it('refuses a directory declaring 300 MB (zip bomb) before unpacking anything', async () => {
    const zip = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<worksheet/>'), declaredSize: 300 * 1024 * 1024 }]);
    const error = await rejection(xlsx(zip));
    expect(error.code).toBe('IMPORT_XLSX_TOO_LARGE');
    expect(error.status).toBe(413);
  });

  it('refuses 50 MB of zeros packed 1000:1 (zip bomb) by its ratio', async () => {
    const entries = await unzipAll(await customerWorkbook());
    const zip = zipOf([...entries, { name: 'xl/media/image1.png', data: Buffer.alloc(50 * 1024 * 1024) }]);
    expect(zip.length).toBeLessThan(200 * 1024);
    const error = await rejection(xlsx(zip));
    expect(error.code).toBe('IMPORT_XLSX_TOO_LARGE');
    expect(error.message).toMatch(/\d+:1/);
  });

  it('refuses an entry that unpacks to more than its directory declares', async () => {
    const zip = await patchZip(await customerWorkbook(), (e) => (e.name === 'xl/worksheets/sheet1.xml' ? { ...e, declaredSize: 100 } : e));
    const error = await rejection(xlsx(zip));
    expect(error.code).toBe('IMPORT_XLSX_CORRUPT');
    expect(error.message).toMatch(/more than it declares/);
  });

  it.each([
    ['billion laughs in the sheet', '<!DOCTYPE worksheet [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;">]>'],
    ['an external entity in the sheet', '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'],
    ['a bare DOCTYPE', '<!DOCTYPE worksheet>'],
  ])('refuses %s', async (_, doctype) => {
    const zip = await patchZip(await customerWorkbook(), withDoctype(doctype));
    const error = await rejection(xlsx(zip));
    expect(error.code).toBe('IMPORT_XLSX_FORBIDDEN_XML');
    expect(error.message).toContain('xl/worksheets/sheet1.xml');
  });

  it('refuses an entity declared in the shared strings', async () => {
    const zip = await patchZip(await customerWorkbook(), (e) =>
      e.name === 'xl/sharedStrings.xml' ? { ...e, data: Buffer.from(`<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${e.data}`) } : e,
    );
    expect((await rejection(xlsx(zip))).code).toBe('IMPORT_XLSX_FORBIDDEN_XML');
  });
});

describe('readTable: random mutations of .xlsx files', () => {
  it('answers every mutated workbook with a table or a 4xx error, never anything else', async () => {
    const random = seededRandom(11714);
    const original = await customerWorkbook();
    const entries = await unzipAll(original);
    const sheet = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml');
    if (!sheet) throw new Error('no sheet');
    const marks = ['<', '>', '"', '&', '/', '=', 'r', '9', '\u0000', '萦', ' '];
    for (let round = 0; round < 300; round++) {
      let bytes: Buffer;
      if (round % 2 === 0) {
        const xml = [...sheet.data.toString('utf8')];
        for (let e = 0; e < 1 + Math.floor(random() * 4); e++) xml[Math.floor(random() * xml.length)] = marks[Math.floor(random() * marks.length)];
        bytes = zipOf(entries.map((e) => (e === sheet ? { ...e, data: Buffer.from(xml.join('')) } : e)));
      } else {
        bytes = Buffer.from(original);
        for (let e = 0; e < 1 + Math.floor(random() * 4); e++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      }
      try {
        await xlsx(bytes);
      } catch (error) {
        if (!(error instanceof AppError) || error.status >= 500) throw new Error(`round ${round}: ${String(error)}`, { cause: error });
      }
    }
  });
});

describe('cell conversion', () => {
  it('recognises date formats', () => {
    for (const f of ['yyyy-mm-dd', 'm/d/yy', 'yyyy"年"m"月"d"日"', 'h:mm', '[$-F800]dddd, mmmm dd, yyyy']) expect(isDateFormat(f), f).toBe(true);
    for (const f of [undefined, 'General', '0.00', '#,##0', '0.00"元"', '@', '[Red]0.00']) expect(isDateFormat(f), f).toBe(false);
  });

  it('writes dates with a time only when there is one', () => {
    expect(dateCellText(new Date(Date.UTC(2008, 10, 25)))).toBe('2008-11-25');
    expect(dateCellText(new Date(Date.UTC(2008, 10, 25, 9, 5, 59, 999)))).toBe('2008-11-25 09:06:00');
  });

  it('turns every value kind into text', () => {
    expect(cellValueText(39777.5, 'yyyy-mm-dd hh:mm', false).text).toBe('2008-11-25 12:00:00');
    expect(cellValueText({ formula: 'A1', result: { error: '#DIV/0!' } }, undefined, false)).toEqual({ text: '', issue: { code: 'CELL_ERROR_VALUE', detail: '#DIV/0!' } });
    expect(cellValueText({ sharedFormula: 'A1', result: '萦丰' }, undefined, false).text).toBe('萦丰');
    expect(cellValueText({ text: { richText: [{ text: '官' }, { text: '网' }] }, hyperlink: 'x' }, undefined, false).text).toBe('官网');
    expect(cellValueText(Number.NaN, undefined, false).issue?.code).toBe('CELL_ERROR_VALUE');
  });
});

describe('zip fixtures', () => {
  it('round-trips through the test zip writer', async () => {
    const zip = zipOf([{ name: 'a.txt', data: Buffer.from('萦丰') }, { name: 'b.txt', data: Buffer.from('x'), isStored: true }]);
    expect((await unzipAll(zip)).map((e) => e.data.toString())).toEqual(['萦丰', 'x']);
    expect(zlib.inflateRawSync(zlib.deflateRawSync(Buffer.from('ok'))).toString()).toBe('ok');
  });
});
