import { describe, expect, it } from 'vitest';
import { fenToUnits, formatMoney, moneyUnitOf, unitsToFen } from './money.ts';

describe('money in fen', () => {
  it('shows 万元 with ¥ in Chinese and plain CNY in English', () => {
    expect(formatMoney(1_260_000_000, 'zh-CN')).toBe('¥1,260万');
    expect(formatMoney(1_234_500, 'zh-CN')).toBe('¥1.23万');
    expect(formatMoney(1_260_000_000, 'en-US')).toBe('CNY 12,600,000');
    expect(formatMoney(12_345, 'en-US')).toBe('CNY 123.45');
    expect(formatMoney(null, 'zh-CN')).toBe('—');
  });

  it('edits in the unit of the language', () => {
    expect(moneyUnitOf('zh-CN')).toBe('wan');
    expect(fenToUnits(1_260_000_000, 'wan')).toBe(1260);
    expect(fenToUnits(1_260_000_000, 'yuan')).toBe(12_600_000);
    expect(fenToUnits(null, 'yuan')).toBeNull();
  });

  it('sends whole fen, never a float', () => {
    expect(unitsToFen(12.34, 'wan')).toBe(12_340_000);
    expect(unitsToFen(0.1 + 0.2, 'yuan')).toBe(30);
    expect(unitsToFen(1260, 'wan')).toBe(1_260_000_000);
    expect(unitsToFen(null, 'wan')).toBeNull();
    expect(Number.isInteger(unitsToFen(3.333333, 'wan'))).toBe(true);
  });
});
