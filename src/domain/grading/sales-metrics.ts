import { marginRate } from '../sales/sales-line.ts';
import type { MetricKey } from './model.ts';
import { percentOf, round2 } from './rounding.ts';

// GRD-1 metrics from an account's sales facts. The server sums the facts in SQL over the periods
// of metricWindows(referenceDate) — net of returns, in fen — and these pure functions turn them
// into the values the computed criteria score. A metric that cannot be computed is null, and the
// criterion using it is then reported as missing, not scored as zero.
export type SalesFacts = {
  // Net sales of the year window (the 12 months to the reference date), the 12 months before it,
  // and the quarter window (the 3 months to the reference date).
  yearAmountFen: number;
  previousYearAmountFen: number;
  quarterAmountFen: number;
  // Year-window sales of products marked high-margin in the catalogue (products.isHighMargin).
  highMarginAmountFen: number;
  // Year-window margin (amount − cost) and the sales it was computed on: lines with a known cost.
  marginFen: number;
  costKnownAmountFen: number;
  // Year-window payments and the sales they are measured against: lines whose payment is
  // recorded (sales lines keep paidFen null when nobody recorded it).
  paidFen: number;
  paymentRecordedAmountFen: number;
  // Year-window net sales per product (key: product id).
  productAmountsFen: Readonly<Record<string, number>>;
  // The company's margin rate over the same window, in percent as marginRate() gives it.
  companyAverageMarginPercent: number | null;
  // Amount-weighted days from invoice to payment, once receivables are recorded; when present it
  // replaces the stand-in of estimatedPaymentDays().
  averagePaymentDays?: number | null;
};

export type ComputedMetrics = Record<MetricKey, number | null>;

const orNull = (value: number | undefined): number | null => (value === undefined ? null : value);

// Share of the year's purchases that went to high-margin products, in percent. A share, not an
// amount: the amount is already in annualPurchase, the share says how good the mix is.
export const highMarginShare = (f: SalesFacts): number | null => orNull(percentOf(f.highMarginAmountFen, f.yearAmountFen));

// The account's margin rate minus the company's, in percentage points (+3 = three points better).
export function marginVsAverage(f: SalesFacts): number | null {
  const rate = marginRate(f.marginFen, f.costKnownAmountFen);
  if (rate === null || f.companyAverageMarginPercent === null || !(f.costKnownAmountFen > 0)) return null;
  return round2(rate - f.companyAverageMarginPercent);
}

// Year-on-year growth in percent. Null when the previous year had no sales: a new customer has no
// growth rate (any number would be infinite or invented), so the criterion is reported missing.
export function purchaseGrowthYoY(f: SalesFacts): number | null {
  if (!(f.previousYearAmountFen > 0)) return null;
  return round2(((f.yearAmountFen - f.previousYearAmountFen) / f.previousYearAmountFen) * 100);
}

// Paid share of the year's sales whose payment is recorded, in percent (0–100).
export function paidRatio(f: SalesFacts): number | null {
  const paid = Math.min(Math.max(f.paidFen, 0), f.paymentRecordedAmountFen);
  return orNull(percentOf(paid, f.paymentRecordedAmountFen));
}

// Payment days. Until receivables (invoice and payment dates) exist, a stand-in: days sales
// outstanding over the year window, unpaid share × 365. A customer who steadily pays 60 days
// after delivery has about 60 days of the year's sales unpaid at any time, so this reads ≈ 60.
// It overstates for a customer whose sales rose just before the reference date.
export function estimatedPaymentDays(f: SalesFacts): number | null {
  if (f.averagePaymentDays !== undefined && f.averagePaymentDays !== null) return round2(f.averagePaymentDays);
  if (!(f.paymentRecordedAmountFen > 0)) return null;
  const unpaid = Math.max(f.paymentRecordedAmountFen - Math.max(f.paidFen, 0), 0);
  return round2((unpaid / f.paymentRecordedAmountFen) * 365);
}

// Purchase concentration: the share of the year's purchases that went to the single largest
// product, in percent (100 = one product only). Chosen over a Herfindahl index because a user can
// check it by eye ("63 % is product X") and the UI can name that product. Products with net
// returns (amount ≤ 0) do not count.
export function topProductShare(productAmountsFen: Readonly<Record<string, number>>): { productKey: string; share: number } | null {
  const positive = Object.entries(productAmountsFen).filter(([, amount]) => amount > 0);
  if (positive.length === 0) return null;
  const total = positive.reduce((sum, [, amount]) => sum + amount, 0);
  // Ties go to the key that sorts first, so the named product does not depend on input order.
  const [productKey, amount] = positive.reduce((top, entry) => (entry[1] > top[1] || (entry[1] === top[1] && entry[0] < top[0]) ? entry : top));
  return { productKey, share: percentOf(amount, total) ?? 0 };
}

export function computeMetrics(f: SalesFacts): ComputedMetrics {
  return {
    annualPurchase: f.yearAmountFen,
    quarterlyPurchase: f.quarterAmountFen,
    highMarginPurchase: highMarginShare(f),
    marginVsAverage: marginVsAverage(f),
    purchaseGrowthYoY: purchaseGrowthYoY(f),
    paymentDays: estimatedPaymentDays(f),
    paidRatio: paidRatio(f),
    purchaseConcentration: topProductShare(f.productAmountsFen)?.share ?? null,
  };
}
