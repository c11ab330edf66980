import { foldWidth } from '../text/normalise.ts';
import { fail, ok, type CellInput, type ParseResult } from './parse-values.ts';

// ARC-8 dates as Chinese B2B files write them, parsed to an ISO date (YYYY-MM-DD, no time zone:
// these are calendar dates such as a founding date).
//
// Rules (docs/import-export.md):
// - A four-digit year first is always year/month/day: 2008-11-25, 2008/11/25, 2008.11.25,
//   20081125, 2008年11月25日 (日 or 号 optional).
// - Year and month only (2008年11月, 2008-11) is the first of the month, unless the field asks
//   for a full date (monthOnly: 'reject' → DATE_INCOMPLETE).
// - A four-digit year last is day/month/year or month/day/year: the values decide when one part
//   exceeds 12 (25/11/2008); otherwise the date is reported as DATE_AMBIGUOUS.
// - Three two-digit parts (25/11/08) may be year/month/day (Chinese short form), day/month/year
//   or month/day/year: every reading that gives a real date is tried; exactly one → that date,
//   more than one → DATE_AMBIGUOUS, never a guess. The user can name the file's order
//   (options.order) to settle it. Two-digit years follow Excel: 00–29 → 20xx, 30–99 → 19xx.
// - Excel serial numbers (numbers, or five-digit text such as 39777) count days from 1899-12-30
//   (1900 system, including Excel's phantom 1900-02-29, which is refused) or from 1904-01-01.
// - JS Dates from exceljs carry the cell's wall-clock value in their UTC fields.
// - A time after the date is ignored.

export type DateOrder = 'YMD' | 'DMY' | 'MDY';

export type DateOptions = {
  order?: DateOrder;
  monthOnly?: 'first-day' | 'reject';
  minYear?: number;
  maxYear?: number;
  date1904?: boolean;
};

const DAY_MS = 86_400_000;
const MAX_SERIAL = 2_958_465; // 9999-12-31

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export const isoDate = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

function isRealDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1) return false;
  const last = new Date(Date.UTC(2000, m, 0)).getUTCDate(); // days in month m of a leap year
  if (d > last) return false;
  if (m === 2 && d === 29) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return true;
}

const twoDigitYear = (yy: number) => (yy <= 29 ? 2000 + yy : 1900 + yy);

// ISO date of a UTC instant's calendar fields.
const isoOfUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

// Excel serial day → ISO date; null for the phantom 1900-02-29 and out-of-range serials.
export function excelSerialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  const day = Math.floor(serial);
  if (date1904) return day + 1462 > MAX_SERIAL ? null : isoOfUtc(Date.UTC(1904, 0, 1) + day * DAY_MS);
  if (day < 1 || day > MAX_SERIAL || day === 60) return null;
  // Before the phantom leap day, serial 1 is 1900-01-01.
  const epoch = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return isoOfUtc(epoch + day * DAY_MS);
}

type Parts = { y: number; m: number; d: number; precision: 'day' | 'month' };

function readTwoDigitParts(a: string, b: string, c: string, order: DateOrder | undefined): Parts[] | null {
  const [x, y, z] = [Number(a), Number(b), Number(c)];
  const readings: Record<DateOrder, Parts> = {
    YMD: { y: twoDigitYear(x), m: y, d: z, precision: 'day' },
    DMY: { y: twoDigitYear(z), m: y, d: x, precision: 'day' },
    MDY: { y: twoDigitYear(z), m: x, d: y, precision: 'day' },
  };
  if (order) return [readings[order]];
  // Year first needs a written two-digit year (08/11/25, not 8/11/25).
  const orders: DateOrder[] = a.length === 2 ? ['YMD', 'DMY', 'MDY'] : ['DMY', 'MDY'];
  return orders.map((o) => readings[o]);
}

function readYearLast(a: string, b: string, year: number, order: DateOrder | undefined): Parts[] {
  const dmy: Parts = { y: year, m: Number(b), d: Number(a), precision: 'day' };
  const mdy: Parts = { y: year, m: Number(a), d: Number(b), precision: 'day' };
  if (order === 'DMY') return [dmy];
  if (order === 'MDY') return [mdy];
  return [dmy, mdy];
}

