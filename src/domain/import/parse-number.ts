import { foldWidth } from '../text/normalise.ts';
import { fail, numberToText, ok, type CellInput, type ParseResult } from './parse-values.ts';

// ARC-8 amounts and counts as people write them in Chinese sheets: 500万元, ¥1,234.56, 1.2亿,
// 500万美元, 1,200人, 1.2万人. Arithmetic is exact (BigInt on the written digits), never floats.
// Chinese numerals (五百万, 伍佰万元) are not read: they are reported as invalid.

export type CurrencyCode = 'CNY' | 'USD' | 'HKD' | 'EUR';

// Money in minor units (fen for CNY; cents otherwise), as the database stores it.
export type Money = { amount: number; currency: CurrencyCode };

// The unit a bare number is in, e.g. from a header such as 注册资本（万元）.
export type AmountUnit = 'one' | 'thousand' | 'wan' | 'million' | 'yi';

const UNIT_EXPONENT: Record<AmountUnit, number> = { one: 0, thousand: 3, wan: 4, million: 6, yi: 8 };

const UNIT_WORDS: Record<string, number> = { 千: 3, 万: 4, 百万: 6, 千万: 7, 亿: 8, 万亿: 12 };

const CURRENCY_PREFIXES: [RegExp, CurrencyCode | null][] = [
  [/^(?:RMB|CNY|人民币)/i, 'CNY'],
  [/^(?:US\$|USD|美元)/i, 'USD'],
  [/^(?:HK\$|HKD|港币|港元)/i, 'HKD'],
  [/^(?:EUR|€|欧元)/i, 'EUR'],
  [/^¥/, null], // ¥ is the yuan in Chinese files (the yen never reaches a CNY ledger unannounced)
  [/^\$/, 'USD'],
];

const CURRENCY_SUFFIXES: Record<string, CurrencyCode | null> = {
  元: null, 圆: null, 块: null, 人民币: 'CNY', 元人民币: 'CNY', 人民币元: 'CNY', rmb: 'CNY', cny: 'CNY',
  美元: 'USD', 美金: 'USD', usd: 'USD', 港元: 'HKD', 港币: 'HKD', hkd: 'HKD', 欧元: 'EUR', eur: 'EUR',
};

// 1,234,567 groups by three; 12,34 (a typo, or a European decimal comma) does not.
const isGrouped = (whole: string) => whole.split(',').every((group, i) => (i === 0 ? /^\d{1,3}$/ : /^\d{3}$/).test(group));

type Decimal = { digits: bigint; exponent: number };

// A plain decimal as written: digits with optional 3-digit grouping commas, a fraction and an
// exponent (Excel writes 1.2E+07 into CSV for wide numbers).
function readDecimal(text: string): Decimal | null {
  const [mantissa, exponent = '0', ...moreE] = text.toLowerCase().split('e');
  const [whole, fraction = '', ...moreDots] = mantissa.split('.');
  if (moreE.length > 0 || moreDots.length > 0 || !/^[+-]?\d{1,3}$/.test(exponent)) return null;
  if (!/^[\d,]*$/.test(whole) || !/^\d*$/.test(fraction) || whole + fraction === '') return null;
  if (whole.includes(',') && !isGrouped(whole)) return null;
  return { digits: BigInt(whole.replaceAll(',', '') + fraction), exponent: Number(exponent) - fraction.length };
}

// digits × 10^exponent as an integer, or null when a fraction would remain.
function toInteger({ digits, exponent }: Decimal): bigint | null {
  if (exponent >= 0) return digits * 10n ** BigInt(exponent);
  const divisor = 10n ** BigInt(-exponent);
  return digits % divisor === 0n ? digits / divisor : null;
}

type Signed = { text: string; isNegative: boolean };

function splitSign(text: string): Signed {
  const accounting = text.match(/^\((.*)\)$/);
  if (accounting) return { text: accounting[1], isNegative: true };
  if (/^[-−]/.test(text)) return { text: text.slice(1), isNegative: true };
  if (text.startsWith('+')) return { text: text.slice(1), isNegative: false };
  return { text, isNegative: false };
}

export type MoneyOptions = {
  // Unit of a number written without one (500 under 注册资本（万元） means 500万).
  unit?: AmountUnit;
  currency?: CurrencyCode;
  allowNegative?: boolean;
};

