import { describe, expect, it } from 'vitest';
import { catchAppError, zipOf } from './test-helpers.ts';
import { asciiXml, repackForStreaming } from './xlsx-repack.ts';
import { checkXmlPart, checkZipLimits, DEFAULT_ZIP_LIMITS, inflateEntry, readCentralDirectory, type ZipEntry } from './zip-guard.ts';

const entry = (uncompressedSize: number, compressedSize: number): ZipEntry => ({
  name: 'x.xml',
  flags: 0,
  method: 8,
  crc32: 0,
  compressedSize,
  uncompressedSize,
  localHeaderOffset: 0,
});

describe('readCentralDirectory', () => {
  it('lists the entries with their declared sizes', () => {
    const zip = zipOf([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/sharedStrings.xml', data: Buffer.from('<sst/>'), isStored: true },
    ]);
    expect(readCentralDirectory(zip).map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ['xl/workbook.xml', 8, 11],
      ['xl/sharedStrings.xml', 0, 6],
    ]);
  });

  it('finds the directory behind a zip comment', () => {
    const zip = zipOf([{ name: 'a.xml', data: Buffer.from('<a/>') }]);
    const commented = Buffer.concat([zip, Buffer.from('注释 comment')]);
    commented.writeUInt16LE(Buffer.byteLength('注释 comment'), zip.length - 2);
    expect(readCentralDirectory(commented)).toHaveLength(1);
  });

  it('refuses ZIP64 markers and multi-part archives', () => {
    const zip = zipOf([{ name: 'a.xml', data: Buffer.from('<a/>') }]);
    const zip64 = Buffer.from(zip);
    zip64.writeUInt32LE(0xffffffff, zip64.length - 6);
    expect(catchAppError(() => readCentralDirectory(zip64)).message).toMatch(/ZIP64/);
    const multi = Buffer.from(zip);
    multi.writeUInt16LE(1, multi.length - 18);
    expect(catchAppError(() => readCentralDirectory(multi)).message).toMatch(/Multi-part/);
  });

  it('refuses unknown compression methods', () => {
    const zip = zipOf([{ name: 'a.xml', data: Buffer.from('<a/>') }]);
    const at = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt16LE(14, at + 10); // LZMA
    expect(catchAppError(() => readCentralDirectory(zip)).message).toMatch(/compression method 14/);
  });
});

describe('checkZipLimits', () => {
  it('accepts an ordinary workbook', () => {
    expect(() => checkZipLimits([entry(5_000_000, 600_000), entry(40_000, 9_000)])).not.toThrow();
  });

  it('allows extreme ratios for small totals, where they are harmless', () => {
    expect(() => checkZipLimits([entry(10_000_000, 10_000)])).not.toThrow();
  });

  it('refuses totals and ratios over the limits', () => {
    expect(catchAppError(() => checkZipLimits([entry(150e6, 20e6), entry(60e6, 8e6)])).code).toBe('IMPORT_XLSX_TOO_LARGE');
    expect(catchAppError(() => checkZipLimits([entry(100e6, 500e3)])).message).toMatch(/200:1/);
    expect(catchAppError(() => checkZipLimits([entry(1, 1), entry(1, 1)], { ...DEFAULT_ZIP_LIMITS, maxEntries: 1 })).code).toBe(
      'IMPORT_XLSX_TOO_LARGE',
    );
  });
});

describe('inflateEntry', () => {
  it('checks the CRC', async () => {
    const zip = zipOf([{ name: 'a.xml', data: Buffer.from('<a>萦丰</a>'), isStored: true }]);
    const [e] = readCentralDirectory(zip);
    expect((await inflateEntry(zip, e)).toString()).toBe('<a>萦丰</a>');
    await expect(inflateEntry(zip, { ...e, crc32: e.crc32 ^ 1 })).rejects.toThrow(/checksum/);
  });

  it('refuses an entry pointing past the end of the file', async () => {
    const zip = zipOf([{ name: 'a.xml', data: Buffer.from('<a/>') }]);
    const [e] = readCentralDirectory(zip);
    await expect(inflateEntry(zip, { ...e, compressedSize: zip.length })).rejects.toThrow(/past the end/);
    await expect(inflateEntry(zip, { ...e, localHeaderOffset: 5 })).rejects.toThrow(/no local header/);
  });
});

describe('checkXmlPart', () => {
  it('allows comments and CDATA', () => {
    expect(() => checkXmlPart('a', Buffer.from('<?xml version="1.0" encoding="UTF-8"?><!-- x --><a><![CDATA[<b>]]></a>'))).not.toThrow();
  });

  it('refuses any other markup declaration and non-UTF-8 parts', () => {
    expect(catchAppError(() => checkXmlPart('a', Buffer.from('<!ENTITY x "y"><a/>'))).code).toBe('IMPORT_XLSX_FORBIDDEN_XML');
    expect(catchAppError(() => checkXmlPart('a', Buffer.from('<a/><!doctype a>'))).code).toBe('IMPORT_XLSX_FORBIDDEN_XML');
    expect(catchAppError(() => checkXmlPart('a', Buffer.from('<?xml version="1.0" encoding="GB2312"?><a/>'))).message).toMatch(/GB2312/);
    expect(catchAppError(() => checkXmlPart('a', Buffer.from('\ufeff<a/>', 'utf16le'))).message).toMatch(/not UTF-8/);
  });
});

describe('asciiXml', () => {
  const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString('latin1');
  const YING = `&#${'萦'.codePointAt(0)};`; // &#33830;

  it('writes every non-ASCII character as a character reference', () => {
    expect(text(asciiXml({ name: 'a', data: Buffer.from('<t a="东">萦丰𠀀</t>') }))).toBe(`<t a="&#19996;">${YING}&#20016;&#131072;</t>`);
  });

  it('keeps characters split across its own chunk boundary whole', () => {
    const data = Buffer.from(`<t>${'萦'.repeat(700_000)}</t>`); // 2.1 MB: crosses two 1 MB chunks mid-character
    const out = text(asciiXml({ name: 'a', data }));
    expect(out).toBe(`<t>${YING.repeat(700_000)}</t>`);
  });

  it('turns CDATA into escaped text and drops phonetic runs from shared strings', () => {
    expect(text(asciiXml({ name: 'a', data: Buffer.from('<t><![CDATA[a<b&萦]]></t>') }))).toBe(`<t>a&lt;b&amp;${YING}</t>`);
    const sst = Buffer.from('<si><t>东莞</t><rPh sb="0" eb="2"><t>ドングァン</t></rPh><phoneticPr fontId="1"/></si>');
    expect(text(asciiXml({ name: 's', data: sst, isSharedStrings: true }))).toBe(`<si><t>&#19996;&#${'莞'.codePointAt(0)};</t><phoneticPr fontId="1"/></si>`);
  });

  it('packs the parts into a zip the directory reader accepts', async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of repackForStreaming([{ name: 'xl/workbook.xml', data: Buffer.from('<w>萦</w>') }])) chunks.push(chunk as Buffer);
    const zip = Buffer.concat(chunks);
    const [e] = readCentralDirectory(zip);
    expect((await inflateEntry(zip, e)).toString()).toBe(`<w>${YING}</w>`);
  });
});
