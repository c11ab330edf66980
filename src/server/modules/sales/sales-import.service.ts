import { randomUUID } from 'node:crypto';
import { and, inArray, or, sql } from 'drizzle-orm';
import { parseQuantity } from '../../../domain/sales/parse-quantity.ts';
import { indexCatalogue, matchProduct } from '../../../domain/sales/product-match.ts';
import type { SalesRowErrorCode } from '../../../domain/sales/sales-import-codes.ts';
import { checkSalesLine, type SalesLine } from '../../../domain/sales/sales-line.ts';
import { normaliseCompanyName } from '../../../domain/text/normalise.ts';
import type { Money } from '../../../domain/import/parse-number.ts';
import type { Viewer } from '../../../domain/users/visibility.ts';
import type { Db, Executor } from '../../db/connection.ts';
import type { Actor } from '../../auth/current-user.ts';
import { importError } from '../../lib/import/import.errors.ts';
import { mapColumns, type ColumnMapping, type ExplicitMap } from '../../lib/import/mapping.ts';
import { readTable } from '../../lib/import/read-table.ts';
import { rejectRecords, validateRows, type DryRunReport, type ValidRecord } from '../../lib/import/validate-rows.ts';
import { auditLog } from '../audit/audit.schema.ts';
import { canManage, visibleAccounts } from '../accounts/account-access.ts';
import { accounts, accountTeamMembers } from '../accounts/accounts.schema.ts';
import { activeCatalogue } from '../products/products.service.ts';
import { users } from '../users/users.schema.ts';
import { SALES_IMPORT_FIELDS } from './sales-import.fields.ts';
import { salesRecords } from './sales.schema.ts';

// MNY-2 sales import: upload → mapping → dry run → import, with the account import's engine.
// Each row names an account (credit code, archive no. or name, normalised) that the importer may
// change, and an active product (code, name + specification); a negative quantity must carry the
// return mark. Every problem is reported by row and column, and nothing is written while any
// row has one. All rows go in one transaction, tagged with one import batch id.

export type SalesImportOptions = {
  fileName?: string;
  encoding?: string;
  sheetName?: string;
  map?: ExplicitMap;
  dryRun: boolean;
  onProgress?: (done: number, total: number) => void;
};

export type SalesImportResult = {
  dryRun: boolean;
  format: string;
  encoding: string;
  encodingConfidence: number;
  mapping: ColumnMapping;
  report: DryRunReport;
  created: number;
  batchId: string | null;
};

type AccountRef = { id: string; ownerId: string | null };
type Rejection = { row: number; field: string; value: string; code: SalesRowErrorCode | 'ACCOUNT_UNKNOWN' };

const BATCH = 2_000;

const lookupKey = (value: string) => (/^[0-9A-Z]{18}$|^KA\d+$/i.test(value.trim()) ? value.trim().toUpperCase() : normaliseCompanyName(value));

// Account keys → accounts the viewer may change (a read grant shows an account but does not open
// it for changes), by normalised name, credit code and archive number.
async function editableAccountsByKey(db: Executor, viewer: Viewer, keys: string[]): Promise<Map<string, AccountRef>> {
  const byKey = new Map<string, AccountRef>();
  for (let i = 0; i < keys.length; i += 5_000) {
    const chunk = keys.slice(i, i + 5_000);
    const upper = chunk.map((k) => k.trim().toUpperCase());
    const rows = await db
      .select({
        id: accounts.id,
        nameKey: accounts.nameKey,
        creditCode: accounts.creditCode,
        archiveNo: accounts.archiveNo,
        ownerId: accounts.ownerId,
        isTeam: sql<boolean>`exists (select 1 from ${accountTeamMembers} where ${accountTeamMembers.accountId} = ${accounts.id} and ${accountTeamMembers.userId} = ${viewer.id})`,
      })
      .from(accounts)
      .where(and(visibleAccounts(viewer), or(inArray(accounts.nameKey, chunk.map(normaliseCompanyName)), inArray(accounts.creditCode, upper), inArray(accounts.archiveNo, upper))));
    for (const r of rows.filter((a) => a.isTeam || a.ownerId === viewer.id || canManage(viewer, a.ownerId))) {
      const ref = { id: r.id, ownerId: r.ownerId };
      byKey.set(r.nameKey, ref);
      if (r.creditCode) byKey.set(r.creditCode, ref);
      byKey.set(r.archiveNo, ref);
    }
  }
  return byKey;
}

// 业务员 by username, or by name when exactly one user has it.
async function salespeopleByName(db: Executor, names: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (names.length === 0) return found;
  const rows = await db
    .select({ id: users.id, name: users.name, username: users.username })
    .from(users)
    .where(or(inArray(users.name, names), inArray(users.username, names.map((n) => n.toLowerCase()))));
  for (const name of names) {
    const byUsername = rows.find((u) => u.username === name.toLowerCase());
    const byName = rows.filter((u) => u.name === name);
    if (byUsername) found.set(name, byUsername.id);
    else if (byName.length === 1) found.set(name, byName[0].id);
  }
  return found;
}

type Planned = { row: number; accountId: string; productId: string; soldOn: string; salespersonId: string | null; note: string | null; line: SalesLine };

const amountOf = (value: unknown) => (value as Money | null | undefined)?.amount ?? null;

