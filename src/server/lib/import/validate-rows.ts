import type { AmountUnit } from '../../../domain/import/parse-number.ts';
import type { ParseResult, ValueErrorCode } from '../../../domain/import/parse-values.ts';
import { SALES_ROW_ERROR_MESSAGES, type SalesRowErrorCode } from '../../../domain/sales/sales-import-codes.ts';
import { DEFAULT_IDENTITY, findDuplicates, type Duplicate, type ExistingAccounts, type IdentityFields } from './duplicates.ts';
import { columnLetter, importError } from './import.errors.ts';
import { assertRequiredColumns, type ColumnMapping, type TargetField } from './mapping.ts';
import type { ReadIssueCode, Table } from './table.ts';

// ARC-8 dry run: every row of a table parsed field by field, every problem reported with the
// row as Excel numbers it, the column as the file heads it, the field, the offending value and a
// code the UI translates. Nothing is written here; valid rows come back as records for the
// import to write in one transaction (all or nothing).

export type FieldContext = { header: string; unit?: AmountUnit };

export type FieldSpec = TargetField & {
  // Parses a non-empty, trimmed cell; empty cells are null, or REQUIRED for required fields.
  parse: (text: string, context: FieldContext) => ParseResult<unknown>;
};

// ACCOUNT_UNKNOWN: a child record's account (contacts, sales) names no account the user may change.
// Sales rows add their product and quantity rules (src/domain/sales/sales-import-codes.ts).
export type RowErrorCode = ValueErrorCode | ReadIssueCode | 'ACCOUNT_UNKNOWN' | SalesRowErrorCode;

export type RowError = {
  row: number;
  column: string; // header text, or the column letter when the column has none
  columnLetter: string;
  field?: string;
  value: string; // the cell, cut to 50 characters
  code: RowErrorCode;
  message: string;
};

export type ValidRecord = { row: number; values: Record<string, unknown> };

export type DryRunReport = {
  rows: number;
  valid: number;
  invalid: number;
  errorCount: number;
  errors: RowError[]; // the first maxErrors of errorCount
  isTruncated: boolean;
  // Valid rows that are the same company as an earlier row or an existing account.
  duplicates: Duplicate[];
};

export type Validation = { report: DryRunReport; records: ValidRecord[] };

export type ValidateOptions = {
  maxErrors?: number;
  // Duplicate detection (accounts): which fields identify a company, and the existing accounts
  // that share a key with the file (look them up with identityKeys of a first pass, or pass all).
  duplicates?: { fields?: IdentityFields; existing?: ExistingAccounts };
};

const NO_ACCOUNTS: ExistingAccounts = { byCreditCode: new Map(), byName: new Map() };

// English defaults; the UI shows import.reason.<code> in the user's language.
const MESSAGES: Record<RowErrorCode, string> = {
  REQUIRED: 'A value is required',
  TEXT_TOO_LONG: 'The text is too long',
  TEXT_CONTROL_CHAR: 'The text contains control characters',
  DATE_INVALID: 'Not a date (use 2008-11-25 or 2008年11月25日)',
  DATE_AMBIGUOUS: 'The date can be read more than one way (day/month or year/month): write it as 2008-11-25 or choose the date order',
  DATE_INCOMPLETE: 'The date needs a month and day',
  DATE_OUT_OF_RANGE: 'The year is out of range',
  MONEY_INVALID: 'Not an amount (use 500万元, 1,234.56 or ¥1,234.56)',
  MONEY_NEGATIVE: 'The amount may not be negative',
  MONEY_PRECISION: 'The amount has fractions of a fen',
  MONEY_TOO_LARGE: 'The amount is too large',
  MONEY_CURRENCY: 'Unknown or conflicting currency',
  INTEGER_INVALID: 'Not a whole number',
  INTEGER_OUT_OF_RANGE: 'The number is out of range',
  PHONE_INVALID: 'Not a phone number',
  PHONE_AREA_CODE_MISSING: 'The landline number needs its area code (0769-…)',
  PHONE_MULTIPLE: 'One phone number per cell',
  EMAIL_INVALID: 'Not an e-mail address',
  URL_INVALID: 'Not a web address (http or https)',
  ENUM_UNKNOWN: 'Not one of the allowed values',
  BOOLEAN_INVALID: 'Use 是 or 否',
  CREDIT_CODE_EMPTY: 'The credit code is empty',
  CREDIT_CODE_LENGTH: 'A unified social credit code has 18 characters',
  CREDIT_CODE_CHARSET: 'The credit code contains a character that is not allowed (I, O, S, V, Z and symbols are not used)',
  CREDIT_CODE_AUTHORITY: 'The first character of the credit code is not a registration authority',
  CREDIT_CODE_TYPE: 'The second character of the credit code is not an organisation type of its authority',
  CREDIT_CODE_DIVISION: 'Characters 3–8 of the credit code are not an administrative division',
  CREDIT_CODE_ORG_CHECK: 'The organisation code inside the credit code fails its check digit',
  CREDIT_CODE_CHECK: 'The credit code fails its check character: a character is mistyped',
  CELL_TOO_LONG: 'The cell is longer than the limit',
  CELL_CONTROL_CHAR: 'The cell contains a control character (such as NUL)',
  CELL_ERROR_VALUE: 'The cell holds an Excel error',
  FORMULA_NO_RESULT: 'The formula has no saved result: open the file in Excel and save it again',
  ROW_TOO_FEW_CELLS: 'The row has fewer fields than the header: a delimiter or quote may be missing',
  ROW_TOO_MANY_CELLS: 'The row has data beyond the last column with a header',
  ACCOUNT_UNKNOWN: 'No account of yours has this name, credit code or archive number',
  ...SALES_ROW_ERROR_MESSAGES,
};

