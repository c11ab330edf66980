import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, encodingOf, firstInvalidUtf8 } from './decode.ts';
import { catchAppError } from './test-helpers.ts';

const CSV = [
  '客户名称,统一社会信用代码,注册资本,电话',
  '东莞市萦丰电子有限公司,91350100M000100Y43,500万元,0769-88888888',
  '广州白云山医药集团股份有限公司,91440101190484476M,1.2亿,020-66281218',
  '深圳市腾讯计算机系统有限公司,91440300708461136T,6500万,0755-86013388',
  '',
].join('\r\n');

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText: UTF-8', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(utf8(CSV))).toMatchObject({ text: CSV, encoding: 'UTF-8', confidence: 1, detectedBy: 'utf8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(CSV)]);
    expect(decodeText(bytes)).toMatchObject({ text: CSV, encoding: 'UTF-8', detectedBy: 'bom' });
  });

  it('keeps NUL characters for the row checks to report', () => {
    expect(decodeText(utf8('名称\n萦丰\u0000电子\n')).text).toContain('\u0000');
  });

  it('refuses a file cut off inside a character, naming the byte', () => {
    const bytes = utf8('名称\n萦丰电子');
    const error = catchAppError(() => decodeText(bytes.subarray(0, bytes.length - 1)));
    expect(error.code).toBe('IMPORT_ENCODING_TRUNCATED');
    expect(error.message).toContain(`byte ${bytes.length - 3}, line 2`);
  });

  it('finds the first invalid UTF-8 byte', () => {
    expect(firstInvalidUtf8(utf8('abc东'))).toBeNull();
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]))).toEqual({ offset: 1, isTruncated: false }); // overlong
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toEqual({ offset: 0, isTruncated: false }); // surrogate
    expect(firstInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toEqual({ offset: 0, isTruncated: false }); // > U+10FFFF
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xe4, 0xb8]))).toEqual({ offset: 1, isTruncated: true });
  });
});

describe('decodeText: GBK / GB18030 / Big5', () => {
  it('detects a GBK file saved by Excel as "CSV (逗号分隔)"', () => {
    const decoded = decodeText(iconv.encode(CSV, 'gbk'));
    expect(decoded).toMatchObject({ text: CSV, encoding: 'GB18030', detectedBy: 'detector' });
    expect(decoded.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('reads characters only GB18030 has (outside GBK)', () => {
    const text = `${CSV}𠀀萦丰€,91350100M000100Y43,1,0769-88888888\r\n`;
    expect(decodeText(iconv.encode(text, 'gb18030')).text).toBe(text);
  });

  it('does not guess on a tiny file, and reads it when the user chooses GBK', () => {
    const bytes = iconv.encode('名称\n联通\n', 'gbk');
    const error = catchAppError(() => decodeText(bytes));
    expect(error.code).toBe('IMPORT_ENCODING_UNKNOWN');
    expect(error.message).toMatch(/byte 0, line 1/);
    expect(decodeText(bytes, { encoding: 'gbk' })).toMatchObject({ text: '名称\n联通\n', encoding: 'GB18030', detectedBy: 'chosen' });
  });

  it('refuses a GBK file declared as UTF-8 and says what it looks like', () => {
    const error = catchAppError(() => decodeText(iconv.encode(CSV, 'gbk'), { encoding: 'utf-8' }));
    expect(error.code).toBe('IMPORT_ENCODING_INVALID');
    expect(error.status).toBe(422);
    expect(error.message).toMatch(/not valid UTF-8 at byte 0, line 1; it looks like GB18030/);
  });

  it('refuses GBK bytes behind a UTF-8 byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode(CSV, 'gbk')]);
    expect(catchAppError(() => decodeText(bytes)).code).toBe('IMPORT_ENCODING_INVALID');
  });

  it('refuses a GBK file cut off inside a character', () => {
    const bytes = iconv.encode(`${CSV}萦丰电子`, 'gbk');
    const error = catchAppError(() => decodeText(bytes.subarray(0, bytes.length - 1), { encoding: 'GBK' }));
    expect(error.code).toBe('IMPORT_ENCODING_TRUNCATED');
  });

  it('reports bytes that are not GB18030 with their line', () => {
    const bytes = Buffer.concat([iconv.encode('名称\n萦丰\n', 'gbk'), Buffer.from([0x81, 0x20]), Buffer.from('\n')]);
    const error = catchAppError(() => decodeText(bytes, { encoding: 'gb18030' }));
    expect(error.code).toBe('IMPORT_ENCODING_INVALID');
    expect(error.message).toContain('line 3');
  });

  it('detects Big5 from Taiwan and Hong Kong', () => {
    const text = '客戶名稱,地址\n台灣積體電路製造股份有限公司,新竹科學園區力行六路八號\n鴻海精密工業股份有限公司,新北市土城區自由街二號\n';
    expect(decodeText(iconv.encode(text, 'big5'))).toMatchObject({ text, encoding: 'Big5' });
  });
});

describe('decodeText: UTF-16', () => {
  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV, 'utf16le')]);
    expect(decodeText(le)).toMatchObject({ text: CSV, encoding: 'UTF-16LE', detectedBy: 'bom' });
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeText(be)).toMatchObject({ text: CSV, encoding: 'UTF-16BE', detectedBy: 'bom' });
  });

  it('recognises UTF-16 LE without a BOM by its zero bytes', () => {
    expect(decodeText(Buffer.from(CSV, 'utf16le'))).toMatchObject({ text: CSV, encoding: 'UTF-16LE', detectedBy: 'zero-bytes' });
  });

  it('refuses an odd number of bytes and unpaired surrogates', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV, 'utf16le')]);
    expect(catchAppError(() => decodeText(le.subarray(0, le.length - 1))).code).toBe('IMPORT_ENCODING_TRUNCATED');
    const lone = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('名称\n', 'utf16le'), Buffer.from([0x00, 0xd8, 0x41, 0x00])]);
    expect(catchAppError(() => decodeText(lone)).code).toBe('IMPORT_ENCODING_INVALID');
  });

  it('refuses UTF-32', () => {
    expect(catchAppError(() => decodeText(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).code).toBe('IMPORT_ENCODING_UNKNOWN');
  });
});

describe('decodeText: bad input', () => {
  it('refuses an empty file', () => {
    expect(catchAppError(() => decodeText(new Uint8Array())).code).toBe('IMPORT_FILE_EMPTY');
  });

  it('refuses an unknown chosen encoding', () => {
    expect(catchAppError(() => decodeText(utf8('a'), { encoding: 'ebcdic' })).code).toBe('IMPORT_ENCODING_UNKNOWN');
  });

  it('answers random bytes with a 4xx error, never a guess', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 16) & 0xff;
    for (let round = 0; round < 20; round++) {
      const bytes = Uint8Array.from({ length: 64 + round * 50 }, random);
      const error = catchAppError(() => decodeText(bytes));
      expect(error.status).toBeGreaterThanOrEqual(400);
      expect(error.status).toBeLessThan(500);
    }
  });

  it('knows the encoding aliases people use', () => {
    expect(encodingOf('GBK')).toBe('GB18030');
    expect(encodingOf('gb2312')).toBe('GB18030');
    expect(encodingOf('UTF8')).toBe('UTF-8');
    expect(encodingOf('latin1')).toBeNull();
  });
});
