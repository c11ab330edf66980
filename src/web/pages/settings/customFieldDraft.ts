import type { CustomFieldDefinition } from '../../api/archiveSettings.queries.ts';

// Small edits of the settings draft, kept pure so that they are easy to test.

// The field at `index` one place up (-1) or down (1); the order is the order of the account form.
export function moveField(fields: readonly CustomFieldDefinition[], index: number, by: -1 | 1): CustomFieldDefinition[] {
  const target = index + by;
  if (index < 0 || index >= fields.length || target < 0 || target >= fields.length) return [...fields];
  const next = [...fields];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

// A checklist's custom keys after a field's key changed (`to`) or the field left the checklist (null).
export function renameKey(keys: readonly string[] | undefined, from: string, to: string | null): string[] {
  return (keys ?? []).flatMap((key) => (key !== from ? [key] : to === null ? [] : [to]));
}