export const rowErrorMessage = (code: RowErrorCode): string => MESSAGES[code];

const cut = (value: string) => (value.length > 50 ? `${value.slice(0, 50)}…` : value);

// Collects errors, keeping all counts but only the first `max` entries.
class ErrorList {
  readonly shown: RowError[] = [];
  count = 0;
  readonly invalidRows = new Set<number>();
  readonly max: number;
  constructor(max: number) {
    this.max = max;
  }
  add(error: Omit<RowError, 'message'>) {
    this.count++;
    this.invalidRows.add(error.row);
    if (this.shown.length < this.max) this.shown.push({ ...error, message: MESSAGES[error.code] });
  }
}

export function validateRows(table: Table, mapping: ColumnMapping, fields: readonly FieldSpec[], options: ValidateOptions = {}): Validation {
  assertRequiredColumns(mapping, fields);
  if (mapping.ambiguous.length > 0) {
    const [first] = mapping.ambiguous;
    throw importError('IMPORT_MAP_INVALID', `Choose the field for column "${first.header}" (${first.fields.join(' or ')})`);
  }
  const specs = new Map(fields.map((f) => [f.key, f]));
  const byColumn = new Map(mapping.columns.map((c) => [c.column, c]));
  const errors = new ErrorList(options.maxErrors ?? 1000);
  const place = (row: number, column: number | undefined) => {
    const header = column === undefined ? '' : (table.headers[column] ?? '');
    const letter = column === undefined ? '' : columnLetter(column);
    const mapped = column === undefined ? undefined : byColumn.get(column);
    return { row, column: header || letter, columnLetter: letter, ...(mapped ? { field: mapped.field } : {}) };
  };

  // Reading problems count where they touch the import: whole rows, and mapped columns.
  const damaged = new Set<string>();
  const cellsByRow = new Map(table.rows.map((r) => [r.row, r.cells]));
  const cellOf = (row: number, column: number) => cellsByRow.get(row)?.[column] ?? '';
  for (const issue of table.issues) {
    const isRowLevel = issue.code === 'ROW_TOO_FEW_CELLS' || issue.code === 'ROW_TOO_MANY_CELLS';
    if (!isRowLevel && (issue.column === undefined || !byColumn.has(issue.column))) continue;
    const value = issue.column === undefined || issue.column >= table.headers.length ? (issue.detail ?? '') : cellOf(issue.row, issue.column);
    errors.add({ ...place(issue.row, issue.column), value: cut(value), code: issue.code });
    if (issue.column !== undefined) damaged.add(`${issue.row}:${issue.column}`);
  }

  const records: ValidRecord[] = [];
  for (const { row, cells } of table.rows) {
    const values: Record<string, unknown> = {};
    for (const column of mapping.columns) {
      const spec = specs.get(column.field);
      if (!spec || damaged.has(`${row}:${column.column}`)) continue;
      const text = cells[column.column] ?? '';
      if (text === '') {
        if (spec.required) errors.add({ ...place(row, column.column), value: '', code: 'REQUIRED' });
        values[column.field] = null;
        continue;
      }
      const result = spec.parse(text, { header: column.header, ...(column.unit ? { unit: column.unit } : {}) });
      if (result.ok) values[column.field] = result.value;
      else errors.add({ ...place(row, column.column), value: cut(text), code: result.reason });
    }
    if (!errors.invalidRows.has(row)) records.push({ row, values });
  }

  errors.shown.sort((a, b) => a.row - b.row || a.columnLetter.length - b.columnLetter.length || a.columnLetter.localeCompare(b.columnLetter));
  return {
    report: {
      rows: table.rows.length,
      valid: records.length,
      invalid: table.rows.length - records.length,
      errorCount: errors.count,
      errors: errors.shown,
      isTruncated: errors.count > errors.shown.length,
      duplicates: options.duplicates
        ? findDuplicates(records, options.duplicates.existing ?? NO_ACCOUNTS, options.duplicates.fields ?? DEFAULT_IDENTITY)
        : [],
    },
    records,
  };
}

// A second check that needs the database (e.g. does the named account exist?): the rejected
// records leave `records` and join the report's errors, as if validateRows had found them.
export function rejectRecords(
  validation: Validation,
  rejections: readonly { row: number; field: string; value: string; code: RowErrorCode }[],
  mapping: ColumnMapping,
  maxErrors = 1000,
): Validation {
  if (rejections.length === 0) return validation;
  const rejected = new Set(rejections.map((r) => r.row));
  const records = validation.records.filter((r) => !rejected.has(r.row));
  const added = rejections.map(({ row, field, value, code }) => {
    const column = mapping.columns.find((c) => c.field === field);
    const letter = column ? columnLetter(column.column) : '';
    return { row, column: column?.header || letter, columnLetter: letter, field, value: cut(value), code, message: MESSAGES[code] };
  });
  const { report } = validation;
  const errors = [...report.errors, ...added].sort((a, b) => a.row - b.row).slice(0, maxErrors);
  const errorCount = report.errorCount + added.length;
  return {
    records,
    report: { ...report, valid: records.length, invalid: report.rows - records.length, errorCount, errors, isTruncated: errorCount > errors.length },
  };
}
