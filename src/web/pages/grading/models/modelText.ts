import type { TFunction } from 'i18next';
import { formatMoney } from '../../../components/money.ts';
import type { ScoringModel } from '../../../../domain/grading/index.ts';
import type { Locale } from '../../../i18n/locales.ts';
import type { BandPhrase, MetricUnit } from './bands.ts';
import type { ModelIssue } from './modelIssues.ts';

// The words of the model editor that depend on data: a problem, a metric value, a band.

// A problem in the user's language. The weight sum names its axis; a code the editor does not
// know falls back to the server's error text, then to its English message.
export function issueText(t: TFunction, issue: ModelIssue): string {
  const axis = issue.details?.axis;
  const code = issue.code === 'WEIGHTS_NOT_100' && axis ? 'WEIGHTS_NOT_100_AXIS' : issue.code;
  const fallback = t(`error.GRADING_${issue.code}`, { defaultValue: issue.message || t('error.UNKNOWN', { code: `(${issue.code})` }) });
  return t(`scoringModels.issue.${code}`, {
    ...issue.details,
    ...(axis ? { axis: t(`scoringModels.axis.${String(axis)}`) } : {}),
    // A weight sum found by the server carries no details; its English message has the number.
    sum: issue.details?.sum ?? /add up to (-?[\d.]+)/.exec(issue.message)?.[1] ?? '?',
    defaultValue: fallback,
  });
}

export function formatMetricValue(t: TFunction, locale: Locale, unit: MetricUnit, value: number): string {
  if (unit === 'money') return formatMoney(value, locale);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  return t(`scoringModels.unit.${unit}`, { value: number });
}

// "¥50万 – ¥200万", "up to 30 days".
export function bandLabel(t: TFunction, locale: Locale, unit: MetricUnit, phrase: BandPhrase): string {
  const format = (value: number) => (Number.isFinite(value) ? formatMetricValue(t, locale, unit, value) : '?');
  return t(`scoringModels.band.${phrase.kind}`, {
    from: 'from' in phrase ? format(phrase.from) : '',
    to: 'to' in phrase ? format(phrase.to) : '',
  });
}

// "¥50万 – ¥200万 → 2 分".
export const bandText = (t: TFunction, locale: Locale, unit: MetricUnit, phrase: BandPhrase): string =>
  t('scoringModels.bandScoreText', { band: bandLabel(t, locale, unit, phrase), score: Number.isFinite(phrase.score) ? phrase.score : '?' });

// Where a problem is, for the list at the top of the editor: "年采购额：权重必须大于 0。".
export function issueWithPlace(t: TFunction, locale: Locale, definition: ScoringModel, issue: ModelIssue): string {
  const text = issueText(t, issue);
  const [section, index] = issue.path.split('.');
  const at = Number(index);
  let place = '';
  if (section === 'name') place = t(index === 'en-US' ? 'scoringModels.nameEn' : 'scoringModels.nameZh');
  else if (section === 'criteria' && Number.isInteger(at)) {
    const criterion = definition.criteria[at];
    place = criterion ? criterion.name[locale] || criterion.key : '';
  } else if (section === 'thresholds' && Number.isInteger(at)) place = `${t('scoringModels.thresholds')} ${definition.kind === 'grade' ? definition.thresholds[at]?.grade || at + 1 : at + 1}`;
  else if (section === 'split') place = `${t('scoringModels.split')} · ${t(`scoringModels.axis.${index}`)}`;
  return place ? `${place}${t('common.colon')}${text}` : text;
}
