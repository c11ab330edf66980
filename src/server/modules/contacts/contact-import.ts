import { and, inArray, or, sql } from 'drizzle-orm';
import { ATTITUDES, BUYING_ROLES, DECISION_STYLES } from '../../../domain/contacts/lists.ts';
import { parseEmail, parsePhone } from '../../../domain/import/parse-contact.ts';
import { parseDate } from '../../../domain/import/parse-date.ts';
import { parseInteger } from '../../../domain/import/parse-number.ts';
import { parseEnum, parseText } from '../../../domain/import/parse-values.ts';
import { normaliseCompanyName } from '../../../domain/text/normalise.ts';
import type { Viewer } from '../../../domain/users/visibility.ts';
import type { Db, Executor } from '../../db/connection.ts';
import type { Actor } from '../../auth/current-user.ts';
import { mapColumns, type ColumnMapping, type ExplicitMap } from '../../lib/import/mapping.ts';
import { readTable } from '../../lib/import/read-table.ts';
import { rejectRecords, validateRows, type DryRunReport, type FieldSpec } from '../../lib/import/validate-rows.ts';
import { importError } from '../../lib/import/import.errors.ts';
import { enumOptions } from '../../lib/locale-labels.ts';
import { searchTextOf } from '../../lib/search-text.ts';
import { auditLog } from '../audit/audit.schema.ts';
import { accounts, accountTeamMembers } from '../accounts/accounts.schema.ts';
import { canManage, visibleAccounts } from '../accounts/account-access.ts';
import { contacts } from './contacts.schema.ts';

// ARC-8 contacts import: each row names its account by name, credit code or archive number;
// rows whose account the importer cannot change are reported, and then nothing is written.
const text = (maxLength: number) => (t: string) => parseText(t, { maxLength, multiline: maxLength > 300 });
const listField = (prefix: string, ids: readonly string[], synonyms: Record<string, string[]> = {}) => {
  const options = enumOptions(prefix, ids, synonyms);
  return (t: string) => parseEnum(t, options);
};

export const CONTACT_IMPORT_FIELDS: FieldSpec[] = [
  { key: 'account', labels: ['客户名称', '公司名称', '所属客户', '客户', '统一社会信用代码', '档案编号', 'Account'], required: true, parse: text(200) },
  { key: 'name', labels: ['姓名', '联系人', '联系人姓名', 'Name', 'Contact'], required: true, parse: text(100) },
  { key: 'title', labels: ['职位', '职务', 'Title'], parse: text(100) },
  { key: 'department', labels: ['部门', 'Department'], parse: text(100) },
  { key: 'mobile', labels: ['手机', '手机号', 'Mobile'], parse: (t) => parsePhone(t) },
  { key: 'phone', labels: ['电话', '办公电话', 'Phone'], parse: (t) => parsePhone(t) },
  { key: 'email', labels: ['邮箱', '电子邮件', 'E-mail', 'Email'], parse: parseEmail },
  { key: 'wechat', labels: ['微信', 'WeChat'], parse: text(100) },
  { key: 'birthDate', labels: ['出生日期', '生日', 'Birthday'], parse: (t) => parseDate(t) },
  { key: 'education', labels: ['教育经历', '学历', 'Education'], parse: text(200) },
  { key: 'hobbies', labels: ['兴趣爱好', '爱好', 'Hobbies'], parse: text(1000) },
  { key: 'buyingRole', labels: ['采购角色', '决策角色', 'Buying role'], parse: listField('contact.buyingRole', BUYING_ROLES) },
  { key: 'decisionStyle', labels: ['决策风格', 'Decision style'], parse: listField('contact.decisionStyle', DECISION_STYLES) },
  { key: 'attitude', labels: ['态度', '对我方态度', 'Attitude'], parse: listField('contact.attitude', ATTITUDES, { supporter: ['支持者', '支持我方'], opponent: ['反对者'], neutral: ['中立者'] }) },
  { key: 'influence', labels: ['影响力', 'Influence'], parse: (t) => parseInteger(t, { min: 1, max: 5 }) },
  { key: 'notes', labels: ['备注', 'Notes'], parse: text(5000) },
];

