import { normaliseCompanyName } from '../../../domain/text/normalise.ts';
import { importError } from './import.errors.ts';
import type { Validation, ValidRecord } from './validate-rows.ts';

// ARC-8 duplicates: a row is the same company as an earlier row of the file or as an existing
// account when the unified social credit code matches, or — for rows without one — when the
// normalised name matches (full-width/half-width, brackets and spaces do not count). The user
// decides per duplicate: skip the row, update the existing account, or create a new one.
//
// What each match allows (a credit code identifies one legal entity, so it is never created twice):
//   existing account, same credit code → skip | update
//   existing account, same name         → skip | update | create
//   earlier row, same credit code       → skip
//   earlier row, same name              → skip | create
// The default is skip: an import never changes existing accounts unless the user says so.

export type DuplicateChoice = 'skip' | 'update' | 'create';

export type Duplicate = {
  row: number;
  matchedBy: 'creditCode' | 'name';
  key: string;
  existingId?: string; // set when it matches an existing account
  firstRow?: number; // set when it matches an earlier row of the file
  allowed: DuplicateChoice[];
  choice: DuplicateChoice;
};

// Existing accounts by normalised credit code and by normalised name (normaliseCompanyName).
export type ExistingAccounts = {
  byCreditCode: ReadonlyMap<string, string>;
  byName: ReadonlyMap<string, string>;
};

// The fields holding the identity of a company in the records.
export type IdentityFields = { creditCode: string; name: string };

export const DEFAULT_IDENTITY: IdentityFields = { creditCode: 'creditCode', name: 'name' };

type Identity = { creditCode: string | null; name: string | null };

function identityOf(record: ValidRecord, fields: IdentityFields): Identity {
  const code = record.values[fields.creditCode];
  const name = record.values[fields.name];
  return {
    creditCode: typeof code === 'string' && code !== '' ? code : null,
    name: typeof name === 'string' && name !== '' ? normaliseCompanyName(name) : null,
  };
}

// The keys to look up in the database before calling findDuplicates (one query per kind).
export function identityKeys(records: readonly ValidRecord[], fields: IdentityFields = DEFAULT_IDENTITY) {
  const creditCodes = new Set<string>();
  const names = new Set<string>();
  for (const record of records) {
    const { creditCode, name } = identityOf(record, fields);
    if (creditCode) creditCodes.add(creditCode);
    if (name) names.add(name);
  }
  return { creditCodes: [...creditCodes], names: [...names] };
}

export function findDuplicates(
  records: readonly ValidRecord[],
  existing: ExistingAccounts,
  fields: IdentityFields = DEFAULT_IDENTITY,
): Duplicate[] {
  const firstByCode = new Map<string, number>();
  const firstByName = new Map<string, number>();
  const duplicates: Duplicate[] = [];
  for (const record of records) {
    const { creditCode, name } = identityOf(record, fields);
    const row = record.row;
    const earlier = creditCode ? firstByCode.get(creditCode) : undefined;
    const earlierByName = !creditCode && name ? firstByName.get(name) : undefined;
    if (earlier !== undefined) {
      duplicates.push({ row, matchedBy: 'creditCode', key: creditCode ?? '', firstRow: earlier, allowed: ['skip'], choice: 'skip' });
    } else if (creditCode && existing.byCreditCode.has(creditCode)) {
      const existingId = existing.byCreditCode.get(creditCode);
      duplicates.push({ row, matchedBy: 'creditCode', key: creditCode, existingId, allowed: ['skip', 'update'], choice: 'skip' });
    } else if (earlierByName !== undefined) {
      duplicates.push({ row, matchedBy: 'name', key: name ?? '', firstRow: earlierByName, allowed: ['skip', 'create'], choice: 'skip' });
    } else if (!creditCode && name && existing.byName.has(name)) {
      const existingId = existing.byName.get(name);
      duplicates.push({ row, matchedBy: 'name', key: name, existingId, allowed: ['skip', 'update', 'create'], choice: 'skip' });
    }
    if (creditCode && !firstByCode.has(creditCode)) firstByCode.set(creditCode, row);
    if (name && !firstByName.has(name)) firstByName.set(name, row);
  }
  return duplicates;
}

export type ImportPlan = {
  create: ValidRecord[];
  update: { id: string; record: ValidRecord }[];
  skip: number[]; // rows
};

// What the import will write, from a dry run without errors and the user's choices by row.
// A dry run with any error plans nothing: a failed import writes nothing.
export function planImport(validation: Validation, choices: Readonly<Record<number, DuplicateChoice>> = {}): ImportPlan {
  if (validation.report.errorCount > 0) {
    throw importError('IMPORT_HAS_ERRORS', `${validation.report.errorCount} errors in ${validation.report.invalid} rows`);
  }
  const byRow = new Map(validation.report.duplicates.map((d) => [d.row, d]));
  for (const row of Object.keys(choices).map(Number)) {
    if (!byRow.has(row)) {
      throw importError('IMPORT_DUPLICATE_CHOICE_INVALID', `Row ${row} is not a duplicate`, [{ path: `choices.${row}`, message: 'not a duplicate' }]);
    }
  }
  const plan: ImportPlan = { create: [], update: [], skip: [] };
  for (const record of validation.records) {
    const duplicate = byRow.get(record.row);
    const choice = duplicate ? (choices[record.row] ?? duplicate.choice) : 'create';
    if (duplicate && !duplicate.allowed.includes(choice)) {
      throw importError('IMPORT_DUPLICATE_CHOICE_INVALID', `Row ${record.row} may only be: ${duplicate.allowed.join(', ')}`, [
        { path: `choices.${record.row}`, message: `allowed: ${duplicate.allowed.join(', ')}` },
      ]);
    }
    if (choice === 'skip') plan.skip.push(record.row);
    else if (choice === 'update' && duplicate?.existingId) plan.update.push({ id: duplicate.existingId, record });
    else plan.create.push(record);
  }
  return plan;
}

// The dry run again with duplicates against the existing accounts found for identityKeys(…).
export function withDuplicates(validation: Validation, existing: ExistingAccounts, fields: IdentityFields = DEFAULT_IDENTITY): Validation {
  return { ...validation, report: { ...validation.report, duplicates: findDuplicates(validation.records, existing, fields) } };
}
