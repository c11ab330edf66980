import type { Viewer } from '../../../domain/users/visibility.ts';
import type { Executor } from '../../db/connection.ts';
import type { Actor } from '../../auth/current-user.ts';
import type { ExportColumn, ExportRow } from '../../lib/export/write-table.ts';
import type { Locale } from '../../lib/locale-labels.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { listSales } from './sales.service.ts';
import type { ListSalesQuery } from './sales.schemas.ts';

// MNY-2 export of the sales list as filtered and sorted, in the user's language, with the same
// visibility. Rows are read page by page; text cells go through the writer's formula guard.
export const MAX_SALES_EXPORT_ROWS = 200_000;
const PAGE = 1_000;

type Column = ExportColumn & { label: Record<Locale, string> };

const COLUMNS: Column[] = [
  { key: 'soldOn', label: { 'zh-CN': '日期', 'en-US': 'Date' }, header: '', type: 'date' },
  { key: 'accountName', label: { 'zh-CN': '客户名称', 'en-US': 'Account' }, header: '', width: 32 },
  { key: 'productName', label: { 'zh-CN': '产品名称', 'en-US': 'Product' }, header: '', width: 24 },
  { key: 'productSpec', label: { 'zh-CN': '规格', 'en-US': 'Specification' }, header: '' },
  { key: 'productCategory', label: { 'zh-CN': '类别', 'en-US': 'Category' }, header: '' },
  { key: 'quantity', label: { 'zh-CN': '数量', 'en-US': 'Quantity' }, header: '', type: 'number' },
  { key: 'productUnit', label: { 'zh-CN': '单位', 'en-US': 'Unit' }, header: '' },
  { key: 'unitPriceFen', label: { 'zh-CN': '单价（元）', 'en-US': 'Unit price (CNY)' }, header: '', type: 'money' },
  { key: 'amountFen', label: { 'zh-CN': '金额（元）', 'en-US': 'Amount (CNY)' }, header: '', type: 'money' },
  { key: 'costFen', label: { 'zh-CN': '成本（元）', 'en-US': 'Cost (CNY)' }, header: '', type: 'money' },
  { key: 'marginFen', label: { 'zh-CN': '毛利（元）', 'en-US': 'Margin (CNY)' }, header: '', type: 'money' },
  { key: 'paidFen', label: { 'zh-CN': '已付金额（元）', 'en-US': 'Paid (CNY)' }, header: '', type: 'money' },
  { key: 'outstandingFen', label: { 'zh-CN': '未付金额（元）', 'en-US': 'Outstanding (CNY)' }, header: '', type: 'money' },
  { key: 'isReturn', label: { 'zh-CN': '退货', 'en-US': 'Return' }, header: '' },
  { key: 'salespersonName', label: { 'zh-CN': '业务员', 'en-US': 'Salesperson' }, header: '' },
  { key: 'note', label: { 'zh-CN': '备注', 'en-US': 'Note' }, header: '', width: 30 },
];

export const salesExportColumns = (locale: Locale): ExportColumn[] => COLUMNS.map(({ label, ...column }) => ({ ...column, header: label[locale] }));

const YES_NO: Record<Locale, [string, string]> = { 'zh-CN': ['是', '否'], 'en-US': ['yes', 'no'] };

const toRow = (locale: Locale) => (record: Record<string, unknown>): ExportRow =>
  Object.fromEntries(COLUMNS.map((c) => [c.key, c.key === 'isReturn' ? YES_NO[locale][record.isReturn ? 0 : 1] : record[c.key]]));

export async function* exportSalesRows(db: Executor, actor: Actor, viewer: Viewer, query: ListSalesQuery, locale: Locale): AsyncGenerator<ExportRow> {
  let exported = 0;
  for (let offset = 0; offset < MAX_SALES_EXPORT_ROWS; offset += PAGE) {
    const { items } = await listSales(db, viewer, { ...query, limit: PAGE, offset });
    for (const item of items) yield toRow(locale)(item);
    exported += items.length;
    if (items.length < PAGE) break;
  }
  await recordAudit(db, actor, { entityType: 'sales_export', entityId: viewer.id, action: 'export', after: { query, rows: exported } });
}
