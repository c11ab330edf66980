import { describe, expect, it } from 'vitest';
import { parseQuantity } from './parse-quantity.ts';

describe('parseQuantity', () => {
  it('reads quantities as sheets write them', () => {
    expect(parseQuantity('4')).toEqual({ ok: true, value: 4 });
    expect(parseQuantity('1,200')).toEqual({ ok: true, value: 1200 });
    expect(parseQuantity('17.5 kg')).toEqual({ ok: true, value: 17.5 });
    expect(parseQuantity('２．３７５吨')).toEqual({ ok: true, value: 2.375 });
    expect(parseQuantity('4桶')).toEqual({ ok: true, value: 4 });
  });

  it('reads a minus sign or accounting brackets as negative (a return, when marked)', () => {
    expect(parseQuantity('-2')).toEqual({ ok: true, value: -2 });
    expect(parseQuantity('(2)')).toEqual({ ok: true, value: -2 });
  });

  it('refuses text, ranges and more than three decimals', () => {
    expect(parseQuantity('四桶')).toEqual({ ok: false, reason: 'QUANTITY_INVALID' });
    expect(parseQuantity('2-3')).toEqual({ ok: false, reason: 'QUANTITY_INVALID' });
    expect(parseQuantity('12,34')).toEqual({ ok: false, reason: 'QUANTITY_INVALID' });
    expect(parseQuantity('1.2345')).toEqual({ ok: false, reason: 'QUANTITY_PRECISION' });
    expect(parseQuantity('1.2300')).toEqual({ ok: true, value: 1.23 });
  });
});
