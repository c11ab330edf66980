import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { foldLabel } from '../../../domain/text/normalise.ts';
import { decodeText } from './decode.ts';
import { columnLetter, importError } from './import.errors.ts';
import { readCsvRows } from './read-csv.ts';
import { readXlsxRows } from './read-xlsx.ts';
import {
  checkCells,
  DEFAULT_READ_LIMITS,
  HEADER_SEARCH_ROWS,
  isBlankRow,
  type ReadIssue,
  type ReadLimits,
  type Table,
  type TableFormat,
  type TableRow,
} from './table.ts';
import type { ZipLimits } from './zip-guard.ts';

// An uploaded file → a Table (ARC-8): the format is told by the content, not the name; the
// header row is found (a title row above it is skipped); every whole-file problem is a 4xx
// AppError naming the place, every row or cell problem an issue for the dry-run report.

export type ReadTableOptions = Partial<ReadLimits> & {
  fileName?: string;
  encoding?: string; // text files: 'auto' (default) or a chosen encoding
  delimiter?: string; // CSV: sniffed unless given
  sheetName?: string; // xlsx: the first visible sheet unless given
  headerRow?: number; // 1-based; found automatically unless given
  zipLimits?: ZipLimits;
};

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const BINARY_SIGNATURES: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GZIP', [0x1f, 0x8b]],
  ['RAR', [0x52, 0x61, 0x72, 0x21]],
  ['7-Zip', [0x37, 0x7a, 0xbc, 0xaf]],
];

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

// Office files in the old compound format: a password-protected .xlsx (its package is wrapped in
// an "EncryptedPackage" stream) or a legacy .xls workbook.
function refuseCompoundFile(bytes: Buffer): never {
  const encrypted = bytes.includes(Buffer.from('EncryptionInfo', 'utf16le')) || bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'));
  if (encrypted) throw importError('IMPORT_XLSX_ENCRYPTED');
  throw importError('IMPORT_XLS_LEGACY');
}

export function detectFormat(bytes: Buffer, fileName = ''): TableFormat {
  if (bytes.length === 0) throw importError('IMPORT_FILE_EMPTY');
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  if (startsWith(bytes, OLE_SIGNATURE)) refuseCompoundFile(bytes);
  const binary = BINARY_SIGNATURES.find(([, signature]) => startsWith(bytes, signature));
  if (binary) throw importError('IMPORT_FORMAT_UNSUPPORTED', `The file is a ${binary[0]} file`);
  if (/\.(xlsx|xlsm|xls)$/i.test(fileName)) {
    throw importError('IMPORT_FORMAT_MISMATCH', `"${fileName}" is not an Excel workbook inside; if it is text, name it .csv`);
  }
  return 'csv';
}

const headerText = (cell: string) => cell.replace(/\s+/g, ' ').trim().slice(0, 200);

function findHeaderRow(rows: readonly TableRow[], wanted: number | undefined): number {
  if (wanted !== undefined) {
    const index = rows.findIndex((r) => r.row === wanted);
    if (index === -1 || isBlankRow(rows[index].cells)) throw importError('IMPORT_NO_HEADER', `Row ${wanted} is empty`);
    return index;
  }
  const candidates = rows.map((r, index) => ({ r, index })).filter(({ r }) => !isBlankRow(r.cells)).slice(0, HEADER_SEARCH_ROWS);
  if (candidates.length === 0) throw importError('IMPORT_FILE_EMPTY', 'The file has no rows with content');
  const filled = (cells: readonly string[]) => cells.filter((c) => c.trim() !== '').length;
  return (candidates.find(({ r }) => filled(r.cells) >= 2) ?? candidates[0]).index;
}

function checkHeaders(headers: readonly string[], headerRow: number): void {
  const seen = new Map<string, number>();
  headers.forEach((header, column) => {
    if (header === '') return;
    const key = foldLabel(header);
    const first = seen.get(key);
    if (first !== undefined) {
      const where = `columns ${columnLetter(first)} and ${columnLetter(column)}`;
      throw importError('IMPORT_HEADER_DUPLICATE', `"${header}" heads ${where} (row ${headerRow}): rename one of them`, [
        { path: `row ${headerRow}, column ${columnLetter(column)}`, message: `same header as column ${columnLetter(first)}` },
      ]);
    }
    seen.set(key, column);
  });
}

