import { describe, expect, it } from 'vitest';
import { amountFromPrice, checkSalesLine, marginOf, marginRate, outstandingOf, paymentStatusOf, quantityInMilli } from './sales-line.ts';

describe('a sales line (MNY-2)', () => {
  it('keeps a plain sale as entered', () => {
    expect(checkSalesLine({ quantity: 4, unitPriceFen: 2_980_00, amountFen: 11_920_00, costFen: 8_400_00, paidFen: 5_000_00 })).toEqual({
      ok: true,
      line: { quantity: 4, isReturn: false, unitPriceFen: 2_980_00, amountFen: 11_920_00, costFen: 8_400_00, paidFen: 5_000_00 },
    });
  });

  it('computes the amount from price × quantity when the amount is left out, to the nearest fen', () => {
    const result = checkSalesLine({ quantity: 17.5, unitPriceFen: 3_333 });
    expect(result).toMatchObject({ ok: true, line: { amountFen: 58_328 } }); // 583.275 yuan → 583.28
    expect(amountFromPrice(1, 0.5)).toBe(1);
    // Large figures stay exact to the fen.
    expect(amountFromPrice(1_234_567_89, 999_999.999)).toBe(123_456_788_876_543);
  });

  it('refuses a negative quantity without the return mark, naming the quantity', () => {
    expect(checkSalesLine({ quantity: -2, amountFen: -500_00 })).toEqual({
      ok: false,
      errors: [
        { field: 'quantity', code: 'QUANTITY_NEGATIVE_NOT_RETURN' },
        { field: 'amountFen', code: 'AMOUNT_SIGN' },
      ],
    });
  });

  it('stores a return negated whichever sign its figures were written with', () => {
    const written = checkSalesLine({ quantity: 2, isReturn: true, amountFen: 500_00, costFen: 300_00, paidFen: 500_00 });
    const negative = checkSalesLine({ quantity: -2, isReturn: true, amountFen: -500_00, costFen: -300_00, paidFen: -500_00 });
    const line = { quantity: -2, isReturn: true, unitPriceFen: null, amountFen: -500_00, costFen: -300_00, paidFen: -500_00 };
    expect(written).toEqual({ ok: true, line });
    expect(negative).toEqual({ ok: true, line });
    expect(checkSalesLine({ quantity: 3, isReturn: true, unitPriceFen: 100 })).toMatchObject({ ok: true, line: { quantity: -3, amountFen: -300 } });
  });

  it('refuses a zero quantity, more than three decimals and negative money on a sale', () => {
    expect(checkSalesLine({ quantity: 0, amountFen: 1 })).toMatchObject({ ok: false, errors: [{ field: 'quantity', code: 'QUANTITY_ZERO' }] });
    expect(checkSalesLine({ quantity: 1.2345, amountFen: 1 })).toMatchObject({ ok: false, errors: [{ field: 'quantity', code: 'QUANTITY_PRECISION' }] });
    expect(checkSalesLine({ quantity: 1, amountFen: 100, costFen: -1 })).toMatchObject({ ok: false, errors: [{ field: 'costFen', code: 'COST_SIGN' }] });
    expect(checkSalesLine({ quantity: 1, amountFen: 100, paidFen: -1 })).toMatchObject({ ok: false, errors: [{ field: 'paidFen', code: 'PAID_SIGN' }] });
    expect(checkSalesLine({ quantity: 1, unitPriceFen: -1, amountFen: 1 })).toMatchObject({ ok: false, errors: [{ field: 'unitPriceFen', code: 'UNIT_PRICE_NEGATIVE' }] });
  });

  it('needs an amount or a unit price, and no more paid than owed', () => {
    expect(checkSalesLine({ quantity: 1 })).toEqual({ ok: false, errors: [{ field: 'amountFen', code: 'AMOUNT_MISSING' }] });
    expect(checkSalesLine({ quantity: 1, amountFen: 100, paidFen: 101 })).toEqual({ ok: false, errors: [{ field: 'paidFen', code: 'PAID_EXCEEDS_AMOUNT' }] });
    expect(checkSalesLine({ quantity: 1, amountFen: 0 })).toMatchObject({ ok: true }); // a free sample
  });

  it('reads three decimals exactly and no more', () => {
    expect(quantityInMilli(0.1 + 0.2)).toBe(300);
    expect(quantityInMilli(2.375)).toBe(2375);
    expect(quantityInMilli(2.3755)).toBeNull();
  });
});

describe('margin and payment', () => {
  it('knows the margin only where the cost is known', () => {
    expect(marginOf({ amountFen: 1000, costFen: 600 })).toBe(400);
    expect(marginOf({ amountFen: 1000, costFen: null })).toBeNull();
    expect(marginRate(400, 1000)).toBe(40);
    expect(marginRate(1, 3)).toBe(33.3);
    expect(marginRate(0, 0)).toBeNull();
  });

  it('tells paid, partly paid, unpaid and not recorded apart, returns included', () => {
    expect(paymentStatusOf({ amountFen: 1000, paidFen: 1000 })).toBe('paid');
    expect(paymentStatusOf({ amountFen: 1000, paidFen: 400 })).toBe('partial');
    expect(paymentStatusOf({ amountFen: 1000, paidFen: 0 })).toBe('unpaid');
    expect(paymentStatusOf({ amountFen: 1000, paidFen: null })).toBe('unknown');
    expect(paymentStatusOf({ amountFen: -500, paidFen: -500 })).toBe('paid');
    expect(outstandingOf({ amountFen: 1000, paidFen: 400 })).toBe(600);
    expect(outstandingOf({ amountFen: 1000, paidFen: null })).toBe(0);
  });
});
