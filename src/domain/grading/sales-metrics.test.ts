import { describe, expect, it } from 'vitest';
import {
  computeMetrics,
  estimatedPaymentDays,
  highMarginShare,
  marginVsAverage,
  paidRatio,
  purchaseGrowthYoY,
  topProductShare,
  type SalesFacts,
} from './sales-metrics.ts';

const facts = (extra: Partial<SalesFacts> = {}): SalesFacts => ({
  yearAmountFen: 1_000_000,
  previousYearAmountFen: 800_000,
  quarterAmountFen: 300_000,
  highMarginAmountFen: 250_000,
  marginFen: 300_000,
  costKnownAmountFen: 1_000_000,
  paidFen: 900_000,
  paymentRecordedAmountFen: 1_000_000,
  productAmountsFen: { p1: 600_000, p2: 400_000 },
  companyAverageMarginPercent: 25,
  ...extra,
});

describe('metrics from sales facts', () => {
  it('computes every metric with its unit', () => {
    expect(computeMetrics(facts())).toEqual({
      annualPurchase: 1_000_000, // fen
      quarterlyPurchase: 300_000, // fen
      highMarginPurchase: 25, // % of the year's purchases
      marginVsAverage: 5, // 30 % − 25 % = 5 percentage points
      purchaseGrowthYoY: 25, // (1,000,000 − 800,000) / 800,000
      paymentDays: 36.5, // 10 % unpaid × 365
      paidRatio: 90, // %
      purchaseConcentration: 60, // % of the year's purchases on the top product
    });
  });

  describe('growth year on year', () => {
    it('is negative when purchases fell, and 0 when flat', () => {
      expect(purchaseGrowthYoY(facts({ yearAmountFen: 600_000 }))).toBe(-25);
      expect(purchaseGrowthYoY(facts({ yearAmountFen: 800_000 }))).toBe(0);
    });

    it('is missing for a customer without purchases the previous year', () => {
      expect(purchaseGrowthYoY(facts({ previousYearAmountFen: 0 }))).toBeNull();
      expect(purchaseGrowthYoY(facts({ previousYearAmountFen: -5_000 }))).toBeNull();
    });
  });

  describe('margin against the company average', () => {
    it('is in percentage points, using the margin rate the sales pages show (one decimal)', () => {
      // 249,600 / 1,000,000 = 24.96 % → shown as 25.0 % → 0 points against 25 %
      expect(marginVsAverage(facts({ marginFen: 249_600 }))).toBe(0);
      expect(marginVsAverage(facts({ marginFen: 180_000, companyAverageMarginPercent: 22.5 }))).toBe(-4.5);
    });

    it('is missing without costs or without a company average', () => {
      expect(marginVsAverage(facts({ costKnownAmountFen: 0, marginFen: 0 }))).toBeNull();
      expect(marginVsAverage(facts({ companyAverageMarginPercent: null }))).toBeNull();
    });
  });

  it('gives the high-margin share only when there were purchases', () => {
    expect(highMarginShare(facts({ highMarginAmountFen: 1_000_000 }))).toBe(100);
    expect(highMarginShare(facts({ yearAmountFen: 0, highMarginAmountFen: 0 }))).toBeNull();
  });

  describe('payment', () => {
    it('measures the paid share against the sales whose payment is recorded', () => {
      expect(paidRatio(facts({ paidFen: 450_000, paymentRecordedAmountFen: 500_000 }))).toBe(90);
      expect(paidRatio(facts({ paidFen: 0, paymentRecordedAmountFen: 0 }))).toBeNull();
      expect(paidRatio(facts({ paidFen: 1_200_000 }))).toBe(100);
    });

    it('stands in for payment days with days sales outstanding until receivables exist', () => {
      // a customer paying 60 days after delivery, steady sales: 60/365 of the year unpaid
      expect(estimatedPaymentDays(facts({ paymentRecordedAmountFen: 365_000, paidFen: 305_000 }))).toBe(60);
      expect(estimatedPaymentDays(facts({ paidFen: 1_000_000 }))).toBe(0);
      expect(estimatedPaymentDays(facts({ paidFen: 0 }))).toBe(365);
      expect(estimatedPaymentDays(facts({ paymentRecordedAmountFen: 0, paidFen: 0 }))).toBeNull();
    });

    it('uses recorded payment days instead, once receivables give them', () => {
      expect(estimatedPaymentDays(facts({ averagePaymentDays: 47.256 }))).toBe(47.26);
      expect(estimatedPaymentDays(facts({ averagePaymentDays: null }))).toBe(36.5);
    });
  });

  describe('purchase concentration', () => {
    it('is the share of the top product and names it', () => {
      expect(topProductShare({ grease: 300, oil: 500, coolant: 200 })).toEqual({ productKey: 'oil', share: 50 });
      expect(topProductShare({ only: 1 })).toEqual({ productKey: 'only', share: 100 });
    });

    it('ignores products with net returns, and breaks ties by key', () => {
      expect(topProductShare({ b: 400, a: 400, c: -200 })).toEqual({ productKey: 'a', share: 50 });
      expect(topProductShare({ returned: -100 })).toBeNull();
      expect(topProductShare({})).toBeNull();
    });
  });

  it('reports an account without any sales as zero purchases and everything else missing', () => {
    const none = facts({
      yearAmountFen: 0,
      previousYearAmountFen: 0,
      quarterAmountFen: 0,
      highMarginAmountFen: 0,
      marginFen: 0,
      costKnownAmountFen: 0,
      paidFen: 0,
      paymentRecordedAmountFen: 0,
      productAmountsFen: {},
    });
    expect(computeMetrics(none)).toEqual({
      annualPurchase: 0,
      quarterlyPurchase: 0,
      highMarginPurchase: null,
      marginVsAverage: null,
      purchaseGrowthYoY: null,
      paymentDays: null,
      paidRatio: null,
      purchaseConcentration: null,
    });
  });
});
