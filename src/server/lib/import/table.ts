// The shape every import reader produces (ARC-8): a header and rows of cell texts, numbered as
// the user sees them in Excel (the header row included), plus problems found while reading that
// belong to one row or cell rather than to the whole file.

export type TableFormat = 'csv' | 'xlsx';

export type ReadIssueCode =
  | 'CELL_TOO_LONG' // longer than the cell limit; the text is cut to the limit
  | 'CELL_CONTROL_CHAR' // NUL or another control character
  | 'CELL_ERROR_VALUE' // an Excel error such as #N/A or #DIV/0!
  | 'FORMULA_NO_RESULT' // a formula the file holds no computed value for
  | 'ROW_TOO_FEW_CELLS' // CSV row with fewer fields than the header: a delimiter or quote is missing
  | 'ROW_TOO_MANY_CELLS'; // data beyond the last headed column

export type ReadIssue = {
  row: number;
  column?: number; // 0-based
  code: ReadIssueCode;
  detail?: string;
};

export type TableRow = { row: number; cells: string[] };

export type Table = {
  format: TableFormat;
  // What the text was read as, for the UI to show ("GB18030, detected 99%"); 'xlsx' for workbooks.
  encoding: string;
  encodingConfidence: number;
  delimiter?: string;
  sheetName?: string;
  sheetNames?: string[];
  headerRow: number;
  headers: string[];
  rows: TableRow[];
  issues: ReadIssue[];
};

export type ReadLimits = {
  maxFileBytes: number;
  maxRows: number; // data rows
  maxCellLength: number; // characters
};

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxRows: 200_000,
  maxCellLength: 32_000,
};

// Rows above the header that may hold a title (客户档案表) before the real header row.
export const HEADER_SEARCH_ROWS = 20;

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

// Trims every cell, cuts cells over the length limit and reports them and control characters.
export function checkCells(row: TableRow, maxCellLength: number, issues: ReadIssue[]): TableRow {
  const cells = row.cells.map((raw, column) => {
    let cell = raw.trim();
    if (cell.length > maxCellLength) {
      issues.push({ row: row.row, column, code: 'CELL_TOO_LONG', detail: `${cell.length} characters (limit ${maxCellLength})` });
      cell = cell.slice(0, maxCellLength);
    }
    if (CONTROL_CHARS.test(cell)) {
      const found = cell.match(CONTROL_CHARS)?.[0] ?? '';
      issues.push({ row: row.row, column, code: 'CELL_CONTROL_CHAR', detail: `U+${found.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}` });
    }
    return cell;
  });
  return { row: row.row, cells };
}

export const isBlankRow = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');
