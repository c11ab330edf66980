import { describe, expect, it } from 'vitest';
import { parseInteger, parseMoney, unitFromHeader, type MoneyOptions } from './parse-number.ts';

const money = (input: string | number, options?: MoneyOptions) => {
  const result = parseMoney(input, options);
  return result.ok ? result.value : result.reason;
};
const cny = (amount: number) => ({ amount, currency: 'CNY' });

describe('parseMoney', () => {
  it.each([
    ['500万元', 500_0000_00],
    ['500万', 500_0000_00],
    ['500 万元', 500_0000_00],
    ['500.5万元', 500_5000_00],
    ['1,234.56', 1234_56],
    ['¥1,234.56', 1234_56],
    ['￥1,234.56元', 1234_56],
    ['RMB 1,234.56', 1234_56],
    ['人民币500万元', 500_0000_00],
    ['500万元人民币', 500_0000_00],
    ['1.2亿', 1_2000_0000_00],
    ['1.2亿元', 1_2000_0000_00],
    ['3千万', 3000_0000_00],
    ['1.2E+07', 1200_0000_00],
    ['１，２３４．５６', 1234_56],
    ['100元整', 100_00],
    ['0', 0],
    ['.5', 50],
  ])('reads %s', (input, fen) => {
    expect(money(input)).toEqual(cny(fen));
  });

  it('reads the amount exactly where floats would not', () => {
    // 0.1 + 0.2 in floats is 0.30000000000000004; 1.15 × 100 is 114.99999999999999.
    expect(money('1.15')).toEqual(cny(115));
    expect(money('4.35万')).toEqual(cny(4350000));
    expect(money(0.1 + 0.2)).toEqual(cny(30));
  });

  it('reads foreign currencies by symbol, code or word', () => {
    expect(money('500万美元')).toEqual({ amount: 500_0000_00, currency: 'USD' });
    expect(money('US$1,000')).toEqual({ amount: 1000_00, currency: 'USD' });
    expect(money('$1,000')).toEqual({ amount: 1000_00, currency: 'USD' });
    expect(money('HKD 200')).toEqual({ amount: 200_00, currency: 'HKD' });
    expect(money('200港币')).toEqual({ amount: 200_00, currency: 'HKD' });
    expect(money('€5')).toEqual({ amount: 500, currency: 'EUR' });
    expect(money('500日元')).toBe('MONEY_CURRENCY');
    expect(money('¥100美元')).toBe('MONEY_CURRENCY');
    expect(money('USD100港元')).toBe('MONEY_CURRENCY');
  });

  it('applies the column unit to bare numbers only', () => {
    expect(money('500', { unit: 'wan' })).toEqual(cny(500_0000_00));
    expect(money('500元', { unit: 'wan' })).toEqual(cny(500_00));
    expect(money('1.5亿', { unit: 'wan' })).toEqual(cny(1_5000_0000_00));
  });

  it('refuses what it cannot read exactly', () => {
    expect(money('五百万')).toBe('MONEY_INVALID');
    expect(money('伍佰万元')).toBe('MONEY_INVALID');
    expect(money('约500万')).toBe('MONEY_INVALID');
    expect(money('500万左右')).toBe('MONEY_INVALID');
    expect(money('12,34')).toBe('MONEY_INVALID'); // a European decimal comma or a typo
    expect(money('1.234,56')).toBe('MONEY_INVALID');
    expect(money('万元')).toBe('MONEY_INVALID');
    expect(money('')).toBe('MONEY_INVALID');
    expect(money('1.234')).toBe('MONEY_PRECISION');
    expect(money('99999999999999999')).toBe('MONEY_TOO_LARGE');
  });

  it('refuses negative amounts unless allowed', () => {
    expect(money('-1,234.56')).toBe('MONEY_NEGATIVE');
    expect(money('(1,234.56)')).toBe('MONEY_NEGATIVE');
    expect(money('-1,234.56', { allowNegative: true })).toEqual(cny(-1234_56));
    expect(money('(1,234.56)', { allowNegative: true })).toEqual(cny(-1234_56));
    expect(money('¥-5', { allowNegative: true })).toEqual(cny(-500));
    expect(money('-0')).toEqual(cny(0));
  });
});

describe('unitFromHeader', () => {
  it('reads the unit a header announces', () => {
    expect(unitFromHeader('注册资本（万元）')).toBe('wan');
    expect(unitFromHeader('注册资本(万)')).toBe('wan');
    expect(unitFromHeader('年销售额［亿元］')).toBe('yi');
    expect(unitFromHeader('金额（单位：万元）')).toBe('wan');
    expect(unitFromHeader('Revenue (k)')).toBe('thousand');
    expect(unitFromHeader('注册资本')).toBeUndefined();
    expect(unitFromHeader('注册资本（元）')).toBeUndefined();
  });
});

describe('parseInteger', () => {
  const int = (input: string | number, options?: Parameters<typeof parseInteger>[1]) => {
    const result = parseInteger(input, options);
    return result.ok ? result.value : result.reason;
  };

  it.each([
    ['1200', 1200],
    ['1,200', 1200],
    ['1,200人', 1200],
    ['1200 人', 1200],
    ['1.2万人', 12000],
    ['35家', 35],
    ['０', 0],
  ])('reads %s', (input, expected) => {
    expect(int(input)).toBe(expected);
  });

  it('reads numbers from cells', () => {
    expect(int(1200)).toBe(1200);
    expect(int(1200.5)).toBe('INTEGER_INVALID');
  });

  it('refuses approximations, ranges and unknown words', () => {
    for (const input of ['约1200人', '1200+', '100-200人', '1200左右', '1.5人', '十二', '1200kg', '']) {
      expect(int(input), input).toBe('INTEGER_INVALID');
    }
  });

  it('checks the range', () => {
    expect(int('-5')).toBe('INTEGER_OUT_OF_RANGE');
    expect(int('20000', { max: 10000 })).toBe('INTEGER_OUT_OF_RANGE');
    expect(int('12台', { units: ['台'] })).toBe(12);
    expect(int('12人', { units: ['台'] })).toBe('INTEGER_INVALID');
  });
});
