import type { SalesRuleCode } from '../../../domain/sales/sales-line.ts';
import { defineErrors } from '../../lib/errors.ts';

export const SalesErrors = defineErrors({
  SALES_RECORD_NOT_FOUND: { status: 404, title: 'Sales record not found' },
  SALES_SALESPERSON_INVALID: { status: 400, title: 'The salesperson must be an existing user' },
  // One code per rule of src/domain/sales/sales-line.ts; `errors[].path` names the field.
  SALES_QUANTITY_ZERO: { status: 400, title: 'The quantity may not be zero' },
  SALES_QUANTITY_PRECISION: { status: 400, title: 'The quantity has more than three decimals' },
  SALES_QUANTITY_TOO_LARGE: { status: 400, title: 'The quantity is too large' },
  SALES_QUANTITY_NEGATIVE_NOT_RETURN: { status: 400, title: 'A negative quantity is allowed only on a line marked as a return' },
  SALES_UNIT_PRICE_NEGATIVE: { status: 400, title: 'The unit price may not be negative' },
  SALES_AMOUNT_MISSING: { status: 400, title: 'Give the amount or the unit price' },
  SALES_AMOUNT_SIGN: { status: 400, title: 'The amount of a sale may not be negative (mark a return as a return)' },
  SALES_COST_SIGN: { status: 400, title: 'The cost of a sale may not be negative' },
  SALES_PAID_SIGN: { status: 400, title: 'The amount paid on a sale may not be negative' },
  SALES_PAID_EXCEEDS_AMOUNT: { status: 400, title: 'The amount paid is larger than the amount' },
});

export const ruleError = (code: SalesRuleCode) => SalesErrors[`SALES_${code}`];
