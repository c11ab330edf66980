import type { Viewer } from '../../../domain/users/visibility.ts';
import type { Executor } from '../../db/connection.ts';
import type { Actor } from '../../auth/current-user.ts';
import type { ExportColumn, ExportRow } from '../../lib/export/write-table.ts';
import { labelOf, type Locale } from '../../lib/locale-labels.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { listAccounts } from './accounts.service.ts';
import type { ListAccountsQuery } from './accounts.schemas.ts';

// ARC-8 export of the current list view: the same filters, the same visibility, in the user's
// language. Rows are read page by page, so a large export does not sit in memory.
export const MAX_EXPORT_ROWS = 100_000;
const PAGE = 1_000;

type Column = ExportColumn & { label: Record<Locale, string>; list?: string };

const COLUMNS: Column[] = [
  { key: 'archiveNo', label: { 'zh-CN': '档案编号', 'en-US': 'Archive no.' }, header: '', width: 16 },
  { key: 'name', label: { 'zh-CN': '客户名称', 'en-US': 'Account name' }, header: '', width: 36 },
  { key: 'creditCode', label: { 'zh-CN': '统一社会信用代码', 'en-US': 'Credit code' }, header: '', width: 22 },
  { key: 'lifecycleStage', label: { 'zh-CN': '客户阶段', 'en-US': 'Stage' }, header: '', list: 'account.stage' },
  { key: 'industry', label: { 'zh-CN': '行业', 'en-US': 'Industry' }, header: '', list: 'account.industry' },
  { key: 'region', label: { 'zh-CN': '地区', 'en-US': 'Region' }, header: '', list: 'account.region' },
  { key: 'ownership', label: { 'zh-CN': '公司性质', 'en-US': 'Ownership' }, header: '', list: 'account.ownership' },
  { key: 'customerType', label: { 'zh-CN': '客户类型', 'en-US': 'Customer type' }, header: '', list: 'account.customerType' },
  { key: 'ownerName', label: { 'zh-CN': '负责人', 'en-US': 'Owner' }, header: '' },
  { key: 'phone', label: { 'zh-CN': '电话', 'en-US': 'Phone' }, header: '' },
  { key: 'address', label: { 'zh-CN': '地址', 'en-US': 'Address' }, header: '', width: 36 },
  { key: 'legalRepresentative', label: { 'zh-CN': '法定代表人', 'en-US': 'Legal representative' }, header: '' },
  { key: 'registeredCapitalFen', label: { 'zh-CN': '注册资本（元）', 'en-US': 'Registered capital (CNY)' }, header: '', type: 'money' },
  { key: 'employeesTotal', label: { 'zh-CN': '职工人数', 'en-US': 'Employees' }, header: '', type: 'number' },
  { key: 'foundedOn', label: { 'zh-CN': '成立日期', 'en-US': 'Founded' }, header: '', type: 'date' },
  { key: 'tags', label: { 'zh-CN': '标签', 'en-US': 'Tags' }, header: '' },
  { key: 'completeness', label: { 'zh-CN': '档案完整度（%）', 'en-US': 'Completeness (%)' }, header: '', type: 'number' },
  { key: 'updatedAt', label: { 'zh-CN': '更新时间', 'en-US': 'Updated' }, header: '', type: 'datetime' },
];

export const exportColumns = (locale: Locale): ExportColumn[] =>
  COLUMNS.map(({ label, list: _list, ...column }) => ({ ...column, header: label[locale] }));

const toRow = (locale: Locale) => (account: Record<string, unknown>): ExportRow =>
  Object.fromEntries(
    COLUMNS.map((c) => {
      const value = account[c.key];
      if (c.list && typeof value === 'string') return [c.key, labelOf(locale, `${c.list}.${value}`)];
      if (Array.isArray(value)) return [c.key, value.join('、')];
      return [c.key, value];
    }),
  );

export async function* exportAccountRows(db: Executor, actor: Actor, viewer: Viewer, query: ListAccountsQuery, locale: Locale): AsyncGenerator<ExportRow> {
  let exported = 0;
  for (let offset = 0; offset < MAX_EXPORT_ROWS; offset += PAGE) {
    const { items } = await listAccounts(db, viewer, { ...query, limit: PAGE, offset });
    for (const item of items) yield toRow(locale)(item);
    exported += items.length;
    if (items.length < PAGE) break;
  }
  // An export reads many archives at once: one audit row says who took which view, and how many.
  await recordAudit(db, actor, { entityType: 'account_export', entityId: viewer.id, action: 'export', after: { query, rows: exported } });
}
