import type { SalesRuleCode } from './sales-line.ts';

// MNY-2 import: what can be wrong with one row of a sales file beyond a cell's format, with the
// English default texts (the UI shows import.reason.<code> or sales.importReason.<code>).
export const SALES_ROW_ERROR_MESSAGES = {
  QUANTITY_INVALID: 'Not a quantity (write 4, 17.5 or -2 for a return)',
  PRODUCT_UNKNOWN: 'The product catalogue has no active product with this name, specification or code',
  PRODUCT_AMBIGUOUS: 'The catalogue has this product in several specifications: add the specification',
  SALESPERSON_UNKNOWN: 'No user has this name or username',
  QUANTITY_ZERO: 'The quantity may not be zero',
  QUANTITY_PRECISION: 'The quantity has more than three decimals',
  QUANTITY_TOO_LARGE: 'The quantity is too large',
  QUANTITY_NEGATIVE_NOT_RETURN: 'A negative quantity is allowed only on a row marked as a return (退货)',
  UNIT_PRICE_NEGATIVE: 'The unit price may not be negative',
  AMOUNT_MISSING: 'Give the amount or the unit price',
  AMOUNT_SIGN: 'The amount of a sale may not be negative (mark a return as a return)',
  COST_SIGN: 'The cost of a sale may not be negative',
  PAID_SIGN: 'The amount paid on a sale may not be negative',
  PAID_EXCEEDS_AMOUNT: 'The amount paid is larger than the amount',
} as const satisfies Record<SalesRuleCode | 'QUANTITY_INVALID' | 'PRODUCT_UNKNOWN' | 'PRODUCT_AMBIGUOUS' | 'SALESPERSON_UNKNOWN', string>;

export type SalesRowErrorCode = keyof typeof SALES_ROW_ERROR_MESSAGES;
