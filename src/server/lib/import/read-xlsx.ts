import { isUtf8 } from 'node:buffer';
import { posix } from 'node:path';
// exceljs (~40 MB in memory) is loaded on the first spreadsheet, not at server start.
import { excelSerialToIso } from '../../../domain/import/parse-date.ts';
import { numberToText } from '../../../domain/import/parse-values.ts';
import { AppError } from '../errors.ts';
import { importError } from './import.errors.ts';
import type { ReadIssue, TableRow } from './table.ts';
import { repackForStreaming, type RepackPart } from './xlsx-repack.ts';
import { checkXmlPart, checkZipLimits, DEFAULT_ZIP_LIMITS, inflateEntry, readCentralDirectory, type ZipEntry, type ZipLimits } from './zip-guard.ts';

// The first visible worksheet of an .xlsx (or the one named) → rows of cell texts, through
// exceljs's streaming reader after the zip and its XML passed zip-guard.ts. Cells become text as
// the user sees them: formulas give their cached result (never the formula), dates an ISO date
// (with the time when there is one), rich text its plain text, numbers Excel's 15 digits.

export type XlsxOptions = {
  sheetName?: string;
  maxPhysicalRows: number;
  zipLimits?: ZipLimits;
};

export type XlsxRows = { sheetName: string; sheetNames: string[]; rows: TableRow[]; issues: ReadIssue[] };

type Attributes = Record<string, string>;

const decodeXmlText = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[ref.toLowerCase()] ?? '';
  });

const RELATIONSHIP = /<([\w:]*)Relationship\b([^>]*)>/g;
const SHEET = /<([\w:]*)sheet\b([^>]*)>/g;

// Attributes of every <tag …> in a small part (workbook.xml, .rels), namespace prefixes dropped.
function elements(xml: string, tag: RegExp): Attributes[] {
  const found: Attributes[] = [];
  for (const m of xml.matchAll(tag)) {
    // Group 1 is the namespace prefix: empty or ending in a colon (not customSheet…).
    if (m[1] !== '' && !m[1].endsWith(':')) continue;
    const attributes: Attributes = {};
    for (const a of m[2].matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      const name = a[1].includes(':') && a[1].split(':')[1] === 'id' ? 'r:id' : a[1];
      attributes[name] = decodeXmlText(a[2] ?? a[3]);
    }
    found.push(attributes);
  }
  return found;
}

type Parts = { entries: Map<string, ZipEntry>; bytes: Buffer };

async function partText(parts: Parts, name: string): Promise<Buffer | null> {
  const entry = parts.entries.get(name.toLowerCase());
  if (!entry) return null;
  const data = await inflateEntry(parts.bytes, entry);
  checkXmlPart(name, data);
  if (!isUtf8(data)) throw importError('IMPORT_XLSX_CORRUPT', `Workbook part ${name} is not valid UTF-8`);
  return data;
}

const resolveTarget = (base: string, target: string) =>
  target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(base), target));

const relsOf = (part: string) => posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);

type Located = { parts: RepackPart[]; sheetName: string; sheetNames: string[]; date1904: boolean };

// Finds the workbook, its chosen sheet, shared strings and styles through the relationship
// parts, and returns them named as exceljs's streaming reader expects them.
async function locateParts(parts: Parts, wantedSheet: string | undefined): Promise<Located> {
  const rootRels = (await partText(parts, '_rels/.rels'))?.toString('utf8') ?? '';
  const office = elements(rootRels, RELATIONSHIP).find((r) => r.Type?.endsWith('/officeDocument'));
  const workbookPath = office?.Target ? resolveTarget('', office.Target) : 'xl/workbook.xml';
  const workbook = await partText(parts, workbookPath);
  if (!workbook) throw importError('IMPORT_XLSX_CORRUPT', 'The file is a zip but not an Excel workbook (no xl/workbook.xml)');
  const workbookXml = workbook.toString('utf8');
  const rels = (await partText(parts, relsOf(workbookPath))) ?? Buffer.from('<Relationships/>');
  const relations = elements(rels.toString('utf8'), RELATIONSHIP);
  const target = (type: string, fallback: string) => {
    const r = relations.find((rel) => rel.Type?.endsWith(`/${type}`));
    return r?.Target ? resolveTarget(workbookPath, r.Target) : fallback;
  };
  const sheets = elements(workbookXml, SHEET).map((s) => ({
    name: s.name ?? '',
    isHidden: s.state === 'hidden' || s.state === 'veryHidden',
    path: relations.find((r) => r.Id === s['r:id'] && r.Type?.endsWith('/worksheet'))?.Target,
  }));
  const worksheets = sheets.filter((s) => s.path !== undefined);
  const chosen = wantedSheet === undefined ? worksheets.find((s) => !s.isHidden) : worksheets.find((s) => s.name === wantedSheet);
  if (!chosen?.path) {
    const detail = wantedSheet ? `There is no worksheet named "${wantedSheet}"` : 'The workbook has no visible worksheet';
    throw importError('IMPORT_XLSX_NO_SHEET', detail);
  }
  const sheet = await partText(parts, resolveTarget(workbookPath, chosen.path));
  if (!sheet) throw importError('IMPORT_XLSX_CORRUPT', `The worksheet "${chosen.name}" is missing from the file`);
  const styles = await partText(parts, target('styles', 'xl/styles.xml'));
  const strings = await partText(parts, target('sharedStrings', 'xl/sharedStrings.xml'));
  return {
    parts: [
      { name: 'xl/_rels/workbook.xml.rels', data: rels },
      { name: 'xl/workbook.xml', data: workbook },
      ...(styles ? [{ name: 'xl/styles.xml', data: styles }] : []),
      { name: 'xl/sharedStrings.xml', data: strings ?? Buffer.from('<sst/>'), isSharedStrings: true },
      { name: 'xl/worksheets/sheet1.xml', data: sheet },
    ],
    sheetName: chosen.name,
    sheetNames: worksheets.filter((s) => !s.isHidden).map((s) => s.name),
    date1904: /<[\w:]*workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/.test(workbookXml),
  };
}

