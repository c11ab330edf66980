import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { BackupError, parseHeader, TableChecksum, type BackupHeader, type BackupTable } from './backup-format.ts';

// Reads a backup file (backup-format.ts) and checks it against its own header while reading:
// every table's marker, row count and checksum, and the end marker. A truncated or altered file
// fails here, before anything it holds is committed anywhere.

export type OpenedBackup = { header: BackupHeader; lines: AsyncIterator<string> };
export type RowSink = (table: BackupTable, rows: string[]) => Promise<void>;

const BATCH_ROWS = 1000;
const BATCH_CHARS = 4_000_000;

async function* splitLines(stream: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let rest = '';
  for await (const chunk of stream) {
    const parts = (rest + decoder.decode(chunk, { stream: true })).split('\n');
    rest = parts.pop() ?? '';
    yield* parts;
  }
  rest += decoder.decode();
  if (rest !== '') yield rest;
}

export async function openBackup(input: Readable): Promise<OpenedBackup> {
  const gunzip = zlib.createGunzip();
  const decompressed = pipeline(input, gunzip, () => undefined);
  const lines = splitLines(decompressed)[Symbol.asyncIterator]();
  let first: IteratorResult<string>;
  try {
    first = await lines.next();
  } catch (error) {
    throw new BackupError(`This is not an OpenKAM backup file (${(error as Error).message}).`);
  }
  return { header: parseHeader(first.done ? undefined : first.value), lines };
}

const nextLine = async (lines: AsyncIterator<string>, expected: string): Promise<string> => {
  let result: IteratorResult<string>;
  try {
    result = await lines.next();
  } catch (error) {
    throw new BackupError(`The backup file is damaged (${(error as Error).message}).`);
  }
  if (result.done) throw new BackupError(`The backup file is truncated: it ends where ${expected} should be.`);
  return result.value;
};

const parseMarker = (line: string): Record<string, unknown> => {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return {};
  }
};

// Feeds every table's rows to `sink` in batches; throws BackupError when the file does not match
// its header.
export async function readBackupData({ header, lines }: OpenedBackup, sink: RowSink): Promise<void> {
  for (const table of header.tables) {
    const marker = parseMarker(await nextLine(lines, `the table ${table.name}`));
    if (marker.table !== table.name) throw new BackupError(`The backup file is damaged: expected the table ${table.name}.`);
    const checksum = new TableChecksum();
    let batch: string[] = [];
    let chars = 0;
    for (let i = 0; i < table.rows; i++) {
      const row = await nextLine(lines, `row ${i + 1} of ${table.name}`);
      checksum.add(row);
      batch.push(row);
      chars += row.length;
      if (batch.length >= BATCH_ROWS || chars >= BATCH_CHARS) {
        await sink(table, batch);
        batch = [];
        chars = 0;
      }
    }
    if (batch.length > 0) await sink(table, batch);
    if (checksum.value !== table.checksum) {
      throw new BackupError(`The backup file is damaged: the rows of ${table.name} do not match their checksum.`);
    }
  }
  if (parseMarker(await nextLine(lines, 'the end marker')).end !== true) throw new BackupError('The backup file is damaged: no end marker after the last table.');
  const after = await lines.next();
  if (!after.done) throw new BackupError('The backup file is damaged: data after the end marker.');
}

// `kam restore --check`: reads the whole file without a database.
export async function verifyBackupFile(input: Readable): Promise<BackupHeader> {
  const opened = await openBackup(input);
  await readBackupData(opened, async () => undefined);
  return opened.header;
}