// Columns inside the headed range that hold data but have no header.
function checkUnheadedData(headers: readonly string[], rows: readonly TableRow[], headerRow: number): void {
  for (let column = 0; column < headers.length; column++) {
    if (headers[column] !== '') continue;
    const withData = rows.find((r) => (r.cells[column] ?? '').trim() !== '');
    if (withData) {
      throw importError('IMPORT_HEADER_EMPTY', `Column ${columnLetter(column)} has data (row ${withData.row}) but no header in row ${headerRow}`, [
        { path: `row ${headerRow}, column ${columnLetter(column)}`, message: 'empty header' },
      ]);
    }
  }
}

// Fits a data row to the header width, reporting fields that are missing or beyond the header.
function fitRow(row: TableRow, width: number, format: TableFormat, issues: ReadIssue[]): TableRow {
  const cells = row.cells.slice(0, width);
  const extra = row.cells.slice(width).findIndex((c) => c.trim() !== '');
  if (extra !== -1) {
    issues.push({ row: row.row, column: width + extra, code: 'ROW_TOO_MANY_CELLS', detail: row.cells[width + extra].trim().slice(0, 200) });
  }
  if (format === 'csv' && row.cells.length < width) {
    issues.push({ row: row.row, code: 'ROW_TOO_FEW_CELLS', detail: `${row.cells.length} fields, ${width} headers` });
  }
  while (cells.length < width) cells.push('');
  return { row: row.row, cells };
}

type RawRead = Pick<Table, 'format' | 'encoding' | 'encodingConfidence' | 'delimiter' | 'sheetName' | 'sheetNames'> & {
  rows: TableRow[];
  issues: ReadIssue[];
};

async function readRaw(bytes: Buffer, options: ReadTableOptions, limits: ReadLimits): Promise<RawRead> {
  const format = detectFormat(bytes, options.fileName);
  const maxPhysicalRows = limits.maxRows + HEADER_SEARCH_ROWS + 1;
  if (format === 'xlsx') {
    const read = await readXlsxRows(bytes, { sheetName: options.sheetName, maxPhysicalRows, zipLimits: options.zipLimits });
    return { format, encoding: 'xlsx', encodingConfidence: 1, ...read };
  }
  const decoded = decodeText(bytes, { encoding: options.encoding });
  const csv = readCsvRows(decoded.text, { delimiter: options.delimiter, maxPhysicalRows, maxRecordChars: limits.maxFileBytes });
  return { format, encoding: decoded.encoding, encodingConfidence: decoded.confidence, delimiter: csv.delimiter, rows: csv.rows, issues: [] };
}

export async function readTable(input: Uint8Array, options: ReadTableOptions = {}): Promise<Table> {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...options };
  if (input.length > limits.maxFileBytes) {
    throw importError('IMPORT_FILE_TOO_LARGE', `The file has ${input.length} bytes (limit ${limits.maxFileBytes})`);
  }
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const raw = await readRaw(bytes, options, limits);
  const headerIndex = findHeaderRow(raw.rows, options.headerRow);
  const headerRow = raw.rows[headerIndex].row;
  const headers = raw.rows[headerIndex].cells.map(headerText);
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  checkHeaders(headers, headerRow);
  const dataRows = raw.rows.slice(headerIndex + 1).filter((r) => !isBlankRow(r.cells));
  if (dataRows.length === 0) throw importError('IMPORT_NO_DATA_ROWS', `Row ${headerRow} is the header; no rows follow it`);
  if (dataRows.length > limits.maxRows) {
    throw importError('IMPORT_TOO_MANY_ROWS', `The file has ${dataRows.length} data rows (limit ${limits.maxRows})`);
  }
  checkUnheadedData(headers, dataRows, headerRow);
  const issues = raw.issues.filter((i) => i.row > headerRow && (i.column === undefined || i.column < headers.length));
  const rows = dataRows.map((r) => checkCells(fitRow(r, headers.length, raw.format, issues), limits.maxCellLength, issues));
  issues.sort((a, b) => a.row - b.row || (a.column ?? -1) - (b.column ?? -1));
  const { rows: _rows, issues: _issues, ...meta } = raw;
  return { ...meta, headerRow, headers, rows, issues };
}

// The CLI's way in: the size is checked before the file is read.
export async function readTableFile(path: string, options: ReadTableOptions = {}): Promise<Table> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_READ_LIMITS.maxFileBytes;
  const { size } = await stat(path);
  if (size > maxFileBytes) throw importError('IMPORT_FILE_TOO_LARGE', `The file has ${size} bytes (limit ${maxFileBytes})`);
  return readTable(await readFile(path), { fileName: basename(path), ...options });
}
