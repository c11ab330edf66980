import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { AppError } from '../errors.ts';
import { inflateEntry, readCentralDirectory } from './zip-guard.ts';

// Helpers for the import and export tests. Real files are made in the test: workbooks written
// by exceljs, and zips assembled byte by byte so that their directories say whatever an attacker
// wants.

// The AppError a function throws (fails the test when it throws nothing or something else).
export function catchAppError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError, nothing was thrown');
}

// The AppError a promise rejects with.
export async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError, the promise resolved');
}

export type ZipFixtureEntry = {
  name: string;
  data: Buffer;
  isStored?: boolean;
  // Sizes the directory claims (default: the truth).
  declaredSize?: number;
  flags?: number;
};

export function zipOf(entries: readonly ZipFixtureEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const packed = e.isStored ? e.data : zlib.deflateRawSync(e.data);
    const name = Buffer.from(e.name);
    const size = e.declaredSize ?? e.data.length;
    const crc = zlib.crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.flags ?? 0, 6);
    local.writeUInt16LE(e.isStored ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.flags ?? 0, 8);
    central.writeUInt16LE(e.isStored ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

// The entries of a zip, inflated.
export async function unzipAll(zip: Buffer): Promise<ZipFixtureEntry[]> {
  const entries = readCentralDirectory(zip);
  return Promise.all(entries.map(async (e) => ({ name: e.name, data: await inflateEntry(zip, e) })));
}

// A copy of a workbook with some parts changed (sheet XML patched with a DOCTYPE, …).
export async function patchZip(zip: Buffer, patch: (entry: ZipFixtureEntry) => ZipFixtureEntry): Promise<Buffer> {
  return zipOf((await unzipAll(zip)).map(patch));
}

export async function workbookBuffer(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// A small customer sheet with the cell kinds Chinese archives hold.
export const customerWorkbook = () =>
  workbookBuffer((workbook) => {
    const sheet = workbook.addWorksheet('客户');
    sheet.addRow(['客户档案表']);
    sheet.addRow(['客户名称', '统一社会信用代码', '成立日期', '注册资本（万元）', '员工人数', '网站']);
    sheet.addRow(['东莞市萦丰电子有限公司', '91350100M000100Y43', new Date(Date.UTC(2008, 10, 25)), 500, '1,200人', 'www.yingfeng.com']);
    sheet.addRow(['深圳市腾讯计算机系统有限公司', '91440300708461136T', new Date(Date.UTC(1998, 10, 11)), 6500, 5000, 'https://www.tencent.com']);
  });

// Seeded pseudo-random numbers, so that a failing fuzz case can be replayed.
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
