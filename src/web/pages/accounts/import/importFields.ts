import type { TFunction } from 'i18next';
import type { ImportTarget } from '../../../api/import.ts';

// The field keys each import endpoint understands (server: account-import.fields.ts,
// contact-import.ts and sales-import.fields.ts), in the order the mapping Select lists them.
export const IMPORT_FIELDS: Record<ImportTarget, readonly string[]> = {
  accounts: [
    'name', 'creditCode', 'archiveNo', 'address', 'postcode', 'phone', 'fax', 'email', 'website', 'foundedOn',
    'registeredCapital', 'mainShareholders', 'bankName', 'bankAccount', 'legalRepresentative', 'employeesTotal',
    'employeesDomestic', 'employeesForeign', 'annualRevenue', 'mainBusiness', 'serviceArea', 'industry', 'region',
    'ownership', 'customerType', 'lifecycleStage', 'firstPurchaseOn', 'firstContactOn', 'tags',
  ],
  contacts: [
    'account', 'name', 'title', 'department', 'mobile', 'phone', 'email', 'wechat', 'birthDate', 'education', 'hobbies',
    'buyingRole', 'decisionStyle', 'attitude', 'influence', 'notes',
  ],
  sales: ['account', 'product', 'spec', 'soldOn', 'quantity', 'unitPrice', 'amount', 'cost', 'paid', 'isReturn', 'salesperson', 'note'],
};

// Import keys that differ from the archive's own field names (amounts are stored in fen).
const ACCOUNT_LABEL_KEY: Record<string, string> = { registeredCapital: 'registeredCapitalFen', annualRevenue: 'annualRevenueFen' };

export function importFieldLabel(t: TFunction, target: ImportTarget, field: string): string {
  if (target === 'accounts') return t(`account.field.${ACCOUNT_LABEL_KEY[field] ?? field}`, { defaultValue: field });
  if (target === 'sales') return t(`sales.importField.${field}`, { defaultValue: field });
  if (field === 'account') return t('import.accountColumn');
  return t(`contact.field.${field}`, { defaultValue: field });
}

// Why a row cannot be imported: the shared reasons (import.reason.*), then the sales rules.
export const importReasonText = (t: TFunction, code: string, message?: string): string =>
  t(`import.reason.${code}`, { defaultValue: t(`sales.importReason.${code}`, { defaultValue: message ?? code }) });

export type MappingRow = { column: number; header: string; field: string | null; matchedBy: string | null };

// Every column of the file once, in file order: matched, ambiguous (to be assigned) or unmapped.
export function mappingRows(mapping: {
  columns: { column: number; header: string; field: string; matchedBy: string }[];
  unmapped: { column: number; header: string }[];
  ambiguous: { column: number; header: string }[];
}): MappingRow[] {
  const rows = new Map<number, MappingRow>();
  for (const c of mapping.unmapped) rows.set(c.column, { column: c.column, header: c.header, field: null, matchedBy: null });
  for (const c of mapping.ambiguous) rows.set(c.column, { column: c.column, header: c.header, field: null, matchedBy: 'ambiguous' });
  for (const c of mapping.columns) rows.set(c.column, { column: c.column, header: c.header, field: c.field, matchedBy: c.matchedBy });
  return [...rows.values()].sort((a, b) => a.column - b.column);
}
