import chardet from 'chardet';
import iconv from 'iconv-lite';
import { importError } from './import.errors.ts';

// Bytes of an uploaded text file → text (ARC-8, QUALITY T11). Excel on Chinese Windows saves
// "CSV (逗号分隔)" in GBK, "CSV UTF-8" with a BOM; other tools write UTF-8 without one, and
// "Unicode text" is UTF-16 LE with a BOM. The rules, in order:
// 1. A byte-order mark decides (UTF-8, UTF-16 LE/BE, GB18030); it wins over a chosen encoding.
// 2. An encoding the user chose is applied strictly: a byte it cannot decode is an error naming
//    the byte offset and line — a GBK file declared as UTF-8 is refused, not turned into �.
// 3. Otherwise: UTF-16 without a BOM is recognised by its zero bytes; then strict UTF-8 (valid
//    UTF-8 is almost never anything else); then the detector, whose GB18030 or Big5 verdict is
//    accepted only at ≥ 80% confidence and only if it decodes without a single bad sequence.
//    Small files fool detectors, so anything less is ENCODING_UNKNOWN and the user chooses.
// A file that ends inside a multi-byte character is refused (ENCODING_TRUNCATED): it was cut
// off, and its last row would be silently damaged.

export const TEXT_ENCODINGS = ['UTF-8', 'UTF-16LE', 'UTF-16BE', 'GB18030', 'Big5'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

export type DecodedText = {
  text: string;
  encoding: TextEncoding;
  // 1 for a BOM, valid UTF-8 or a chosen encoding; the detector's confidence (0–1) otherwise.
  confidence: number;
  detectedBy: 'bom' | 'chosen' | 'utf8' | 'zero-bytes' | 'detector';
};

export type DecodeOptions = {
  encoding?: string; // a TextEncoding or an alias (gbk, gb2312, cp936, utf8 …); 'auto' or absent to detect
  minConfidence?: number; // 0–100, default 80
};

const ALIASES: Record<string, TextEncoding> = {
  'utf-8': 'UTF-8', utf8: 'UTF-8', 'utf-16le': 'UTF-16LE', utf16le: 'UTF-16LE', 'utf-16': 'UTF-16LE', unicode: 'UTF-16LE',
  'utf-16be': 'UTF-16BE', utf16be: 'UTF-16BE', gb18030: 'GB18030', gbk: 'GB18030', gb2312: 'GB18030', cp936: 'GB18030',
  'euc-cn': 'GB18030', big5: 'Big5', 'big5-hkscs': 'Big5', cp950: 'Big5',
};

// GBK and GB2312 are subsets of GB18030, so their files decode identically with it.
export const encodingOf = (name: string): TextEncoding | null => ALIASES[name.trim().toLowerCase()] ?? null;

const SAMPLE_BYTES = 256 * 1024;

type Invalid = { offset: number; isTruncated: boolean };

// The first byte offset that is not valid UTF-8 (RFC 3629: no overlongs, surrogates or > U+10FFFF).
export function firstInvalidUtf8(bytes: Uint8Array, start = 0): Invalid | null {
  const n = bytes.length;
  for (let i = start; i < n; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0) return { offset: i, isTruncated: false };
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return { offset: i, isTruncated: true };
      const c = bytes[i + k];
      if (c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return { offset: i, isTruncated: false };
    }
    i += need + 1;
  }
  return null;
}

const lineAt = (bytes: Uint8Array, offset: number) => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

const lineOfChar = (text: string, index: number) => text.slice(0, index).split('\n').length;

type Bom = { encoding: TextEncoding; length: number };

function readBom(b: Uint8Array): Bom | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'UTF-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) {
    throw importError('IMPORT_ENCODING_UNKNOWN', 'UTF-32 text is not supported: save the file as CSV UTF-8');
  }
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'UTF-16LE', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'UTF-16BE', length: 2 };
  if (b[0] === 0x84 && b[1] === 0x31 && b[2] === 0x95 && b[3] === 0x33) return { encoding: 'GB18030', length: 4 };
  return null;
}

// UTF-16 without a BOM: ASCII characters leave a zero in every other byte.
function zeroBytePattern(bytes: Uint8Array): TextEncoding | null {
  const pairs = Math.floor(Math.min(bytes.length, 4096) / 2);
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros++;
    if (bytes[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'UTF-16LE';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'UTF-16BE';
  return null;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'UTF-16LE' | 'UTF-16BE'): string {
  if (bytes.length % 2 !== 0) {
    throw importError('IMPORT_ENCODING_TRUNCATED', `The ${encoding} file has an odd number of bytes (${bytes.length}): its last character is cut off`);
  }
  try {
    return new TextDecoder(encoding.toLowerCase(), { fatal: true }).decode(bytes);
  } catch {
    throw importError('IMPORT_ENCODING_INVALID', `The file is not valid ${encoding}: it contains an unpaired surrogate`);
  }
}

function decodeUtf8(bytes: Uint8Array, why: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes) ?? { offset: 0, isTruncated: false };
    const place = `byte ${bad.offset}, line ${lineAt(bytes, bad.offset)}`;
    if (bad.isTruncated) throw importError('IMPORT_ENCODING_TRUNCATED', `The UTF-8 file ends inside a character at ${place}`);
    const guess = detectChinese(bytes, 0);
    const hint = guess ? `; it looks like ${guess.encoding} (${guess.confidence}%)` : '';
    throw importError('IMPORT_ENCODING_INVALID', `${why} but is not valid UTF-8 at ${place}${hint}`, [{ path: 'encoding', message: place }]);
  }
}

