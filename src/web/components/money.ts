import type { Locale } from '../i18n/locales.ts';

// Money travels as integer fen (分) of CNY. People in China read and type company figures
// (registered capital, revenue) in 万元 (10,000 yuan); the English UI uses plain yuan.
// Only this file turns fen into display units and back, and never sends a float to the API.
export type MoneyUnit = 'wan' | 'yuan';

const FEN_PER_UNIT: Record<MoneyUnit, number> = { wan: 1_000_000, yuan: 100 };

export const moneyUnitOf = (locale: Locale): MoneyUnit => (locale === 'zh-CN' ? 'wan' : 'yuan');

// Fen → the number shown in an input (万元 or yuan).
export const fenToUnits = (fen: number | null | undefined, unit: MoneyUnit): number | null =>
  fen === null || fen === undefined ? null : fen / FEN_PER_UNIT[unit];

// An input's number (万元 or yuan) → whole fen for the API.
export const unitsToFen = (value: number | null | undefined, unit: MoneyUnit): number | null =>
  value === null || value === undefined || !Number.isFinite(value) ? null : Math.round(value * FEN_PER_UNIT[unit]);

// 1260000000 fen → "¥1,260万" (zh-CN) or "CNY 12,600,000" (en-US).
export function formatMoney(fen: number | null | undefined, locale: Locale): string {
  if (fen === null || fen === undefined) return '—';
  if (moneyUnitOf(locale) === 'wan') {
    const wan = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(fen / FEN_PER_UNIT.wan);
    return `¥${wan}万`;
  }
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'CNY', currencyDisplay: 'code', minimumFractionDigits: 0, maximumFractionDigits: 2 })
    .format(fen / FEN_PER_UNIT.yuan)
    .replace(/\u00a0/g, ' ');
}
