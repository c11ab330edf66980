import { createHash } from 'node:crypto';
import type { DbKind } from './connection.ts';

// The backup file (T10): gzip-compressed JSON lines, portable between PGlite and PostgreSQL.
//   line 1                 the header (BackupHeader): format, schema level, created at, and per
//                          table its columns, row count and checksum; then the sequences
//   {"table":"<name>"}     one marker per table, in header order, followed by exactly
//                          header.tables[i].rows lines, each one row as PostgreSQL's row_to_json
//   {"end":true}           the last line; a file without it is truncated
// The header is a gzip member of its own in front of the data member(s): `zcat FILE | head -1`
// shows what a backup holds without reading the rest.

export const BACKUP_FORMAT = 'openkam-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const CHECKSUM_ALGORITHM = 'sha256-sum';

export type BackupTable = { name: string; columns: string[]; rows: number; checksum: string };
export type BackupSequence = { name: string; value: string; isCalled: boolean };

export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  appVersion: string;
  source: { db: DbKind; serverVersion: string };
  // How many migrations of migrations/ the database had, and the last one's tag.
  schema: { level: number; migration: string | null };
  checksum: typeof CHECKSUM_ALGORITHM;
  totalRows: number;
  tables: BackupTable[];
  sequences: BackupSequence[];
};

export type TableMarker = { table: string };
export type EndMarker = { end: true };

export class BackupError extends Error {}

const MASK_256 = (1n << 256n) - 1n;

// A table's checksum is the sum (mod 2^256) of the SHA-256 of each row's JSON text: independent of
// row order, which differs between PostgreSQL versions and collations, yet any changed, lost or
// duplicated row changes it.
export class TableChecksum {
  #sum = 0n;
  rows = 0;

  add(rowJson: string): void {
    const digest = createHash('sha256').update(rowJson).digest('hex');
    this.#sum = (this.#sum + BigInt(`0x${digest}`)) & MASK_256;
    this.rows++;
  }

  get value(): string {
    return this.#sum.toString(16).padStart(64, '0');
  }
}

export function parseHeader(line: string | undefined): BackupHeader {
  let header: Partial<BackupHeader>;
  try {
    header = JSON.parse(line ?? '') as Partial<BackupHeader>;
  } catch {
    throw new BackupError('This is not an OpenKAM backup file (its first line is not a backup header).');
  }
  if (header.format !== BACKUP_FORMAT) throw new BackupError('This is not an OpenKAM backup file.');
  if (typeof header.formatVersion !== 'number' || header.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupError(`The backup file has format version ${String(header.formatVersion)}; this OpenKAM reads up to ${BACKUP_FORMAT_VERSION}. Upgrade OpenKAM first.`);
  }
  if (header.checksum !== CHECKSUM_ALGORITHM || !Array.isArray(header.tables) || !Array.isArray(header.sequences) || !header.schema) {
    throw new BackupError('The backup header is incomplete.');
  }
  return header as BackupHeader;
}

export const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;
export const qualified = (name: string): string => `"public".${quoteIdent(name)}`;

// The session settings under which row_to_json writes the same text on every PostgreSQL version.
export const PORTABLE_OUTPUT_SETTINGS = [
  "set local timezone = 'UTC'",
  "set local datestyle = 'ISO, YMD'",
  "set local intervalstyle = 'postgres'",
  "set local bytea_output = 'hex'",
  'set local extra_float_digits = 1',
];
