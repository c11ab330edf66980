// ARC-1 / ARC-4 configuration an administrator edits: the account's custom fields and the
// completeness checklist (which fields, how many contacts, decision maker, map) archives are
// scored against.
import { DEFAULT_CHECKLIST, type ChecklistItem } from './completeness.ts';
import { validateDefinitions, type CustomFieldDefinition, type FieldError } from './custom-fields.ts';

export type ArchiveSettings = { checklist: ChecklistItem[]; customFields: CustomFieldDefinition[] };

export const DEFAULT_ARCHIVE_SETTINGS: ArchiveSettings = { checklist: [...DEFAULT_CHECKLIST], customFields: [] };

// Standard account fields a checklist may require (labels: `account.field.<name>` in the UI).
export const CHECKLIST_FIELDS = [
  'creditCode',
  'address',
  'postcode',
  'phone',
  'fax',
  'email',
  'website',
  'foundedOn',
  'registeredCapitalFen',
  'mainShareholders',
  'bankName',
  'bankAccount',
  'legalRepresentative',
  'employeesTotal',
  'annualRevenueFen',
  'mainBusiness',
  'serviceArea',
  'salesCapability',
  'developmentPotential',
  'culture',
  'businessPolicy',
  'managementStyle',
  'firstPurchaseOn',
  'firstContactOn',
  'industry',
  'region',
  'ownership',
  'customerType',
  'tags',
  'parentId',
  'ownerId',
  'executiveSponsorId',
] as const;

export const MAX_REQUIRED_CONTACTS = 50;
export const customChecklistId = (key: string) => `custom.${key}`;

function checklistErrors(checklist: readonly ChecklistItem[], customFields: readonly CustomFieldDefinition[]): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const activeKeys = new Set(customFields.filter((f) => f.active).map((f) => f.key));
  checklist.forEach((item, i) => {
    const path = `checklist.${i}`;
    if (seen.has(item.id)) errors.push({ path, message: `${item.id} appears twice` });
    seen.add(item.id);
    if (item.kind === 'field' && (!(CHECKLIST_FIELDS as readonly string[]).includes(item.field) || item.id !== item.field)) {
      errors.push({ path, message: `unknown field ${item.field}` });
    }
    if (item.kind === 'custom_field' && (!activeKeys.has(item.key) || item.id !== customChecklistId(item.key))) {
      errors.push({ path, message: `no active custom field ${item.key}` });
    }
    if (item.kind === 'contacts' && (item.id !== 'contacts' || !Number.isInteger(item.min) || item.min < 1 || item.min > MAX_REQUIRED_CONTACTS)) {
      errors.push({ path, message: `contacts: a whole number from 1 to ${MAX_REQUIRED_CONTACTS}` });
    }
  });
  return errors;
}

// A saved field keeps its key and type for good (accounts hold values under them): it is retired,
// never removed or retyped.
function changedFieldErrors(previous: readonly CustomFieldDefinition[], next: readonly CustomFieldDefinition[]): FieldError[] {
  const nextByKey = new Map(next.map((field, i) => [field.key, { field, i }]));
  return previous.flatMap((old): FieldError[] => {
    const kept = nextByKey.get(old.key);
    if (!kept) return [{ path: 'customFields', message: `${old.key} cannot be removed; retire it instead` }];
    if (kept.field.type !== old.type) return [{ path: `customFields.${kept.i}.type`, message: `the type of ${old.key} cannot change` }];
    return [];
  });
}

export const validateArchiveSettings = (settings: ArchiveSettings, previous: ArchiveSettings = DEFAULT_ARCHIVE_SETTINGS): FieldError[] => [
  ...validateDefinitions(settings.customFields),
  ...changedFieldErrors(previous.customFields, settings.customFields),
  ...checklistErrors(settings.checklist, settings.customFields),
];
