import { describe, expect, it } from 'vitest';
import { fenToYuan, formatYuan, yuanToFen } from './approvalFormat.ts';

describe('approval amounts', () => {
  it('shows yuan with the symbol in Chinese and the code in English', () => {
    expect(formatYuan(8_000_00, 'zh-CN')).toBe('¥8,000');
    expect(formatYuan(1_234_56, 'en-US')).toBe('CNY 1,234.56');
    expect(formatYuan(null, 'zh-CN')).toBe('—');
  });

  it('turns typed yuan into whole fen and back', () => {
    expect(yuanToFen(5000)).toBe(5_000_00);
    expect(yuanToFen(0.1 + 0.2)).toBe(30);
    expect(yuanToFen(null)).toBeNull();
    expect(fenToYuan(5_000_00)).toBe(5000);
  });
});
