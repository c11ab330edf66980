import { describe, expect, it } from 'vitest';
import { fenToYuan, formatQuantity, formatYuan, formatYuanShort, yuanToFen } from './salesFormat.ts';

describe('sales figures', () => {
  it('show fen as yuan with ¥ and two decimals, exactly', () => {
    expect(formatYuan(11_920_00)).toBe('¥11,920.00');
    expect(formatYuan(-2_980_05)).toBe('-¥2,980.05');
    expect(formatYuan(7)).toBe('¥0.07');
    expect(formatYuan(9_007_199_254_740_991)).toBe('¥90,071,992,547,409.91');
    expect(formatYuan(null)).toBe('—');
  });

  it('shorten big period totals to 万 in Chinese only', () => {
    expect(formatYuanShort(1_234_567_890, 'zh-CN')).toBe('¥1,234.57万');
    expect(formatYuanShort(1_234_567_890, 'en-US')).toBe('¥12,345,678.90');
    expect(formatYuanShort(795_357_79, 'zh-CN')).toBe('¥79.54万');
    expect(formatYuanShort(99_999_99, 'zh-CN')).toBe('¥99,999.99');
  });

  it('turn typed yuan into whole fen without float residue', () => {
    expect(yuanToFen(2980.1)).toBe(298_010);
    expect(yuanToFen(0.29)).toBe(29);
    expect(yuanToFen(null)).toBeNull();
    expect(fenToYuan(298_010)).toBe(2980.1);
  });

  it('show quantities with up to three decimals', () => {
    expect(formatQuantity(1200)).toBe('1,200');
    expect(formatQuantity(2.375)).toBe('2.375');
  });
});
