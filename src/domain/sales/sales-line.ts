// MNY-2 sales records (seed 001 篇1 §4: 进货时间、品种、数量、规格、金额、结款情况): the rules one line of
// a sale or a return must satisfy before it is stored. Money is integer fen; quantities are exact
// decimals with at most three places (17.5 kg of grease, 2.375 t from a tanker, 4 drums).
//
// Sign convention: a sale has a positive quantity and non-negative amounts; a return (退货) is
// stored with a negative quantity and amount, cost and paid ≤ 0 (a credit), so that plain SQL sums
// give net sales. A negative quantity is accepted only with the return mark; a line marked as a
// return may be written with positive figures (as 退货单 usually are) and is stored negated.

export const QUANTITY_DECIMALS = 3;
export const MAX_QUANTITY = 1_000_000_000;
const MILLI = 10 ** QUANTITY_DECIMALS;

export type SalesLineInput = {
  quantity: number;
  isReturn?: boolean | null;
  unitPriceFen?: number | null;
  amountFen?: number | null;
  costFen?: number | null;
  paidFen?: number | null;
};

export type SalesLine = {
  quantity: number;
  isReturn: boolean;
  unitPriceFen: number | null;
  amountFen: number;
  costFen: number | null;
  // null: the payment was not recorded (neither paid nor known to be unpaid).
  paidFen: number | null;
};

export type SalesLineField = 'quantity' | 'unitPriceFen' | 'amountFen' | 'costFen' | 'paidFen';

export const SALES_RULE_CODES = [
  'QUANTITY_ZERO',
  'QUANTITY_PRECISION',
  'QUANTITY_TOO_LARGE',
  'QUANTITY_NEGATIVE_NOT_RETURN',
  'UNIT_PRICE_NEGATIVE',
  'AMOUNT_MISSING',
  'AMOUNT_SIGN',
  'COST_SIGN',
  'PAID_SIGN',
  'PAID_EXCEEDS_AMOUNT',
] as const;
export type SalesRuleCode = (typeof SALES_RULE_CODES)[number];

export type SalesRuleError = { field: SalesLineField; code: SalesRuleCode };

export type SalesLineResult = { ok: true; line: SalesLine } | { ok: false; errors: SalesRuleError[] };

// The quantity in thousandths, or null when it has more than three decimals.
export function quantityInMilli(quantity: number): number | null {
  const milli = Math.round(quantity * MILLI);
  return Math.abs(milli - quantity * MILLI) < 1e-6 ? milli : null;
}

// unit price × quantity, rounded half away from zero to whole fen (exact: BigInt on thousandths).
export function amountFromPrice(unitPriceFen: number, quantity: number): number {
  const milli = quantityInMilli(quantity) ?? Math.round(quantity * MILLI);
  const product = BigInt(unitPriceFen) * BigInt(Math.abs(milli));
  const rounded = (product + BigInt(MILLI / 2)) / BigInt(MILLI);
  return Number(rounded) * Math.sign(milli);
}

function checkQuantity(quantity: number, isReturn: boolean): SalesRuleCode | null {
  if (!Number.isFinite(quantity) || quantity === 0) return 'QUANTITY_ZERO';
  if (Math.abs(quantity) > MAX_QUANTITY) return 'QUANTITY_TOO_LARGE';
  if (quantityInMilli(quantity) === null) return 'QUANTITY_PRECISION';
  // The seed's 结款/退换货 rules: a negative quantity is a return, and a return must say so.
  if (quantity < 0 && !isReturn) return 'QUANTITY_NEGATIVE_NOT_RETURN';
  return null;
}

// A sale's figures must not be negative; a return's are stored ≤ 0 whichever sign they came with.
const signed = (value: number, isReturn: boolean) => (isReturn ? -Math.abs(value) : value);

export function checkSalesLine(input: SalesLineInput): SalesLineResult {
  const isReturn = input.isReturn === true;
  const errors: SalesRuleError[] = [];
  const quantityError = checkQuantity(input.quantity, isReturn);
  if (quantityError) errors.push({ field: 'quantity', code: quantityError });
  const price = input.unitPriceFen ?? null;
  if (price !== null && price < 0) errors.push({ field: 'unitPriceFen', code: 'UNIT_PRICE_NEGATIVE' });
  if (!isReturn) {
    if ((input.amountFen ?? 0) < 0) errors.push({ field: 'amountFen', code: 'AMOUNT_SIGN' });
    if ((input.costFen ?? 0) < 0) errors.push({ field: 'costFen', code: 'COST_SIGN' });
    if ((input.paidFen ?? 0) < 0) errors.push({ field: 'paidFen', code: 'PAID_SIGN' });
  }
  const quantity = signed(input.quantity, isReturn);
  let amountFen = input.amountFen ?? null;
  if (amountFen === null) {
    if (price === null) errors.push({ field: 'amountFen', code: 'AMOUNT_MISSING' });
    else if (!quantityError) amountFen = amountFromPrice(price, quantity);
  }
  if (amountFen !== null && input.paidFen !== null && input.paidFen !== undefined && Math.abs(input.paidFen) > Math.abs(amountFen)) {
    errors.push({ field: 'paidFen', code: 'PAID_EXCEEDS_AMOUNT' });
  }
  if (errors.length > 0 || amountFen === null) return { ok: false, errors };
  return {
    ok: true,
    line: {
      quantity,
      isReturn,
      unitPriceFen: price,
      amountFen: signed(amountFen, isReturn),
      costFen: input.costFen === null || input.costFen === undefined ? null : signed(input.costFen, isReturn),
      paidFen: input.paidFen === null || input.paidFen === undefined ? null : signed(input.paidFen, isReturn),
    },
  };
}

// Gross margin of a line (毛利) = amount − cost, known only where the cost is.
export const marginOf = (line: { amountFen: number; costFen: number | null }): number | null =>
  line.costFen === null ? null : line.amountFen - line.costFen;

// Margin as a share of the sales whose cost is known, in percent with one decimal; null without data.
export function marginRate(marginFen: number, amountWithCostFen: number): number | null {
  if (amountWithCostFen === 0) return null;
  return Math.round((marginFen / amountWithCostFen) * 1000) / 10;
}

export const PAYMENT_STATUSES = ['unknown', 'unpaid', 'partial', 'paid'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

// 结款情况: how much of the line has been paid (a return: refunded).
export function paymentStatusOf(line: { amountFen: number; paidFen: number | null }): PaymentStatus {
  if (line.paidFen === null) return 'unknown';
  const paid = Math.abs(line.paidFen);
  const amount = Math.abs(line.amountFen);
  if (paid >= amount) return 'paid';
  return paid === 0 ? 'unpaid' : 'partial';
}

// What is still owed on a line (0 when paid or not recorded).
export const outstandingOf = (line: { amountFen: number; paidFen: number | null }): number =>
  line.paidFen === null ? 0 : line.amountFen - line.paidFen;
