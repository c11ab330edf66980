import type { TFunction } from 'i18next';

// A completeness checklist item in words: field items by the field's label, the others
// (`contacts`, `decision_maker`, `org_chart`) by their own text.
export const missingItemLabel = (t: TFunction, item: string): string =>
  t([`accounts.missing.${item}`, `account.field.${item}`], { defaultValue: item });
