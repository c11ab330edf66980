import { CHECKLIST_FIELDS, customChecklistId } from '../../../domain/accounts/archive-settings.ts';
import type { ChecklistItem, CustomFieldDefinition } from '../../api/archiveSettings.queries.ts';

// The completeness checklist (ARC-4) as the settings form holds it, and back. A contacts
// minimum of 0 means "contacts are not on the checklist".
export type ChecklistValues = {
  fields: string[];
  customKeys: string[];
  contactsMin: number;
  hasDecisionMaker: boolean;
  hasOrgChart: boolean;
};

export type ChecklistInput = keyof ChecklistValues;

export function toChecklistValues(checklist: readonly ChecklistItem[]): ChecklistValues {
  const values: ChecklistValues = { fields: [], customKeys: [], contactsMin: 0, hasDecisionMaker: false, hasOrgChart: false };
  for (const item of checklist) {
    if (item.kind === 'field') values.fields.push(item.field);
    if (item.kind === 'custom_field') values.customKeys.push(item.key);
    if (item.kind === 'contacts') values.contactsMin = item.min;
    if (item.kind === 'decision_maker') values.hasDecisionMaker = true;
    if (item.kind === 'org_chart') values.hasOrgChart = true;
  }
  return values;
}

// Every item the values select, in a fixed order: standard fields as the archive form lists them,
// custom fields as defined, then contacts, decision maker and map. Retired fields drop out (the
// server refuses them on the checklist).
// A form still mounting has not registered every input: what is not there is not selected.
function selectedItems(values: Partial<ChecklistValues>, customFields: readonly CustomFieldDefinition[]): ChecklistItem[] {
  const activeKeys = customFields.filter((field) => field.active).map((field) => field.key);
  const contactsMin = values.contactsMin ?? 0;
  return [
    ...CHECKLIST_FIELDS.filter((field) => values.fields?.includes(field)).map((field): ChecklistItem => ({ id: field, kind: 'field', field })),
    ...activeKeys.filter((key) => values.customKeys?.includes(key)).map((key): ChecklistItem => ({ id: customChecklistId(key), kind: 'custom_field', key })),
    ...(contactsMin > 0 ? [{ id: 'contacts', kind: 'contacts', min: contactsMin } as const] : []),
    ...(values.hasDecisionMaker ? [{ id: 'decision_maker', kind: 'decision_maker' } as const] : []),
    ...(values.hasOrgChart ? [{ id: 'org_chart', kind: 'org_chart' } as const] : []),
  ];
}

// Items already on the checklist keep their place, new ones follow: an unchanged form gives back
// the same checklist, so saving it does not rescore every archive for nothing.
export function toChecklist(values: Partial<ChecklistValues>, previous: readonly ChecklistItem[], customFields: readonly CustomFieldDefinition[]): ChecklistItem[] {
  const selected = selectedItems(values, customFields);
  const byId = new Map(selected.map((item) => [item.id, item]));
  const kept = previous.flatMap((item) => byId.get(item.id) ?? []);
  const keptIds = new Set(kept.map((item) => item.id));
  return [...kept, ...selected.filter((item) => !keptIds.has(item.id))];
}

// The input of the form that a checklist item belongs to (to show a server error under it).
export function inputOfChecklistItem(item: ChecklistItem): ChecklistInput {
  switch (item.kind) {
    case 'field':
      return 'fields';
    case 'custom_field':
      return 'customKeys';
    case 'contacts':
      return 'contactsMin';
    case 'decision_maker':
      return 'hasDecisionMaker';
    case 'org_chart':
      return 'hasOrgChart';
  }
}
