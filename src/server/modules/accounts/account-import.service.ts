import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { archiveCompleteness, type ChecklistItem } from '../../../domain/accounts/completeness.ts';
import type { Viewer } from '../../../domain/users/visibility.ts';
import type { Db, Executor } from '../../db/connection.ts';
import type { Actor } from '../../auth/current-user.ts';
import { AppError } from '../../lib/errors.ts';
import { identityKeys, planImport, withDuplicates, type DuplicateChoice, type ExistingAccounts } from '../../lib/import/duplicates.ts';
import { mapColumns, type ColumnMapping, type ExplicitMap } from '../../lib/import/mapping.ts';
import { readTable } from '../../lib/import/read-table.ts';
import { validateRows, type DryRunReport } from '../../lib/import/validate-rows.ts';
import { auditLog } from '../audit/audit.schema.ts';
import { assertCanEdit, canManage } from './account-access.ts';
import { accountValues, ACCOUNT_IMPORT_FIELDS } from './account-import.fields.ts';
import { accountNameKey, accountSearchText } from './account-search.ts';
import { AccountErrors } from './accounts.errors.ts';
import { accounts } from './accounts.schema.ts';
import { assertActiveUser, updateAccount } from './accounts.service.ts';
import { selectRows } from '../../db/sql-helpers.ts';
import { insertMany } from '../../db/insert-many.ts';
import { getArchiveSettings } from '../settings/archive-settings.service.ts';

// ARC-8 account import: upload → column mapping → dry run (every row and column error,
// duplicates) → import. All or nothing: one transaction, and nothing at all while the dry run
// reports an error.

export type ImportOptions = {
  fileName?: string;
  encoding?: string;
  sheetName?: string;
  map?: ExplicitMap;
  dryRun: boolean;
  choices?: Record<number, DuplicateChoice>;
  ownerId?: string;
  onProgress?: (done: number, total: number) => void;
};

export type ImportResult = {
  dryRun: boolean;
  format: string;
  encoding: string;
  encodingConfidence: number;
  mapping: ColumnMapping;
  report: DryRunReport;
  created: number;
  updated: number;
  skipped: number;
};

const BATCH = 1_000;
const ANALYSE_AFTER_ROWS = 1_000;

async function existingAccounts(db: Executor, keys: { creditCodes: string[]; names: string[] }): Promise<ExistingAccounts> {
  const byCreditCode = new Map<string, string>();
  const byName = new Map<string, string>();
  // Chunked so that 100k keys do not make one giant statement.
  for (let i = 0; i < Math.max(keys.creditCodes.length, keys.names.length); i += 5_000) {
    const codes = keys.creditCodes.slice(i, i + 5_000);
    const names = keys.names.slice(i, i + 5_000);
    const rows = await db
      .select({ id: accounts.id, creditCode: accounts.creditCode, nameKey: accounts.nameKey })
      .from(accounts)
      .where(and(isNull(accounts.deletedAt), or(codes.length ? inArray(accounts.creditCode, codes) : undefined, names.length ? inArray(accounts.nameKey, names) : undefined)));
    for (const row of rows) {
      if (row.creditCode) byCreditCode.set(row.creditCode, row.id);
      byName.set(row.nameKey, row.id);
    }
  }
  return { byCreditCode, byName };
}

// Archive numbers as the column default makes them (KA + year + sequence), taken in one query.
async function nextArchiveNumbers(db: Executor, count: number): Promise<string[]> {
  const rows = await selectRows<{ no: string }>(
    db,
    sql`select 'KA' || to_char(now() at time zone 'Asia/Shanghai', 'YYYY') || lpad(nextval('account_archive_no_seq')::text, 6, '0') as no from generate_series(1, ${count})`,
  );
  return rows.map((r) => r.no);
}

function newAccountRow(values: Record<string, unknown>, ownerId: string, actorId: string | null, generatedNo: string, checklist: readonly ChecklistItem[]) {
  const fields = accountValues(values) as { name: string; creditCode?: string; archiveNo?: string } & Record<string, unknown>;
  const archiveNo = fields.archiveNo ?? generatedNo;
  const completeness = archiveCompleteness({ fields: { ...fields, ownerId }, activeContacts: 0, hasDecisionMaker: false, hasOrgChart: false }, checklist);
  return {
    ...fields,
    archiveNo,
    ownerId,
    createdBy: actorId,
    nameKey: accountNameKey(fields.name),
    searchText: accountSearchText({ name: fields.name, creditCode: fields.creditCode, archiveNo }),
    completeness: completeness.score,
    completenessMissing: completeness.missing,
  } as typeof accounts.$inferInsert;
}

