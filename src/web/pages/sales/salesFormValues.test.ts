import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { SalesRecord } from '../../api/sales.queries.ts';
import { computedAmountFen, toCreateSaleBody, toSalesFormValues, toUpdateSaleBody } from './salesFormValues.ts';

const PRODUCT = '3e3313bf-dfeb-4b97-8eff-198e4429f33e';

describe('sales form values', () => {
  it('send a sale in fen, leaving the amount to the server when it is empty', () => {
    const body = toCreateSaleBody({ productId: PRODUCT, soldOn: dayjs('2026-03-15'), quantity: 4, isReturn: false, unitPrice: 2980, amount: null, paid: 1000.5 });
    expect(body).toEqual({ productId: PRODUCT, soldOn: '2026-03-15', quantity: 4, isReturn: false, unitPriceFen: 2_980_00, amountFen: null, costFen: null, paidFen: 1_000_50, note: null });
    expect(computedAmountFen({ unitPrice: 33.33, quantity: 17.5 })).toBe(58_328);
  });

  it('show a stored return with positive figures and the return switch on', () => {
    const record = { id: 'r', version: 3, accountId: 'a', productId: PRODUCT, soldOn: '2026-04-02', quantity: -2, isReturn: true, unitPriceFen: 2_980_00, amountFen: -5_960_00, costFen: null, paidFen: -5_960_00, salespersonId: null, note: '破损' } as SalesRecord;
    const values = toSalesFormValues(record);
    expect(values).toMatchObject({ quantity: 2, isReturn: true, amount: 5960, paid: 5960, cost: null });
    expect(toUpdateSaleBody(record, values)).toMatchObject({ version: 3, quantity: 2, isReturn: true, amountFen: 5_960_00, salespersonId: null, note: '破损' });
  });
});
