import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { importError } from './import.errors.ts';

// QUALITY T11: an .xlsx is a zip of XML, and both are attack surfaces. Before exceljs sees a
// byte, the zip's central directory is read here (the format: PKWARE APPNOTE 4.3) and refused
// when it is encrypted, ZIP64, multi-disk, or declares more than the limits (zip bomb guard);
// entries are then inflated with an output cap equal to their declared size, so a directory that
// lies about sizes cannot make us inflate more than the limit, and their CRC is checked.

const inflateRaw = promisify(zlib.inflateRaw);

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

export type ZipEntry = {
  name: string;
  flags: number;
  method: number; // 0 stored, 8 deflate
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
};

export type ZipLimits = {
  maxUncompressedBytes: number; // all entries together
  maxRatio: number; // uncompressed : compressed, checked once the total passes ratioFloorBytes
  ratioFloorBytes: number;
  maxEntries: number;
};

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxRatio: 100,
  // Below this even an extreme ratio is harmless (a sheet of one repeated value packs ~1000:1).
  ratioFloorBytes: 16 * 1024 * 1024,
  maxEntries: 10_000,
};

const corrupt = (detail: string) => importError('IMPORT_XLSX_CORRUPT', detail);

function findEndOfCentralDirectory(bytes: Buffer): number {
  const last = bytes.length - EOCD_SIZE;
  for (let at = last; at >= Math.max(0, last - MAX_COMMENT); at--) {
    if (bytes.readUInt32LE(at) === EOCD_SIGNATURE && at + EOCD_SIZE + bytes.readUInt16LE(at + 20) <= bytes.length) return at;
  }
  throw corrupt('The zip end-of-directory record is missing: the file is cut off or not a zip');
}

// Reads the central directory; throws on anything this importer will not unpack.
export function readCentralDirectory(bytes: Buffer): ZipEntry[] {
  if (bytes.length < EOCD_SIZE) throw corrupt('The file is too short to be a zip');
  const eocd = findEndOfCentralDirectory(bytes);
  const disk = bytes.readUInt16LE(eocd + 4);
  const directoryDisk = bytes.readUInt16LE(eocd + 6);
  const count = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  const offset = bytes.readUInt32LE(eocd + 16);
  if (disk !== 0 || directoryDisk !== 0) throw corrupt('Multi-part zip archives are not supported');
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw corrupt('ZIP64 archives are not supported');
  if (offset + size > eocd) throw corrupt('The zip directory points outside the file');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw corrupt(`Zip directory entry ${i + 1} is damaged`);
    const flags = bytes.readUInt16LE(at + 8);
    const nameLength = bytes.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      name: bytes.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength).replace(/\\/g, '/').replace(/^\/+/, ''),
      flags,
      method: bytes.readUInt16LE(at + 10),
      crc32: bytes.readUInt32LE(at + 16),
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
    };
    // Bit 0: traditional PKWARE encryption; bit 6: strong encryption.
    if (flags & 0x41) throw importError('IMPORT_XLSX_ENCRYPTED', `Zip entry ${entry.name} is encrypted`);
    if (entry.method !== 0 && entry.method !== 8) throw corrupt(`Zip entry ${entry.name} uses compression method ${entry.method}`);
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff) throw corrupt('ZIP64 archives are not supported');
    entries.push(entry);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

const megabytes = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

export function checkZipLimits(entries: readonly ZipEntry[], limits: ZipLimits = DEFAULT_ZIP_LIMITS): void {
  if (entries.length > limits.maxEntries) {
    throw importError('IMPORT_XLSX_TOO_LARGE', `The workbook holds ${entries.length} files (limit ${limits.maxEntries})`);
  }
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  const packed = entries.reduce((sum, e) => sum + e.compressedSize, 0);
  if (total > limits.maxUncompressedBytes) {
    throw importError('IMPORT_XLSX_TOO_LARGE', `The workbook unpacks to ${megabytes(total)} (limit ${megabytes(limits.maxUncompressedBytes)})`);
  }
  if (total > limits.ratioFloorBytes && total > packed * limits.maxRatio) {
    const ratio = Math.round(total / Math.max(packed, 1));
    throw importError('IMPORT_XLSX_TOO_LARGE', `The workbook unpacks ${ratio}:1 to ${megabytes(total)} (limit ${limits.maxRatio}:1)`);
  }
}

// The bytes of one entry, inflated to at most its declared size, with size and CRC checked.
export async function inflateEntry(bytes: Buffer, entry: ZipEntry): Promise<Buffer> {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_SIGNATURE) throw corrupt(`Zip entry ${entry.name} has no local header`);
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt(`Zip entry ${entry.name} runs past the end of the file`);
  const packed = bytes.subarray(start, end);
  let data: Buffer;
  if (entry.method === 0) {
    data = packed;
  } else {
    try {
      data = await inflateRaw(packed, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
    } catch (error) {
      const tooLarge = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
      throw corrupt(`Zip entry ${entry.name} ${tooLarge ? 'unpacks to more than it declares' : 'cannot be unpacked'}`);
    }
  }
  if (data.length !== entry.uncompressedSize) throw corrupt(`Zip entry ${entry.name} is not the size it declares`);
  if (zlib.crc32(data) !== entry.crc32) throw corrupt(`Zip entry ${entry.name} fails its checksum`);
  return data;
}

// XML of a workbook part: UTF-8 only, and no markup declarations at all. A DOCTYPE can define
// entities (billion laughs, external files); SpreadsheetML never needs one. Only comments and
// CDATA may start with <! in a part.
export function checkXmlPart(name: string, data: Buffer): void {
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) {
    throw corrupt(`Workbook part ${name} is not UTF-8`);
  }
  const declaration = data.subarray(0, 200).toString('latin1').match(/^(?:\uFEFF|\xEF\xBB\xBF)?<\?xml[^>]*encoding=["']([^"']+)["']/);
  if (declaration && declaration[1].toLowerCase() !== 'utf-8') throw corrupt(`Workbook part ${name} declares encoding ${declaration[1]}`);
  for (let at = data.indexOf('<!'); at !== -1; at = data.indexOf('<!', at + 2)) {
    const next = data.subarray(at, at + 9).toString('latin1');
    if (!next.startsWith('<!--') && next !== '<![CDATA[') {
      throw importError('IMPORT_XLSX_FORBIDDEN_XML', `Workbook part ${name} contains a markup declaration (${next.replace(/[^\x20-\x7e]/g, '?')}…)`);
    }
  }
}
