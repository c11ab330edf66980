import type { MetricKey } from '../../../../domain/grading/index.ts';
import { formatMoney } from '../../../components/money.ts';
import type { Locale } from '../../../i18n/locales.ts';
import { METRIC_UNITS, type MetricUnit } from '../../grading/models/bands.ts';

// How a metric reads to a person: amounts in fen as money, shares and growth in %, margin against
// the company average in percentage points, payment in days (the units of the model editor's bands).
const SUFFIX: Record<Exclude<MetricUnit, 'money'>, Record<Locale, string>> = {
  percent: { 'zh-CN': '%', 'en-US': '%' },
  points: { 'zh-CN': ' 个百分点', 'en-US': ' pp' },
  days: { 'zh-CN': ' 天', 'en-US': ' days' },
};

export function formatMetric(metric: MetricKey, value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return '—';
  const unit = METRIC_UNITS[metric];
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