// Archive numbers brought by the file must be new, in the file and in the database.
async function assertArchiveNumbersFree(db: Executor, records: { row: number; values: Record<string, unknown> }[]) {
  const rowsByNo = new Map<string, number[]>();
  for (const r of records) {
    const no = r.values.archiveNo;
    if (typeof no === 'string') rowsByNo.set(no, [...(rowsByNo.get(no) ?? []), r.row]);
  }
  const taken = rowsByNo.size ? await db.select({ no: accounts.archiveNo }).from(accounts).where(inArray(accounts.archiveNo, [...rowsByNo.keys()])) : [];
  const clashes = [...rowsByNo].filter(([no, rows]) => rows.length > 1 || taken.some((t) => t.no === no));
  if (clashes.length > 0) {
    throw new AppError(AccountErrors.ACCOUNT_ARCHIVE_NO_TAKEN, undefined, {
      errors: clashes.slice(0, 50).map(([no, rows]) => ({ path: `rows.${rows.join(',')}`, message: `archive no. ${no} is already used` })),
    });
  }
}

export async function importAccounts(db: Db, actor: Actor, viewer: Viewer, bytes: Uint8Array, options: ImportOptions): Promise<ImportResult> {
  const table = await readTable(bytes, { fileName: options.fileName, encoding: options.encoding, sheetName: options.sheetName });
  const mapping = mapColumns(table.headers, ACCOUNT_IMPORT_FIELDS, options.map);
  const first = validateRows(table, mapping, ACCOUNT_IMPORT_FIELDS);
  const validation = withDuplicates(first, await existingAccounts(db, identityKeys(first.records)));
  const result: ImportResult = {
    dryRun: options.dryRun,
    format: table.format,
    encoding: table.encoding,
    encodingConfidence: table.encodingConfidence,
    mapping,
    report: validation.report,
    created: 0,
    updated: 0,
    skipped: 0,
  };
  if (options.dryRun) return result;

  const plan = planImport(validation, options.choices);
  const ownerId = options.ownerId ?? viewer.id;
  if (ownerId !== viewer.id && !canManage(viewer, ownerId)) throw new AppError(AccountErrors.ACCOUNT_OWNER_NOT_ALLOWED);
  await assertActiveUser(db, ownerId, 'ownerId');
  await db.transaction(async (tx) => {
    await assertArchiveNumbersFree(tx, plan.create);
    const { checklist } = await getArchiveSettings(tx);
    for (const { id, record } of plan.update) {
      await assertCanEdit(tx, viewer, id).catch((error: AppError) => {
        throw new AppError(error, `Row ${record.row}: you may not update the existing account`, { errors: [{ path: `choices.${record.row}`, message: error.message }] });
      });
      const [current] = await tx.select({ version: accounts.version }).from(accounts).where(eq(accounts.id, id));
      const { archiveNo: _ignored, ...values } = accountValues(record.values);
      await updateAccount(tx, actor, viewer, id, { version: current.version, ...(values as object) });
    }
    for (let i = 0; i < plan.create.length; i += BATCH) {
      const batch = plan.create.slice(i, i + BATCH);
      const numbers = await nextArchiveNumbers(tx, batch.length);
      const rows = batch.map((r, j) => newAccountRow(r.values, ownerId, actor.id, numbers[j], checklist));
      const created = (await insertMany(tx, accounts, rows, sql`returning id, name`)) as { id: string; name: string }[];
      options.onProgress?.(i + batch.length, plan.create.length);
      await insertMany(
        tx,
        auditLog,
        created.map((row) => ({ actorId: actor.id, actorName: actor.name, ip: actor.ip ?? null, entityType: 'account', entityId: row.id, accountId: row.id, action: 'create' as const, after: { name: row.name, source: 'import', file: options.fileName ?? null } })),
      );
    }
  });
  // Fresh statistics for the planner after a big import (PGlite has no autovacuum, see db/maintenance.ts).
  if (plan.create.length >= ANALYSE_AFTER_ROWS) await db.execute(sql`analyze accounts`);
  return { ...result, created: plan.create.length, updated: plan.update.length, skipped: plan.skip.length };
}