function decodeLegacy(bytes: Uint8Array, encoding: 'GB18030' | 'Big5'): string {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding.toLowerCase());
  const bad = text.indexOf('\uFFFD');
  if (bad === -1) return text;
  const place = `line ${lineOfChar(text, bad)}`;
  if (bad === text.length - 1 && bytes[bytes.length - 1] >= 0x81) {
    throw importError('IMPORT_ENCODING_TRUNCATED', `The ${encoding} file ends inside a character (${place})`);
  }
  throw importError('IMPORT_ENCODING_INVALID', `The file is not valid ${encoding} at ${place}`, [{ path: 'encoding', message: place }]);
}

type Guess = { encoding: 'GB18030' | 'Big5'; confidence: number };

// The detector's Chinese verdict when it is clear: the top candidate, and the other Chinese
// encoding (GBK and Big5 share most byte ranges) at least 10 points behind.
function detectChinese(bytes: Uint8Array, minConfidence: number): Guess | null {
  const matches = chardet.analyse(bytes.subarray(0, SAMPLE_BYTES));
  const top = matches[0];
  if (!top || (top.name !== 'GB18030' && top.name !== 'Big5') || top.confidence < minConfidence) return null;
  const rival = matches.find((m) => m !== top && (m.name === 'GB18030' || m.name === 'Big5'));
  if (rival && rival.confidence > top.confidence - 10) return null;
  return { encoding: top.name, confidence: top.confidence };
}

function decodeAs(bytes: Uint8Array, encoding: TextEncoding, why: string): string {
  if (encoding === 'UTF-8') return decodeUtf8(bytes, why);
  if (encoding === 'UTF-16LE' || encoding === 'UTF-16BE') return decodeUtf16(bytes, encoding);
  return decodeLegacy(bytes, encoding);
}

export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  if (bytes.length === 0) throw importError('IMPORT_FILE_EMPTY');
  const bom = readBom(bytes);
  if (bom) {
    const text = decodeAs(bytes.subarray(bom.length), bom.encoding, `The file starts with a ${bom.encoding} byte-order mark`);
    return { text, encoding: bom.encoding, confidence: 1, detectedBy: 'bom' };
  }
  const chosen = options.encoding && options.encoding !== 'auto' ? encodingOf(options.encoding) : null;
  if (options.encoding && options.encoding !== 'auto' && chosen === null) {
    throw importError('IMPORT_ENCODING_UNKNOWN', `Unknown encoding "${options.encoding}"; use one of ${TEXT_ENCODINGS.join(', ')}`);
  }
  if (chosen) return { text: decodeAs(bytes, chosen, `The file was declared ${chosen}`), encoding: chosen, confidence: 1, detectedBy: 'chosen' };

  const utf16 = zeroBytePattern(bytes);
  if (utf16) return { text: decodeAs(bytes, utf16, ''), encoding: utf16, confidence: 1, detectedBy: 'zero-bytes' };
  const invalid = firstInvalidUtf8(bytes);
  if (invalid === null) return { text: decodeUtf8(bytes, ''), encoding: 'UTF-8', confidence: 1, detectedBy: 'utf8' };
  // Valid UTF-8 with Chinese in it up to a character cut off at the end: a UTF-8 file cut off.
  if (invalid.isTruncated && bytes.subarray(0, invalid.offset).some((b) => b >= 0x80)) {
    throw importError('IMPORT_ENCODING_TRUNCATED', `The UTF-8 file ends inside a character at byte ${invalid.offset}, line ${lineAt(bytes, invalid.offset)}`);
  }
  const guess = detectChinese(bytes, options.minConfidence ?? 80);
  if (guess) {
    return { text: decodeLegacy(bytes, guess.encoding), encoding: guess.encoding, confidence: guess.confidence / 100, detectedBy: 'detector' };
  }
  const best = chardet.analyse(bytes.subarray(0, SAMPLE_BYTES))[0];
  const place = `byte ${invalid.offset}, line ${lineAt(bytes, invalid.offset)}`;
  const detail = `Not UTF-8 (first invalid byte at ${place})${best ? `; best guess ${best.name} at ${best.confidence}%, too uncertain to use` : ''}`;
  throw importError('IMPORT_ENCODING_UNKNOWN', detail, [{ path: 'encoding', message: place }]);
}
