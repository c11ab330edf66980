// ARC-4 archive completeness (档案完整率): the share of checklist items an archive satisfies.
// The checklist is configuration (an admin edits it); this is the default.

export type ChecklistItem =
  | { id: string; kind: 'field'; field: string }
  | { id: 'contacts'; kind: 'contacts'; min: number }
  | { id: string; kind: 'custom_field'; key: string }
  | { id: 'decision_maker'; kind: 'decision_maker' }
  | { id: 'org_chart'; kind: 'org_chart' };

export const DEFAULT_CHECKLIST: readonly ChecklistItem[] = [
  ...[
    'creditCode',
    'address',
    'phone',
    'legalRepresentative',
    'industry',
    'region',
    'ownership',
    'customerType',
    'mainBusiness',
    'registeredCapitalFen',
    'employeesTotal',
    'ownerId',
  ].map((field) => ({ id: field, kind: 'field' as const, field })),
  { id: 'contacts', kind: 'contacts', min: 3 },
  { id: 'decision_maker', kind: 'decision_maker' },
  { id: 'org_chart', kind: 'org_chart' },
];

export type ArchiveFacts = {
  fields: Readonly<Record<string, unknown>>;
  activeContacts: number;
  hasDecisionMaker: boolean;
  // At least one reports-to link among the contacts: the relationship map is drawn.
  hasOrgChart: boolean;
};

const isFilled = (value: unknown) =>
  value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

const satisfies = (item: ChecklistItem, facts: ArchiveFacts): boolean => {
  switch (item.kind) {
    case 'field':
      return isFilled(facts.fields[item.field]);
    case 'custom_field':
      return isFilled((facts.fields.customFields as Record<string, unknown> | undefined)?.[item.key]);
    case 'contacts':
      return facts.activeContacts >= item.min;
    case 'decision_maker':
      return facts.hasDecisionMaker;
    case 'org_chart':
      return facts.hasOrgChart;
  }
};

export function archiveCompleteness(facts: ArchiveFacts, checklist: readonly ChecklistItem[] = DEFAULT_CHECKLIST) {
  if (checklist.length === 0) return { score: 100, missing: [] as string[] };
  const missing = checklist.filter((item) => !satisfies(item, facts)).map((item) => item.id);
  return { score: Math.round(((checklist.length - missing.length) / checklist.length) * 100), missing };
}

// ARC-4: an archive is built within one week of first contact, and long-term partners' archives
// are updated every quarter. Dates are ISO dates (YYYY-MM-DD) in the company's time zone.
export const ARCHIVE_BUILD_DAYS = 7;

export function builtInTime(firstContactOn: string | null, builtOn: string): boolean | null {
  if (!firstContactOn) return null;
  const days = (Date.parse(builtOn) - Date.parse(firstContactOn)) / 86_400_000;
  return days <= ARCHIVE_BUILD_DAYS;
}

export const quarterOf = (isoDate: string): string => {
  const [year, month] = isoDate.split('-').map(Number);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
};

export const updatedThisQuarter = (updatedOn: string, today: string): boolean => quarterOf(updatedOn) === quarterOf(today);
