import { creditCodeError, normaliseCreditCode, type CreditCodeError } from '../accounts/credit-code.ts';
import { foldLabel, foldWidth } from '../text/normalise.ts';

// ARC-8 import: every cell parser returns a result instead of throwing, so that a dry run can
// report every bad cell of a file at once. Reasons are keys the UI translates (import.reason.*).
// Parsers expect a non-empty cell: the row validator decides what an empty cell means
// (REQUIRED or null) before calling them.

export type ValueErrorCode =
  | 'REQUIRED'
  | 'TEXT_TOO_LONG'
  | 'TEXT_CONTROL_CHAR'
  | 'DATE_INVALID'
  | 'DATE_AMBIGUOUS'
  | 'DATE_INCOMPLETE'
  | 'DATE_OUT_OF_RANGE'
  | 'MONEY_INVALID'
  | 'MONEY_NEGATIVE'
  | 'MONEY_PRECISION'
  | 'MONEY_TOO_LARGE'
  | 'MONEY_CURRENCY'
  | 'INTEGER_INVALID'
  | 'INTEGER_OUT_OF_RANGE'
  | 'PHONE_INVALID'
  | 'PHONE_AREA_CODE_MISSING'
  | 'PHONE_MULTIPLE'
  | 'EMAIL_INVALID'
  | 'URL_INVALID'
  | 'ENUM_UNKNOWN'
  | 'BOOLEAN_INVALID'
  | CreditCodeError;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: ValueErrorCode };

// What a cell can hold: text from CSV or from read-table, or a raw exceljs number/Date.
export type CellInput = string | number | Date;

export const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
export const fail = <T = never>(reason: ValueErrorCode): ParseResult<T> => ({ ok: false, reason });

// Numbers as Excel shows them: 15 significant digits, so 0.1+0.2 stored as 0.30000000000000004
// reads back as 0.3 and integers stay integers.
export function numberToText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  return String(Number(n.toPrecision(15)));
}

export const cellText = (input: CellInput): string =>
  typeof input === 'number' ? numberToText(input) : input instanceof Date ? input.toISOString() : input;

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const hasControlChars = (text: string): boolean => CONTROL_CHARS.test(text) || !text.isWellFormed();

export type TextOptions = { maxLength?: number; multiline?: boolean };

// Free text: trimmed; NUL and other control characters are refused (they break exports, logs and
// PostgreSQL text); line breaks only where the field allows them (addresses do not).
export function parseText(input: CellInput, options: TextOptions = {}): ParseResult<string> {
  const text = cellText(input).trim();
  if (hasControlChars(text)) return fail('TEXT_CONTROL_CHAR');
  const value = options.multiline ? text.replace(/\r\n?/g, '\n') : text.replace(/\s*[\r\n]+\s*/g, ' ');
  if (options.maxLength !== undefined && value.length > options.maxLength) return fail('TEXT_TOO_LONG');
  return ok(value);
}

// A configured list entry (domain lists are configuration): its id and every label it is known
// by in the locales and in customers' files (有限责任公司 → private, 国企 → state_owned …).
export type EnumOption = { id: string; labels: readonly string[] };

// Folded label → id, built once per option list (an import parses the same list 100k times).
const enumIndexes = new WeakMap<readonly EnumOption[], Map<string, string>>();

function enumIndex(options: readonly EnumOption[]): Map<string, string> {
  let index = enumIndexes.get(options);
  if (!index) {
    index = new Map();
    // The first option that claims a label wins, ids before labels, as a linear search would.
    for (const option of options) if (!index.has(foldLabel(option.id))) index.set(foldLabel(option.id), option.id);
    for (const option of options) for (const label of option.labels) if (!index.has(foldLabel(label))) index.set(foldLabel(label), option.id);
    enumIndexes.set(options, index);
  }
  return index;
}

export function parseEnum(input: CellInput, options: readonly EnumOption[]): ParseResult<string> {
  const key = foldLabel(cellText(input));
  const id = key === '' ? undefined : enumIndex(options).get(key);
  return id === undefined ? fail('ENUM_UNKNOWN') : ok(id);
}

const TRUE_WORDS = new Set(['是', '有', '对', 'y', 'yes', 'true', '1', '√', '✓', '✔']);
const FALSE_WORDS = new Set(['否', '无', '不是', '没有', 'n', 'no', 'false', '0', '×', '✗', '✘']);

export function parseBoolean(input: CellInput | boolean): ParseResult<boolean> {
  if (typeof input === 'boolean') return ok(input);
  const key = foldWidth(cellText(input)).trim().toLowerCase();
  if (TRUE_WORDS.has(key)) return ok(true);
  if (FALSE_WORDS.has(key)) return ok(false);
  return fail('BOOLEAN_INVALID');
}

// 统一社会信用代码 as typed: normalised, then fully checked (GB 32100 and GB 11714 check characters).
export function parseCreditCode(input: CellInput): ParseResult<string> {
  const code = normaliseCreditCode(cellText(input));
  const error = creditCodeError(code);
  return error === null ? ok(code) : fail(error);
}
