import { describe, expect, it } from 'vitest';
import { isMetricKey } from '../../grading/models/bands.ts';
import { formatBand, formatMetric } from './metricFormat.ts';

describe('formatMetric', () => {
  it('reads amounts as money in 万元 (zh-CN) and yuan (en-US)', () => {
    expect(formatMetric('annualPurchase', 123_456_700, 'zh-CN')).toBe('¥123.46万');
    expect(formatMetric('annualPurchase', 123_456_700, 'en-US')).toBe('CNY 1,234,567');
  });
  it('reads shares in %, margin in signed points and payment in days', () => {
    expect(formatMetric('purchaseGrowthYoY', -12.345, 'zh-CN')).toBe('-12.3%');
    expect(formatMetric('marginVsAverage', 2.5, 'zh-CN')).toBe('+2.5 个百分点');
    expect(formatMetric('marginVsAverage', -2.5, 'en-US')).toBe('-2.5 pp');
    expect(formatMetric('paymentDays', 45, 'en-US')).toBe('45 days');
  });
  it('shows a dash for a metric without data', () => {
    expect(formatMetric('paidRatio', null, 'zh-CN')).toBe('—');
  });
});

describe('formatBand', () => {
  it('names both ends, or the one that exists', () => {
    expect(formatBand('paymentDays', { lower: 30, upper: 60 }, 'zh-CN')).toBe('30 天 – 60 天');
    expect(formatBand('paidRatio', { lower: 90, upper: null }, 'en-US')).toBe('≥ 90%');
    expect(formatBand('paidRatio', { lower: null, upper: 50 }, 'en-US')).toBe('< 50%');
  });
});

it('knows the metric keys', () => {
  expect(isMetricKey('annualPurchase')).toBe(true);
  expect(isMetricKey('openness')).toBe(false);
  expect(isMetricKey(undefined)).toBe(false);
});
