import type { MetricKey } from '../../../../domain/grading/index.ts';
import { formatMoney } from '../../../components/money.ts';
import type { Locale } from '../../../i18n/locales.ts';

// How a metric reads to a person: amounts in fen as money, shares and growth in %, margin against
// the company average in percentage points, payment in days (sales-metrics.ts gives the units).
type Unit = 'money' | 'percent' | 'points' | 'days';

const UNIT: Record<MetricKey, Unit> = {
  annualPurchase: 'money',
  quarterlyPurchase: 'money',
  highMarginPurchase: 'percent',
  marginVsAverage: 'points',
  purchaseGrowthYoY: 'percent',
  paymentDays: 'days',
  paidRatio: 'percent',
  purchaseConcentration: 'percent',
};

const SUFFIX: Record<Exclude<Unit, 'money'>, Record<Locale, string>> = {
  percent: { 'zh-CN': '%', 'en-US': '%' },
  points: { 'zh-CN': ' 个百分点', 'en-US': ' pp' },
  days: { 'zh-CN': ' 天', 'en-US': ' days' },
};

export const isMetricKey = (key: string | undefined): key is MetricKey => key !== undefined && key in UNIT;

export function formatMetric(metric: MetricKey, value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return '—';
  const unit = UNIT[metric];
  if (unit === 'money') return formatMoney(value, locale);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  const sign = unit === 'points' && value > 0 ? '+' : '';
  return `${sign}${number}${SUFFIX[unit][locale]}`;
}

// The band a value fell in: "¥50万 – ¥100万", "≥ 30 天", "< 5%".
export function formatBand(metric: MetricKey, band: { lower: number | null; upper: number | null }, locale: Locale): string {
  const f = (v: number) => formatMetric(metric, v, locale);
  if (band.lower !== null && band.upper !== null) return `${f(band.lower)} – ${f(band.upper)}`;
  if (band.lower !== null) return `≥ ${f(band.lower)}`;
  if (band.upper !== null) return `< ${f(band.upper)}`;
  return '—';
}
