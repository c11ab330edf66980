import { AppError, defineErrors, type FieldError } from '../errors.ts';

// ARC-8 / QUALITY T11: what can be wrong with an uploaded file as a whole. Each is a 4xx with the
// place named in `errors[].path` (line, row, column, zip entry); problems with single cells are
// not errors here but entries of the dry-run report (validate-rows.ts).
export const ImportErrors = defineErrors({
  IMPORT_FILE_EMPTY: { status: 400, title: 'The file is empty' },
  IMPORT_FILE_TOO_LARGE: { status: 413, title: 'The file is larger than the import limit' },
  IMPORT_TOO_MANY_ROWS: { status: 413, title: 'The file has more rows than the import limit' },
  IMPORT_FORMAT_UNSUPPORTED: { status: 415, title: 'The file is neither an .xlsx workbook nor a CSV text file' },
  IMPORT_FORMAT_MISMATCH: { status: 415, title: 'The file name says .xlsx but the content is not an Excel workbook' },
  IMPORT_XLSX_ENCRYPTED: { status: 415, title: 'The workbook is password-protected: save it as .xlsx without a password' },
  IMPORT_XLS_LEGACY: { status: 415, title: 'Old .xls workbooks are not read: save the file as .xlsx (Excel 2007 or later)' },
  IMPORT_XLSX_CORRUPT: { status: 422, title: 'The workbook is damaged or not a valid .xlsx file' },
  IMPORT_XLSX_TOO_LARGE: { status: 413, title: 'The workbook unpacks to more data than the import limit (zip bomb guard)' },
  IMPORT_XLSX_FORBIDDEN_XML: { status: 422, title: 'The workbook contains XML declarations (DOCTYPE/ENTITY) that are not allowed' },
  IMPORT_XLSX_NO_SHEET: { status: 422, title: 'The workbook has no worksheet' },
  IMPORT_ENCODING_UNKNOWN: { status: 415, title: 'The text encoding of the file could not be determined: save it as CSV UTF-8 or choose the encoding' },
  IMPORT_ENCODING_INVALID: { status: 422, title: 'The file is not valid in its text encoding' },
  IMPORT_ENCODING_TRUNCATED: { status: 422, title: 'The file ends in the middle of a character: it may have been cut off' },
  IMPORT_CSV_MALFORMED: { status: 422, title: 'The CSV file is malformed' },
  IMPORT_NO_HEADER: { status: 422, title: 'The file has no header row' },
  IMPORT_NO_DATA_ROWS: { status: 422, title: 'The file has a header row but no data rows' },
  IMPORT_HEADER_EMPTY: { status: 422, title: 'A column with data has no header' },
  IMPORT_HEADER_DUPLICATE: { status: 422, title: 'Two columns have the same header' },
  IMPORT_MAP_INVALID: { status: 400, title: 'The column mapping is not valid' },
  IMPORT_REQUIRED_COLUMN_MISSING: { status: 422, title: 'A required column is missing' },
  IMPORT_HAS_ERRORS: { status: 422, title: 'The file has errors: nothing was imported' },
  IMPORT_DUPLICATE_CHOICE_INVALID: { status: 400, title: 'That choice is not allowed for this duplicate' },
});

export type ImportErrorCode = keyof typeof ImportErrors;

export const importError = (code: ImportErrorCode, detail?: string, errors: FieldError[] = []): AppError =>
  new AppError(ImportErrors[code], detail, { errors });

// A1-style column letter of a 0-based column index (0 → A, 26 → AA), as Excel shows it.
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

// "row 12, column C (电话)" — the place as a user finds it in Excel.
export function cellPlace(row: number, column?: number, header?: string): string {
  if (column === undefined) return `row ${row}`;
  const name = header ? ` (${header.length > 40 ? `${header.slice(0, 40)}…` : header})` : '';
  return `row ${row}, column ${columnLetter(column)}${name}`;
}