const monthOf = (name: string) => MONTHS[name.toLowerCase().replace(/\.$/, '')];

// Candidate readings of a text date, or null when it has no date shape at all.
function readText(text: string, order: DateOrder | undefined): Parts[] | null {
  let m: RegExpMatchArray | null;
  if ((m = text.match(/^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/))) {
    return [{ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]), precision: 'day' }];
  }
  if ((m = text.match(/^(\d{4})(\d{2})(\d{2})$/))) return [{ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]), precision: 'day' }];
  if ((m = text.match(/^(\d{4})\s*(?:[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月份?)$/))) {
    return [{ y: Number(m[1]), m: Number(m[2] ?? m[3]), d: 1, precision: 'month' }];
  }
  if ((m = text.match(/^(\d{2})年(\d{1,2})月(\d{1,2})[日号]?$/))) {
    return [{ y: twoDigitYear(Number(m[1])), m: Number(m[2]), d: Number(m[3]), precision: 'day' }];
  }
  if ((m = text.match(/^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/))) return readYearLast(m[1], m[3], Number(m[4]), order);
  if ((m = text.match(/^(\d{1,2})([-/.])(\d{1,2})\2(\d{2})$/))) return readTwoDigitParts(m[1], m[3], m[4], order);
  // Excel's d-mmm-yy and English forms: 25-Nov-08, 25 Nov 2008, Nov 25, 2008.
  if ((m = text.match(/^(\d{1,2})[-\s]([a-z]{3,9}\.?)[-\s,]+(\d{2}|\d{4})$/i)) && monthOf(m[2])) {
    const y = m[3].length === 2 ? twoDigitYear(Number(m[3])) : Number(m[3]);
    return [{ y, m: monthOf(m[2]), d: Number(m[1]), precision: 'day' }];
  }
  if ((m = text.match(/^([a-z]{3,9}\.?)\s+(\d{1,2}),?\s+(\d{4})$/i)) && monthOf(m[1])) {
    return [{ y: Number(m[3]), m: monthOf(m[1]), d: Number(m[2]), precision: 'day' }];
  }
  return null;
}

// A time after the date: 2008-11-25 14:30, 2008-11-25T14:30:00Z, 2008年11月25日 10时30分.
const TIME_SUFFIX = /(?:T|\s+)\d{1,2}[:时].*$/;

function checkRange(iso: string, year: number, options: DateOptions): ParseResult<string> {
  const min = options.minYear ?? 1000;
  const max = options.maxYear ?? 2999;
  return year < min || year > max ? fail('DATE_OUT_OF_RANGE') : ok(iso);
}

export function parseDate(input: CellInput, options: DateOptions = {}): ParseResult<string> {
  if (input instanceof Date) {
    const ms = input.getTime();
    if (Number.isNaN(ms)) return fail('DATE_INVALID');
    return checkRange(isoOfUtc(ms), input.getUTCFullYear(), options);
  }
  if (typeof input === 'number') {
    const iso = excelSerialToIso(input, options.date1904);
    return iso === null ? fail('DATE_INVALID') : checkRange(iso, Number(iso.slice(0, 4)), options);
  }
  const text = foldWidth(input).trim().replace(TIME_SUFFIX, '').trim();
  if (/^\d{5}$|^\d{5}\.\d+$/.test(text)) return parseDate(Number(text), options);
  const candidates = readText(text, options.order);
  if (candidates === null) return fail(/^\d{4}\s*年?$/.test(text) ? 'DATE_INCOMPLETE' : 'DATE_INVALID');
  const real = candidates.filter((p) => isRealDate(p.y, p.m, p.d));
  const distinct = [...new Map(real.map((p) => [isoDate(p.y, p.m, p.d), p])).values()];
  if (distinct.length === 0) return fail('DATE_INVALID');
  if (distinct.length > 1) return fail('DATE_AMBIGUOUS');
  const [parts] = distinct;
  if (parts.precision === 'month' && options.monthOnly === 'reject') return fail('DATE_INCOMPLETE');
  return checkRange(isoDate(parts.y, parts.m, parts.d), parts.y, options);
}