// The second pass: accounts, products, salespeople and the line rules of each valid row.
async function planRows(db: Executor, viewer: Viewer, records: ValidRecord[], cellOf: (row: number, field: string) => string) {
  const text = (r: ValidRecord, key: string) => (r.values[key] === null || r.values[key] === undefined ? null : String(r.values[key]));
  const [accountsFound, catalogue, people] = await Promise.all([
    editableAccountsByKey(db, viewer, [...new Set(records.map((r) => text(r, 'account')!))]),
    activeCatalogue(db).then(indexCatalogue),
    salespeopleByName(db, [...new Set(records.map((r) => text(r, 'salesperson')).filter((n): n is string => n !== null))]),
  ]);
  const rejections: Rejection[] = [];
  const planned: Planned[] = [];
  for (const r of records) {
    const reject = (field: string, code: Rejection['code'], value = cellOf(r.row, field)) => rejections.push({ row: r.row, field, value, code });
    const before = rejections.length;
    const account = accountsFound.get(lookupKey(text(r, 'account')!));
    if (!account) reject('account', 'ACCOUNT_UNKNOWN');
    const product = matchProduct(catalogue, text(r, 'product')!, text(r, 'spec'));
    if ('error' in product) reject('product', product.error, [text(r, 'product'), text(r, 'spec')].filter(Boolean).join(' '));
    const salespersonName = text(r, 'salesperson');
    const salespersonId = salespersonName ? (people.get(salespersonName) ?? null) : (account?.ownerId ?? null);
    if (salespersonName && !salespersonId) reject('salesperson', 'SALESPERSON_UNKNOWN');
    const quantity = parseQuantity(text(r, 'quantity')!);
    if (!quantity.ok) {
      reject('quantity', quantity.reason);
      continue;
    }
    const result = checkSalesLine({
      quantity: quantity.value,
      isReturn: r.values.isReturn === true,
      unitPriceFen: amountOf(r.values.unitPrice),
      amountFen: amountOf(r.values.amount),
      costFen: amountOf(r.values.cost),
      paidFen: amountOf(r.values.paid),
    });
    // The rules name domain fields; the report names the file's columns.
    const column = { quantity: 'quantity', unitPriceFen: 'unitPrice', amountFen: 'amount', costFen: 'cost', paidFen: 'paid' } as const;
    // AMOUNT_MISSING names the amount column even when the file has none: the report then shows
    // the quantity's place.
    if (!result.ok) for (const e of result.errors) reject(column[e.field], e.code);
    if (rejections.length > before || !result.ok || !account || 'error' in product) continue;
    planned.push({ row: r.row, accountId: account.id, productId: product.id, soldOn: String(r.values.soldOn), salespersonId, note: text(r, 'note'), line: result.line });
  }
  return { rejections, planned };
}

export async function importSales(db: Db, actor: Actor, viewer: Viewer, bytes: Uint8Array, options: SalesImportOptions): Promise<SalesImportResult> {
  const table = await readTable(bytes, { fileName: options.fileName, encoding: options.encoding, sheetName: options.sheetName });
  const mapping = mapColumns(table.headers, SALES_IMPORT_FIELDS, options.map);
  const first = validateRows(table, mapping, SALES_IMPORT_FIELDS);
  // Rejections quote the cell as the file has it.
  const cells = new Map(table.rows.map((r) => [r.row, r.cells]));
  const columns = new Map(mapping.columns.map((c) => [c.field, c.column]));
  const cellOf = (row: number, field: string) => {
    const column = columns.get(field);
    return column === undefined ? '' : (cells.get(row)?.[column] ?? '');
  };
  const { rejections, planned } = await planRows(db, viewer, first.records, cellOf);
  const validation = rejectRecords(first, rejections, mapping);
  const result: SalesImportResult = {
    dryRun: options.dryRun,
    format: table.format,
    encoding: table.encoding,
    encodingConfidence: table.encodingConfidence,
    mapping,
    report: validation.report,
    created: 0,
    batchId: null,
  };
  if (options.dryRun) return result;
  if (validation.report.errorCount > 0) throw importError('IMPORT_HAS_ERRORS', `${validation.report.errorCount} errors in ${validation.report.invalid} rows`);
  const batchId = randomUUID();
  await db.transaction(async (tx) => {
    for (let i = 0; i < planned.length; i += BATCH) {
      const rows = planned.slice(i, i + BATCH).map((p) => ({
        ...p.line,
        accountId: p.accountId,
        productId: p.productId,
        soldOn: p.soldOn,
        salespersonId: p.salespersonId,
        note: p.note,
        source: 'import' as const,
        importBatchId: batchId,
        createdBy: actor.id,
      }));
      await tx.insert(salesRecords).values(rows);
      options.onProgress?.(i + rows.length, planned.length);
    }
    // One audit entry per account and import: who brought how many records, in which batch.
    const perAccount = new Map<string, { rows: number; amountFen: number }>();
    for (const p of planned) {
      const sums = perAccount.get(p.accountId) ?? { rows: 0, amountFen: 0 };
      perAccount.set(p.accountId, { rows: sums.rows + 1, amountFen: sums.amountFen + p.line.amountFen });
    }
    const entries = [...perAccount].map(([accountId, sums]) => ({
      actorId: actor.id,
      actorName: actor.name,
      ip: actor.ip ?? null,
      entityType: 'sales_import',
      entityId: batchId,
      accountId,
      action: 'create',
      after: { ...sums, batchId, file: options.fileName ?? null },
    }));
    for (let i = 0; i < entries.length; i += BATCH) await tx.insert(auditLog).values(entries.slice(i, i + BATCH));
  });
  return { ...result, created: planned.length, batchId };
}
