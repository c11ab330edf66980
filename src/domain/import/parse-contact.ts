import { foldWidth } from '../text/normalise.ts';
import { cellText, fail, ok, type CellInput, type ParseResult } from './parse-values.ts';

// ARC-1 / ARC-2 contact data as written in Chinese sheets, normalised to one stored form:
// mobile 13812345678 · landline 0769-88888888 (extension 0769-88888888转123) ·
// service number 400-123-4567 · other countries +85212345678.

export type PhoneOptions = {
  // Area code (with its 0) to put in front of a bare 7–8 digit landline number.
  defaultAreaCode?: string;
};

const MOBILE = /^1[3-9]\d{9}$/;
const SERVICE = /^[48]00\d{7}$/;
// 010 and 02x are three-digit area codes with eight-digit numbers; all others have four digits.
const LANDLINE = /^(0(?:10|2\d))([2-9]\d{7})$|^(0[3-9]\d{2})([2-9]\d{6,7})$/;

type Split = { main: string; extension: string | null };

function splitExtension(text: string): Split {
  const keyword = text.match(/^(.*?\d)\s*(?:转|分机|ext\.?|x|#)\s*(\d{1,6})$/i);
  if (keyword) return { main: keyword[1], extension: keyword[2] };
  return { main: text, extension: null };
}

function formatLandline(digits: string, extension: string | null): string | null {
  const m = digits.match(LANDLINE);
  if (!m) return null;
  const number = m[1] ? `${m[1]}-${m[2]}` : `${m[3]}-${m[4]}`;
  return extension ? `${number}转${extension}` : number;
}

// Digits of a number without a country code.
function readDomestic(digits: string, extension: string | null, options: PhoneOptions): ParseResult<string> {
  if (MOBILE.test(digits)) return extension ? fail('PHONE_INVALID') : ok(digits);
  if (SERVICE.test(digits)) {
    const number = `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
    return ok(extension ? `${number}转${extension}` : number);
  }
  if (digits.startsWith('0')) {
    const landline = formatLandline(digits, extension);
    return landline === null ? fail('PHONE_INVALID') : ok(landline);
  }
  if (/^[2-9]\d{6,7}$/.test(digits)) {
    if (!options.defaultAreaCode) return fail('PHONE_AREA_CODE_MISSING');
    const landline = formatLandline(options.defaultAreaCode + digits, extension);
    return landline === null ? fail('PHONE_INVALID') : ok(landline);
  }
  return fail('PHONE_INVALID');
}

function parseOne(text: string, options: PhoneOptions): ParseResult<string> {
  let { main, extension } = splitExtension(text);
  if (!/^[+(\d][\d\s()\-.+]*$/.test(main)) return fail('PHONE_INVALID');
  // 0769-88888888-123: a third dash-separated group after a complete landline is its extension.
  const dashed = main.match(/^(.*\d)-(\d{1,6})$/);
  if (extension === null && dashed && formatLandline(dashed[1].replace(/\D/g, ''), null) !== null) {
    [main, extension] = [dashed[1], dashed[2]];
  }
  const hasPlus = main.trim().startsWith('+');
  let digits = main.replace(/\D/g, '');
  const china = hasPlus ? digits.startsWith('86') : digits.startsWith('0086');
  if (china) {
    digits = digits.slice(hasPlus ? 2 : 4);
    // +86 drops the trunk 0 of area codes: +86 769 8888 8888 → 0769-88888888.
    if (!MOBILE.test(digits) && !SERVICE.test(digits) && !digits.startsWith('0')) digits = `0${digits}`;
    return readDomestic(digits, extension, {});
  }
  if (hasPlus || digits.startsWith('00')) {
    const international = digits.replace(/^00/, '');
    if (!/^[1-9]\d{6,14}$/.test(international)) return fail('PHONE_INVALID');
    return ok(`+${international}${extension ? `转${extension}` : ''}`);
  }
  // 86 13812345678 written without the plus.
  if (/^861[3-9]\d{9}$/.test(digits)) return ok(digits.slice(2));
  return readDomestic(digits, extension, options);
}

// One phone or fax number per cell. Several numbers in one cell (0769-8888 8888 / 138…) are
// reported as PHONE_MULTIPLE rather than silently keeping the first.
export function parsePhone(input: CellInput, options: PhoneOptions = {}): ParseResult<string> {
  const text = foldWidth(cellText(input)).trim();
  if (text === '') return fail('PHONE_INVALID');
  const parts = text.split(/\s*[/、,;，；|\n]\s*/).filter((p) => p !== '');
  if (parts.length > 1 && parts.every((p) => /\d{3}/.test(p))) return fail('PHONE_MULTIPLE');
  return parseOne(text, options);
}

const EMAIL_LOCAL = /^[^\s@<>()[\]\\,;:"]{1,64}$/u;
const EMAIL_LABEL = /^[^\s@<>()[\]\\,;:"._-][^\s@<>()[\]\\,;:".]*$/u;
const EMAIL_TOP_LABEL = /^[^\s@<>()[\]\\,;:".\d_-]{2,}$/u;

// E-mail addresses: full-width ＠ and spaces around are folded; mailto: is dropped; the domain is
// lower-cased (the local part is left as written).
export function parseEmail(input: CellInput): ParseResult<string> {
  const text = foldWidth(cellText(input)).trim().replace(/^mailto:/i, '');
  const [local, domain, ...rest] = text.split('@');
  if (text.length > 254 || rest.length > 0 || domain === undefined || !EMAIL_LOCAL.test(local) || local.includes('..')) {
    return fail('EMAIL_INVALID');
  }
  const labels = domain.toLowerCase().split('.');
  const top = labels.pop() ?? '';
  if (labels.length === 0 || !labels.every((l) => EMAIL_LABEL.test(l)) || !EMAIL_TOP_LABEL.test(top)) return fail('EMAIL_INVALID');
  return ok(`${local}@${domain.toLowerCase()}`);
}

// Web sites: http and https only (no javascript:, data:, ftp:); a missing scheme becomes http://
// (most sites that serve https redirect from http, not the other way round); no user:password@.
export function parseUrl(input: CellInput): ParseResult<string> {
  const text = foldWidth(cellText(input)).trim();
  if (text === '' || /\s/.test(text)) return fail('URL_INVALID');
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text);
  if (hasScheme && !/^https?:\/\//i.test(text)) return fail('URL_INVALID');
  let url: URL;
  try {
    url = new URL(hasScheme ? text : `http://${text}`);
  } catch {
    return fail('URL_INVALID');
  }
  const host = url.hostname;
  if (url.username || url.password || !host.includes('.') || host.endsWith('.') || !/^[a-z0-9.-]+$/.test(host)) {
    return fail('URL_INVALID');
  }
  const href = url.href;
  return ok(url.pathname === '/' && !url.search && !url.hash ? href.slice(0, -1) : href);
}
