import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { importError } from './import.errors.ts';
import type { TableRow } from './table.ts';

// CSV text → rows (ARC-8). The delimiter is sniffed among , ; tab | (European Excel writes ;,
// "Unicode text" uses tabs); quotes follow RFC 4180, and a quote inside an unquoted field is
// kept as a character (12" screen). Rows with a different number of fields are kept and
// reported per row by read-table.ts rather than failing the file; a quote that never closes
// fails the file, naming the line where it opened, since everything after it is one field.

export const DELIMITERS = [',', ';', '\t', '|'] as const;

export type CsvOptions = {
  delimiter?: string;
  maxPhysicalRows: number;
  maxRecordChars: number;
};

export type CsvRows = { delimiter: string; rows: TableRow[] };

const SNIFF_CHARS = 64 * 1024;
const SNIFF_LINES = 20;

// Per line, how many times each delimiter occurs outside quotes.
function delimiterCounts(sample: string): Map<string, number[]> {
  const counts = new Map<string, number[]>(DELIMITERS.map((d) => [d, [0]]));
  let inQuotes = false;
  let lines = 0;
  for (let i = 0; i < sample.length && lines < SNIFF_LINES; i++) {
    const c = sample[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === '\n') {
      lines++;
      for (const list of counts.values()) list.push(0);
    } else if (!inQuotes && counts.has(c)) {
      const list = counts.get(c) ?? [];
      list[list.length - 1]++;
    }
  }
  return counts;
}

// The delimiter that appears in the header and the same number of times in most sampled lines.
export function sniffDelimiter(text: string): string {
  let best: { delimiter: string; consistent: number; perLine: number } = { delimiter: ',', consistent: 0, perLine: 0 };
  for (const [delimiter, perLine] of delimiterCounts(text.slice(0, SNIFF_CHARS))) {
    const header = perLine[0];
    if (header === 0) continue;
    const lines = perLine.slice(1).filter((n, i, all) => n > 0 || i < all.length - 1);
    const consistent = lines.filter((n) => n === header).length;
    if (consistent > best.consistent || (consistent === best.consistent && header > best.perLine)) {
      best = { delimiter, consistent, perLine: header };
    }
  }
  return best.delimiter;
}

type Place = { line: number; row: number };

// Where a quoted field that never closes begins (line in the text, row as a spreadsheet counts it).
export function findUnclosedQuote(text: string, delimiter: string): Place | null {
  let line = 1;
  let row = 1;
  let isFieldStart = true;
  let open: Place | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (open) {
      if (c === '"' && text[i + 1] === '"') i++;
      else if (c === '"') open = null;
      else if (c === '\n') line++;
      continue;
    }
    if (c === '"' && isFieldStart) {
      open = { line, row };
      isFieldStart = false;
    } else if (c === '\n') {
      line++;
      row++;
      isFieldStart = true;
    } else {
      isFieldStart = c === delimiter || (c === '\r' && isFieldStart);
    }
  }
  return open;
}

const lineOf = (error: CsvError) => (typeof error.lines === 'number' ? error.lines : undefined);

function malformed(error: CsvError, text: string, delimiter: string): Error {
  const line = lineOf(error);
  const at = line === undefined ? '' : ` on line ${line}`;
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED': {
      const open = findUnclosedQuote(text, delimiter);
      const where = open ? `on line ${open.line} (row ${open.row})` : 'somewhere in the file';
      return importError('IMPORT_CSV_MALFORMED', `A quoted field opened ${where} is never closed`, [
        { path: open ? `row ${open.row}` : 'file', message: 'unbalanced quote' },
      ]);
    }
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
    case 'INVALID_OPENING_QUOTE':
      return importError('IMPORT_CSV_MALFORMED', `A quote${at} is followed by text: quotes inside a quoted field must be doubled ("")`, [
        { path: `line ${line ?? '?'}`, message: 'misplaced quote' },
      ]);
    case 'CSV_MAX_RECORD_SIZE':
      return importError('IMPORT_CSV_MALFORMED', `A row${at} is longer than the whole-file limit`);
    default:
      return importError('IMPORT_CSV_MALFORMED', `The CSV could not be read${at}: ${error.message}`.slice(0, 300));
  }
}

export function readCsvRows(text: string, options: CsvOptions): CsvRows {
  const delimiter = options.delimiter ?? sniffDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      bom: false,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      max_record_size: options.maxRecordChars,
      to: options.maxPhysicalRows + 1,
    });
  } catch (error) {
    if (error instanceof CsvError) throw malformed(error, text, delimiter);
    throw error;
  }
  if (records.length > options.maxPhysicalRows) {
    throw importError('IMPORT_TOO_MANY_ROWS', `The file has more than ${options.maxPhysicalRows} rows`);
  }
  return { delimiter, rows: records.map((cells, i) => ({ row: i + 1, cells })) };
}