export function parseMoney(input: CellInput, options: MoneyOptions = {}): ParseResult<Money> {
  if (input instanceof Date) return fail('MONEY_INVALID');
  let { text, isNegative } = splitSign(foldWidth(typeof input === 'number' ? numberToText(input) : input).replace(/\s+/g, ''));
  let currency: CurrencyCode | null = null;
  for (const [prefix, code] of CURRENCY_PREFIXES) {
    const m = text.match(prefix);
    if (m) {
      currency = code ?? options.currency ?? 'CNY';
      text = text.slice(m[0].length);
      break;
    }
  }
  if (!isNegative && /^[-−]/.test(text)) ({ text, isNegative } = splitSign(text)); // ¥-100
  const m = text.match(/^([\d.,eE+-]+?)(万亿|百万|千万|千|万|亿)?([^\d.,]*?)整?$/u);
  if (!m) return fail('MONEY_INVALID');
  const [, number, unitWord, suffixWord] = m;
  if (suffixWord !== '') {
    const suffix = CURRENCY_SUFFIXES[suffixWord.toLowerCase()];
    if (suffix === undefined) return fail(/[a-z]{3}|币|元/i.test(suffixWord) ? 'MONEY_CURRENCY' : 'MONEY_INVALID');
    if (suffix !== null && currency !== null && suffix !== currency) return fail('MONEY_CURRENCY');
    currency = suffix ?? currency;
  }
  const decimal = readDecimal(number);
  if (decimal === null) return fail('MONEY_INVALID');
  // A written unit wins; a written currency (500元, ¥500) means the number is in whole units;
  // only a bare number takes the column's unit.
  const isBare = suffixWord === '' && currency === null;
  const unitExponent = unitWord ? UNIT_WORDS[unitWord] : isBare ? UNIT_EXPONENT[options.unit ?? 'one'] : 0;
  const minor = toInteger({ digits: decimal.digits, exponent: decimal.exponent + unitExponent + 2 });
  if (minor === null) return fail('MONEY_PRECISION');
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return fail('MONEY_TOO_LARGE');
  if (isNegative && minor !== 0n && !options.allowNegative) return fail('MONEY_NEGATIVE');
  const amount = Number(minor) * (isNegative && minor !== 0n ? -1 : 1);
  return ok({ amount, currency: currency ?? options.currency ?? 'CNY' });
}

// Which unit a header announces for its numbers: 注册资本（万元）, 年销售额(亿元), Revenue (k).
export function unitFromHeader(header: string): AmountUnit | undefined {
  const text = foldWidth(header);
  const m = text.match(/[([]\s*(万亿|百万|千万|千|万|亿|k|m)\s*(?:元|美元|港元|欧元|rmb|cny|usd)?\s*[)\]]|单位\s*[:：]?\s*(千|万|亿)元?/i);
  const word = (m?.[1] ?? m?.[2])?.toLowerCase();
  if (word === '千' || word === 'k') return 'thousand';
  if (word === '万') return 'wan';
  if (word === '百万' || word === 'm') return 'million';
  if (word === '亿') return 'yi';
  return undefined;
}

export type IntegerOptions = {
  min?: number;
  max?: number;
  // Counting words allowed after the number (1,200人, 35家).
  units?: readonly string[];
};

const DEFAULT_COUNT_UNITS = ['人', '名', '个', '家', '位', '户', '台', '件'];

// Whole numbers such as head counts: 1200, 1,200人, 1.2万人 (= 12000). Approximations
// (约1200人, 1200+, 100-200人) are refused: a range is not a count.
export function parseInteger(input: CellInput, options: IntegerOptions = {}): ParseResult<number> {
  if (input instanceof Date) return fail('INTEGER_INVALID');
  const raw = foldWidth(typeof input === 'number' ? numberToText(input) : input).replace(/\s+/g, '');
  const { text, isNegative } = splitSign(raw);
  const units = options.units ?? DEFAULT_COUNT_UNITS;
  const m = text.match(/^([\d.,eE+]+?)(万|亿)?(\D*)$/u);
  if (!m || (m[3] !== '' && !units.includes(m[3]))) return fail('INTEGER_INVALID');
  const decimal = readDecimal(m[1]);
  if (decimal === null) return fail('INTEGER_INVALID');
  const value = toInteger({ digits: decimal.digits, exponent: decimal.exponent + (m[2] ? UNIT_WORDS[m[2]] : 0) });
  if (value === null || value > BigInt(Number.MAX_SAFE_INTEGER)) return fail('INTEGER_INVALID');
  const n = Number(value) * (isNegative && value !== 0n ? -1 : 1);
  if ((options.min ?? 0) > n || n > (options.max ?? Number.MAX_SAFE_INTEGER)) return fail('INTEGER_OUT_OF_RANGE');
  return ok(n);
}
