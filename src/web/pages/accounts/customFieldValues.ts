import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import type { CustomFieldDefinition } from '../../api/archiveSettings.queries.ts';
import { formatDate } from '../../components/formatDate.ts';
import type { Locale } from '../../i18n/locales.ts';

// ARC-1 custom fields in the account form and on the profile. The form holds dates as dayjs; the
// API takes ISO dates and stores every value under the field's key (null: not filled in).
export type CustomValue = string | number | boolean | string[] | null;
export type CustomValues = Record<string, CustomValue>;

// The field's name in the UI language; an administrator may have filled in only one language.
export const customFieldLabel = (field: CustomFieldDefinition, locale: Locale): string =>
  field.label[locale].trim() || field.label['zh-CN'].trim() || field.label['en-US'].trim() || field.key;

// Retired fields take no new values: the form shows only the active ones.
export const activeCustomFields = (definitions: readonly CustomFieldDefinition[]): CustomFieldDefinition[] => definitions.filter((field) => field.active);

const toFormValue = (field: CustomFieldDefinition, value: CustomValue | undefined): unknown => {
  if (value === null || value === undefined) return null;
  if (field.type === 'date') return typeof value === 'string' ? dayjs(value) : null;
  return value;
};

export function toCustomFormValues(definitions: readonly CustomFieldDefinition[], stored: CustomValues | null | undefined): Record<string, unknown> {
  return Object.fromEntries(activeCustomFields(definitions).map((field) => [field.key, toFormValue(field, stored?.[field.key])]));
}

export function fromCustomFormValue(field: CustomFieldDefinition, value: unknown): CustomValue {
  switch (field.type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    case 'date':
      return dayjs.isDayjs(value) ? (value as Dayjs).format('YYYY-MM-DD') : null;
    // A switch always shows an answer: off means "no" where an answer is required.
    case 'boolean':
      return typeof value === 'boolean' ? value : field.required ? false : null;
    case 'multiselect':
      return Array.isArray(value) && value.length > 0 ? value.map(String) : null;
    default: {
      const text = typeof value === 'string' ? value.trim() : '';
      return text === '' ? null : text;
    }
  }
}

const formValueOf = (values: Record<string, unknown> | undefined, key: string): unknown => values?.[key];

// A new archive: the values filled in (nothing when none was).
export function toCreateCustomValues(definitions: readonly CustomFieldDefinition[], values: Record<string, unknown> | undefined): CustomValues | undefined {
  const entries = activeCustomFields(definitions)
    .map((field) => [field.key, fromCustomFormValue(field, formValueOf(values, field.key))] as const)
    .filter(([, value]) => value !== null);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

// An edit: only the values that changed (the server merges them over the stored ones).
export function toUpdateCustomValues(
  definitions: readonly CustomFieldDefinition[],
  stored: CustomValues | null | undefined,
  values: Record<string, unknown> | undefined,
): CustomValues | undefined {
  const changed = activeCustomFields(definitions)
    .map((field) => [field.key, fromCustomFormValue(field, formValueOf(values, field.key))] as const)
    .filter(([key, value]) => JSON.stringify(stored?.[key] ?? null) !== JSON.stringify(value));
  return changed.length > 0 ? Object.fromEntries(changed) : undefined;
}

// One stored value for reading; `field` is undefined for a value whose definition was removed.
export function formatCustomValue(t: TFunction, locale: Locale, field: CustomFieldDefinition | undefined, value: CustomValue | undefined): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
  if (Array.isArray(value)) return value.join(t('common.listSeparator'));
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(value);
  if (field?.type === 'date') return formatDate(value);
  return value;
}