// Account keys → ids among the accounts the viewer may change (grants are read-only).
async function accountsByKey(db: Executor, viewer: Viewer, keys: string[]): Promise<Map<string, string>> {
  const byKey = new Map<string, string>();
  for (let i = 0; i < keys.length; i += 5_000) {
    const chunk = keys.slice(i, i + 5_000);
    const upper = chunk.map((k) => k.toUpperCase());
    const names = chunk.map(normaliseCompanyName);
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
      .where(and(visibleAccounts(viewer), or(inArray(accounts.nameKey, names), inArray(accounts.creditCode, upper), inArray(accounts.archiveNo, upper))));
    // A read grant shows an account but does not open it for changes.
    const editable = rows.filter((r) => r.isTeam || r.ownerId === viewer.id || canManage(viewer, r.ownerId));
    for (const r of editable) {
      byKey.set(r.nameKey, r.id);
      if (r.creditCode) byKey.set(r.creditCode, r.id);
      byKey.set(r.archiveNo, r.id);
    }
  }
  return byKey;
}

const lookupKey = (value: string) => (/^[0-9A-Z]{18}$|^KA\d+$/i.test(value.trim()) ? value.trim().toUpperCase() : normaliseCompanyName(value));

export type ContactImportResult = { dryRun: boolean; format: string; encoding: string; mapping: ColumnMapping; report: DryRunReport; created: number; accountIds: string[] };

export async function importContacts(
  db: Db,
  actor: Actor,
  viewer: Viewer,
  bytes: Uint8Array,
  options: { fileName?: string; encoding?: string; sheetName?: string; map?: ExplicitMap; dryRun: boolean },
): Promise<ContactImportResult> {
  const table = await readTable(bytes, options);
  const mapping = mapColumns(table.headers, CONTACT_IMPORT_FIELDS, options.map);
  let validation = validateRows(table, mapping, CONTACT_IMPORT_FIELDS);
  const keys = [...new Set(validation.records.map((r) => String(r.values.account)))];
  const found = await accountsByKey(db, viewer, keys);
  const missing = validation.records.filter((r) => !found.has(lookupKey(String(r.values.account))));
  validation = rejectRecords(validation, missing.map((r) => ({ row: r.row, field: 'account', value: String(r.values.account), code: 'ACCOUNT_UNKNOWN' as const })), mapping);
  const result = { dryRun: options.dryRun, format: table.format, encoding: table.encoding, mapping, report: validation.report, created: 0, accountIds: [] as string[] };
  if (options.dryRun) return result;
  if (validation.report.errorCount > 0) throw importError('IMPORT_HAS_ERRORS', `${validation.report.errorCount} errors in ${validation.report.invalid} rows`);
  await db.transaction(async (tx) => {
    for (let i = 0; i < validation.records.length; i += 1_000) {
      const rows = validation.records.slice(i, i + 1_000).map(({ values }) => {
        const { account, ...fields } = values as Record<string, string | number | null>;
        const clean = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null)) as unknown as Omit<typeof contacts.$inferInsert, 'accountId'>;
        return { ...clean, accountId: found.get(lookupKey(String(account)))!, searchText: searchTextOf(String(fields.name), [fields.mobile as string, fields.phone as string, fields.email as string]), createdBy: actor.id };
      });
      const created = await tx.insert(contacts).values(rows).returning({ id: contacts.id, accountId: contacts.accountId, name: contacts.name });
      await tx.insert(auditLog).values(
        created.map((c) => ({ actorId: actor.id, actorName: actor.name, ip: actor.ip ?? null, entityType: 'contact', entityId: c.id, accountId: c.accountId, action: 'create', after: { name: c.name, source: 'import' } })),
      );
    }
  });
  const accountIds = [...new Set(validation.records.map((r) => found.get(lookupKey(String(r.values.account)))!))];
  return { ...result, created: validation.records.length, accountIds };
}
