import type { TFunction } from 'i18next';
import { codeLabel } from '../../components/codeLabels.ts';
import { formatDate } from '../../components/formatDate.ts';
import { formatMoney } from '../../components/money.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { AccountField } from './accountFields.ts';

// One archive value as text for reading (profile, customer-form review, history). Ids of users
// and accounts are shown by the names the caller passes in `names`.
export function formatAccountValue(
  t: TFunction,
  locale: Locale,
  field: AccountField | undefined,
  value: unknown,
  names: Record<string, string | null | undefined> = {},
): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
  if (!field) return typeof value === 'string' ? value : JSON.stringify(value);
  switch (field.kind) {
    case 'money':
      return typeof value === 'number' ? formatMoney(value, locale) : String(value);
    case 'count':
      return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : String(value);
    case 'date':
      return formatDate(String(value));
    case 'code':
      return codeLabel(t, field.codes?.group ?? '', String(value));
    case 'tags':
      return Array.isArray(value) ? value.join(t('common.listSeparator')) : String(value);
    case 'account':
    case 'user':
      return names[String(value)] ?? String(value).slice(0, 8);
    default:
      return String(value);
  }
}
