import { Readable } from 'node:stream';
import zlib from 'node:zlib';

// exceljs 4.4's streaming reader decodes each chunk of a zip entry with a fresh TextDecoder call
// (lib/utils/parse-sax.js), so a Chinese character split across two chunks becomes U+FFFD:
// in a 30,000-row sheet of company names, 41 rows came back damaged. Its whole-file reader is
// correct but holds the whole workbook model in memory. So the parts the streaming reader needs
// are handed to it re-packed: every non-ASCII character written as a numeric character
// reference (&#19996; for 东), which the XML parser turns back into the same character and which
// no chunk boundary can split. The new zip stores entries uncompressed (nothing to inflate again)
// and puts shared strings before the sheet, so that exceljs never spills the sheet to a temp file.

export type RepackPart = {
  name: string;
  data: Buffer;
  // Shared strings: drop phonetic runs (<rPh>), which exceljs would otherwise read as the text.
  isSharedStrings?: boolean;
};

const CHUNK = 1024 * 1024;

const toAscii = (text: string) => text.replace(/[^\p{ASCII}]/gu, (c) => `&#${c.codePointAt(0)};`);

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// The part as ASCII-only XML, in chunks.
export function asciiXml(part: RepackPart): Buffer[] {
  const { data } = part;
  const hasCdata = data.indexOf('<![CDATA[') !== -1;
  const hasPhonetic = part.isSharedStrings === true && data.indexOf('<rPh') !== -1;
  if (hasCdata || hasPhonetic) {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    // CDATA content is literal text: character references inside it would not be decoded.
    if (hasCdata) text = text.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, content: string) => escapeText(content));
    if (hasPhonetic) text = text.replace(/<rPh\b[^>]*>[\s\S]*?<\/rPh>/g, '');
    return [Buffer.from(toAscii(text), 'latin1')];
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const chunks: Buffer[] = [];
  for (let at = 0; at < data.length; at += CHUNK) {
    const piece = decoder.decode(data.subarray(at, at + CHUNK), { stream: true });
    chunks.push(/[\u0080-\uffff]/.test(piece) ? Buffer.from(toAscii(piece), 'latin1') : Buffer.from(piece, 'latin1'));
  }
  const rest = decoder.decode();
  if (rest) chunks.push(Buffer.from(toAscii(rest), 'latin1'));
  return chunks;
}

type Written = { name: Buffer; crc: number; size: number; offset: number };

function localHeader(name: Buffer, crc: number, size: number): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4); // version needed
  header.writeUInt16LE(0x21, 12); // date: 1980-01-01
  header.writeUInt32LE(crc, 14);
  header.writeUInt32LE(size, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}

function centralDirectory(entries: readonly Written[], start: number): Buffer {
  const records = entries.map((e) => {
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x21, 14);
    record.writeUInt32LE(e.crc, 16);
    record.writeUInt32LE(e.size, 20);
    record.writeUInt32LE(e.size, 24);
    record.writeUInt16LE(e.name.length, 28);
    record.writeUInt32LE(e.offset, 42);
    return Buffer.concat([record, e.name]);
  });
  const directory = Buffer.concat(records);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(start, 16);
  return Buffer.concat([directory, end]);
}

// A stored zip of the parts, in order, converted one at a time as the reader pulls.
export function repackForStreaming(parts: readonly RepackPart[]): Readable {
  async function* generate() {
    const written: Written[] = [];
    let offset = 0;
    for (const part of parts) {
      const chunks = asciiXml(part);
      const size = chunks.reduce((sum, c) => sum + c.length, 0);
      const crc = chunks.reduce((value, c) => zlib.crc32(c, value), 0);
      const name = Buffer.from(part.name, 'latin1');
      const header = localHeader(name, crc, size);
      written.push({ name, crc, size, offset });
      offset += header.length + size;
      yield header;
      yield* chunks;
    }
    yield centralDirectory(written, offset);
  }
  return Readable.from(generate(), { objectMode: false });
}
