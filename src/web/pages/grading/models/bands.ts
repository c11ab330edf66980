import { METRIC_KEYS, type ComputedSource, type MetricKey } from '../../../../domain/grading/index.ts';

// What a computed criterion's numbers mean, in words a director checks at a glance:
// "below ¥500,000 → 1, ¥500,000–¥2,000,000 → 2 … ¥10,000,000 and more → 5".

// The unit a metric is measured in (sales-metrics.ts): amounts in fen, shares and growth in %,
// margin against the company average in percentage points, payment in days.
export type MetricUnit = 'money' | 'percent' | 'points' | 'days';
export const METRIC_UNITS: Readonly<Record<MetricKey, MetricUnit>> = {
  annualPurchase: 'money',
  quarterlyPurchase: 'money',
  highMarginPurchase: 'percent',
  marginVsAverage: 'points',
  purchaseGrowthYoY: 'percent',
  paymentDays: 'days',
  paidRatio: 'percent',
  purchaseConcentration: 'percent',
};

export const isMetricKey = (value: unknown): value is MetricKey => typeof value === 'string' && (METRIC_KEYS as readonly string[]).includes(value);
export const unitOfMetric = (metric: string | undefined): MetricUnit => (isMetricKey(metric) ? METRIC_UNITS[metric] : 'points');

// One band: which words to use and the breakpoints around it. A value equal to a breakpoint
// earns the better score (score-band.ts): higher-is-better bands include their lower end ("at
// least"), lower-is-better bands their upper end ("up to").
export type BandPhrase =
  | { kind: 'below' | 'upTo'; to: number; score: number }
  | { kind: 'atLeast' | 'above'; from: number; score: number }
  | { kind: 'between'; from: number; to: number; score: number }
  | { kind: 'any'; score: number };

export function bandPhrases(source: Pick<ComputedSource, 'direction' | 'breakpoints' | 'scores'>): BandPhrase[] {
  const { breakpoints, scores } = source;
  const isHigherBetter = source.direction !== 'lower_is_better';
  if (breakpoints.length === 0) return scores.length > 0 ? [{ kind: 'any', score: scores[0] }] : [];
  return Array.from({ length: breakpoints.length + 1 }, (_, i): BandPhrase => {
    const score = scores[i] ?? Number.NaN;
    if (i === 0) return { kind: isHigherBetter ? 'below' : 'upTo', to: breakpoints[0], score };
    if (i === breakpoints.length) return { kind: isHigherBetter ? 'atLeast' : 'above', from: breakpoints[i - 1], score };
    return { kind: 'between', from: breakpoints[i - 1], to: breakpoints[i], score };
  });
}
