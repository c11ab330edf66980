import type { TFunction } from 'i18next';
import { DEFAULT_CHECKLIST } from '../../../domain/accounts/completeness.ts';
import type { ArchiveSettings } from '../../api/archiveSettings.queries.ts';
import type { Locale } from '../../i18n/locales.ts';
import { customFieldLabel } from './customFieldValues.ts';

type Context = { settings?: Pick<ArchiveSettings, 'checklist' | 'customFields'>; locale: Locale };

const CUSTOM_PREFIX = 'custom.';
const defaultContactsMin = DEFAULT_CHECKLIST.find((item) => item.kind === 'contacts')?.min ?? 1;

// A completeness checklist item in words: standard field items by the field's label, custom
// field items (`custom.<key>`) by the administrator's label, the others (`contacts`,
// `decision_maker`, `org_chart`) by their own text, with the number of contacts the checklist asks for.
export function missingItemLabel(t: TFunction, item: string, { settings, locale }: Context): string {
  if (item.startsWith(CUSTOM_PREFIX)) {
    const key = item.slice(CUSTOM_PREFIX.length);
    const field = settings?.customFields.find((candidate) => candidate.key === key);
    return field ? customFieldLabel(field, locale) : key;
  }
  if (item === 'contacts') {
    const contacts = settings?.checklist.find((candidate) => candidate.kind === 'contacts');
    return t('accounts.missing.contacts', { n: contacts?.kind === 'contacts' ? contacts.min : defaultContactsMin });
  }
  return t([`accounts.missing.${item}`, `account.field.${item}`], { defaultValue: item });
}
