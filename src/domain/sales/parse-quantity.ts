import { foldWidth } from '../text/normalise.ts';
import { quantityInMilli } from './sales-line.ts';

// Quantities as sales sheets write them: 4, 1,200, 17.5, 4桶, 2.375吨, -2 or (2) for a return.
// At most three decimals; the unit word after the number is dropped (the product has its unit).
const UNIT_WORDS = ['桶', '支', '箱', '件', '个', '瓶', '罐', '包', '袋', '套', '台', '吨', '千克', '公斤', 'kg', 't', '升', 'l', '只'];

export type QuantityParse = { ok: true; value: number } | { ok: false; reason: 'QUANTITY_INVALID' | 'QUANTITY_PRECISION' };

export function parseQuantity(input: string): QuantityParse {
  let text = foldWidth(input).replace(/\s+/g, '').toLowerCase();
  let isNegative = false;
  const accounting = text.match(/^\((.*)\)$/);
  if (accounting) [text, isNegative] = [accounting[1], true];
  else if (/^[-−]/.test(text)) [text, isNegative] = [text.slice(1), true];
  else if (text.startsWith('+')) text = text.slice(1);
  const unit = UNIT_WORDS.find((word) => text.endsWith(word) && /\d$/.test(text.slice(0, -word.length)));
  if (unit) text = text.slice(0, -unit.length);
  const [whole = '', fraction = '', ...rest] = text.split('.');
  // 1,200 groups by three; 12,34 (a typo, or a European decimal comma) does not.
  const isWhole = /^\d+$/.test(whole) || whole.split(',').every((g, i) => (i === 0 ? /^\d{1,3}$/ : /^\d{3}$/).test(g));
  if (rest.length > 0 || !isWhole || !/^\d*$/.test(fraction) || (text.includes('.') && fraction === '')) return { ok: false, reason: 'QUANTITY_INVALID' };
  const value = Number(`${whole.replaceAll(',', '')}.${fraction || '0'}`) * (isNegative ? -1 : 1);
  if (!Number.isFinite(value)) return { ok: false, reason: 'QUANTITY_INVALID' };
  if (fraction.replace(/0+$/, '').length > 3 || quantityInMilli(value) === null) return { ok: false, reason: 'QUANTITY_PRECISION' };
  return { ok: true, value: value === 0 ? 0 : value };
}