// A number format that shows a date or time (yyyy-mm-dd, m/d/yy, yyyy"年"m"月"d"日", h:mm).
export function isDateFormat(format: string | undefined): boolean {
  if (!format || /^general$/i.test(format)) return false;
  const bare = format.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  return /[ymdhs]/i.test(bare);
}

const pad = (n: number) => String(n).padStart(2, '0');

// exceljs gives a cell's wall-clock value in a Date's UTC fields.
export function dateCellText(date: Date): string {
  const ms = Math.round(date.getTime() / 1000) * 1000;
  const d = new Date(ms);
  const day = d.toISOString().slice(0, 10);
  if (ms % 86_400_000 === 0) return day;
  return `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

type CellText = { text: string; issue?: Pick<ReadIssue, 'code' | 'detail'> };

function serialText(serial: number, date1904: boolean): string {
  const day = excelSerialToIso(serial, date1904);
  if (day === null) return numberToText(serial);
  const seconds = Math.round((serial - Math.floor(serial)) * 86_400);
  if (seconds === 0 || seconds === 86_400) return day;
  return `${day} ${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

export function cellValueText(value: unknown, numFmt: string | undefined, date1904: boolean): CellText {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return { text: '', issue: { code: 'CELL_ERROR_VALUE', detail: 'not a number' } };
    return { text: isDateFormat(numFmt) ? serialText(value, date1904) : numberToText(value) };
  }
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { text: dateCellText(value) };
  if (typeof value !== 'object') return { text: '' };
  const v = value as Record<string, unknown>;
  if ('formula' in v || 'sharedFormula' in v) {
    if (v.result === undefined || v.result === null) return { text: '', issue: { code: 'FORMULA_NO_RESULT' } };
    return cellValueText(v.result, numFmt, date1904);
  }
  if (Array.isArray(v.richText)) return { text: v.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join('') };
  if (typeof v.error === 'string') return { text: '', issue: { code: 'CELL_ERROR_VALUE', detail: v.error } };
  if ('text' in v) return cellValueText(v.text, numFmt, date1904);
  return { text: '' };
}

export async function readXlsxRows(bytes: Buffer, options: XlsxOptions): Promise<XlsxRows> {
  const entries = readCentralDirectory(bytes);
  checkZipLimits(entries, options.zipLimits ?? DEFAULT_ZIP_LIMITS);
  const located = await locateParts({ entries: new Map(entries.map((e) => [e.name.toLowerCase(), e])), bytes }, options.sheetName);
  const rows: TableRow[] = [];
  const issues: ReadIssue[] = [];
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(repackForStreaming(located.parts), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        if (rows.length >= options.maxPhysicalRows) {
          throw importError('IMPORT_TOO_MANY_ROWS', `The sheet has more than ${options.maxPhysicalRows} rows`);
        }
        const cells: string[] = [];
        row.eachCell({ includeEmpty: false }, (cell, column) => {
          const { text, issue } = cellValueText(cell.value, cell.numFmt, located.date1904);
          while (cells.length < column - 1) cells.push('');
          cells[column - 1] = text;
          if (issue) issues.push({ row: row.number, column: column - 1, ...issue });
        });
        rows.push({ row: row.number, cells });
      }
      break;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw importError('IMPORT_XLSX_CORRUPT', `The worksheet could not be read: ${(error as Error).message}`.slice(0, 300));
  }
  return { sheetName: located.sheetName, sheetNames: located.sheetNames, rows, issues };
}
