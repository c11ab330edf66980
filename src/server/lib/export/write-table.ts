import { PassThrough, type Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
// exceljs (~40 MB in memory) is loaded on the first spreadsheet, not at server start.

// Exports (ARC-8): rows → .xlsx through exceljs's streaming writer, or → CSV in UTF-8 with a BOM
// (without it, Excel on Chinese Windows reads UTF-8 as GBK and shows mojibake), CRLF line ends.
//
// Formula injection (CSV injection): a cell starting with = + - @, a tab or a carriage return is
// run as a formula by spreadsheet programs (=HYPERLINK(…), =cmd|' /C calc'!A0). In CSV such
// text gets a leading apostrophe, which Excel shows and never evaluates; in .xlsx it is written
// as a text cell with the text number format, so it is never a formula, not even after editing.
// Numbers, amounts and dates are typed cells and are not touched.

export type ExportColumnType = 'text' | 'number' | 'money' | 'date' | 'datetime';

export type ExportColumn = {
  key: string;
  header: string; // in the user's language: 客户名称
  type?: ExportColumnType; // text by default
  width?: number; // characters, xlsx only
};

export type ExportRow = Readonly<Record<string, unknown>>;

export type ExportFormat = 'csv' | 'xlsx';

export type ExportOptions = {
  sheetName?: string;
  timeZone?: string; // for datetime columns, default Asia/Shanghai
};

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

// Excel holds at most 32,767 characters in a cell.
const MAX_CELL = 32_767;
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const FORMULA_START = /^[=+\-@\t\r]/;

export const isFormulaLike = (text: string): boolean => FORMULA_START.test(text);

// The CSV form of a text cell: a leading apostrophe when a spreadsheet would run it.
export const neutraliseFormula = (text: string): string => (isFormulaLike(text) ? `'${text}` : text);

const cleanText = (text: string) => {
  const clean = text.replace(CONTROL_CHARS, '');
  return clean.length > MAX_CELL ? `${clean.slice(0, MAX_CELL - 1)}…` : clean;
};

// Minor units (fen) as a decimal string, exactly: 123456 → "1234.56".
export function minorUnitsText(amount: number | bigint): string {
  const value = BigInt(amount);
  const abs = value < 0n ? -value : value;
  return `${value < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

const amountOf = (value: unknown): number | bigint | null => {
  if (typeof value === 'number' || typeof value === 'bigint') return value;
  if (value && typeof value === 'object' && 'amount' in value) return amountOf((value as { amount: unknown }).amount);
  return null;
};

// Wall-clock fields of an instant in a zone, as "YYYY-MM-DD HH:mm:ss".
function zonedText(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

// A typed cell for xlsx; `exact` is the CSV text where the number would lose digits (amounts).
type Cell = { value: string | number | Date | null; exact?: string; isRiskyText?: boolean };

// One value as a typed cell of its column.
function toCell(column: ExportColumn, value: unknown, options: ExportOptions): Cell {
  if (value === null || value === undefined || value === '') return { value: null };
  const type = column.type ?? 'text';
  if (type === 'money') {
    const amount = amountOf(value);
    if (amount !== null) {
      const exact = minorUnitsText(amount);
      return { value: Number(exact), exact };
    }
  }
  if (type === 'number' && (typeof value === 'number' || typeof value === 'bigint')) {
    return { value: typeof value === 'bigint' && (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)) ? String(value) : Number(value) };
  }
  if (type === 'date') {
    const iso = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
    if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return { value: new Date(`${iso}T00:00:00Z`) };
  }
  if (type === 'datetime' && value instanceof Date && !Number.isNaN(value.getTime())) {
    return { value: new Date(`${zonedText(value, options.timeZone ?? 'Asia/Shanghai').replace(' ', 'T')}Z`) };
  }
  const text = cleanText(Array.isArray(value) ? value.join(', ') : value instanceof Date ? value.toISOString() : String(value));
  return { value: text, isRiskyText: isFormulaLike(text) };
}

function csvText(column: ExportColumn, cell: Cell): string {
  const { value } = cell;
  if (value === null) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return column.type === 'datetime' ? `${iso.slice(0, 10)} ${iso.slice(11, 19)}` : iso.slice(0, 10);
  }
  if (cell.exact !== undefined) return cell.exact;
  if (typeof value === 'number') return String(value);
  return cell.isRiskyText ? neutraliseFormula(value) : value;
}

const NUMBER_FORMATS: Partial<Record<ExportColumnType, string>> = {
  money: '#,##0.00',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm:ss',
};

type Rows = Iterable<ExportRow> | AsyncIterable<ExportRow>;

async function writeCsv(columns: readonly ExportColumn[], rows: Rows, output: Writable, options: ExportOptions): Promise<void> {
  const write = (chunk: string) => (output.write(chunk) ? Promise.resolve() : new Promise<void>((resolve) => output.once('drain', () => resolve())));
  const csv = (records: string[][]) => stringify(records, { record_delimiter: 'windows' });
  await write(`\uFEFF${csv([columns.map((c) => neutraliseFormula(cleanText(c.header)))])}`);
  let batch: string[][] = [];
  for await (const row of rows) {
    batch.push(columns.map((c) => csvText(c, toCell(c, row[c.key], options))));
    if (batch.length === 1000) {
      await write(csv(batch));
      batch = [];
    }
  }
  if (batch.length > 0) await write(csv(batch));
  await new Promise<void>((resolve, reject) => output.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

async function writeXlsx(columns: readonly ExportColumn[], rows: Rows, output: Writable, options: ExportOptions): Promise<void> {
  // Shared strings: without them exceljs writes text as t="str", the type of a formula's result.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet(cleanText(options.sheetName ?? 'Sheet1').replace(/[\\/?*[\]:]/g, ' ').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((c) => ({
    key: c.key,
    header: cleanText(c.header),
    width: c.width ?? Math.min(60, Math.max(10, c.header.length * 2 + 4)),
    ...(NUMBER_FORMATS[c.type ?? 'text'] ? { style: { numFmt: NUMBER_FORMATS[c.type ?? 'text'] } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for await (const row of rows) {
    const cells = columns.map((c) => toCell(c, row[c.key], options));
    const added = sheet.addRow(cells.map((c) => c.value));
    cells.forEach((cell, i) => {
      if (cell.isRiskyText) added.getCell(i + 1).numFmt = '@';
    });
    added.commit();
  }
  sheet.commit();
  await workbook.commit();
}

export async function writeTable(format: ExportFormat, columns: readonly ExportColumn[], rows: Rows, output: Writable, options: ExportOptions = {}): Promise<void> {
  if (format === 'csv') return writeCsv(columns, rows, output, options);
  return writeXlsx(columns, rows, output, options);
}

// For small exports and tests: the whole file in memory.
export async function writeTableToBuffer(format: ExportFormat, columns: readonly ExportColumn[], rows: Rows, options: ExportOptions = {}): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    output.on('end', () => resolve());
    output.on('error', reject);
  });
  await writeTable(format, columns, rows, output, options);
  await ended;
  return Buffer.concat(chunks);
}
