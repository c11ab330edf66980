import { inArray } from 'drizzle-orm';
import { STRATEGY_OF, type Quadrant } from '../../../domain/grading/index.ts';
import type { Viewer } from '../../../domain/users/visibility.ts';
import type { Actor } from '../../auth/current-user.ts';
import type { Executor } from '../../db/connection.ts';
import type { ExportColumn, ExportRow } from '../../lib/export/write-table.ts';
import { labelOf, type Locale } from '../../lib/locale-labels.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { users } from '../users/users.schema.ts';
import type { MatrixQuery } from './grading.schemas.ts';
import { screeningMatrix } from './matrix.service.ts';

// GRD-3 quadrant lists as a spreadsheet: the matrix's accounts (all, or one quadrant) with their
// strategy, both axes, where they were before and their last 12 months of sales — sorted by
// quadrant, then sales, the way a director walks through them.
type Column = Omit<ExportColumn, 'header'> & { label: Record<Locale, string> };

const COLUMNS: Column[] = [
  { key: 'quadrant', label: { 'zh-CN': '象限', 'en-US': 'Quadrant' }, width: 14 },
  { key: 'strategy', label: { 'zh-CN': '策略', 'en-US': 'Strategy' }, width: 12 },
  { key: 'accountName', label: { 'zh-CN': '客户名称', 'en-US': 'Account' }, width: 32 },
  { key: 'ownerName', label: { 'zh-CN': '负责人', 'en-US': 'Owner' } },
  { key: 'grade', label: { 'zh-CN': '等级', 'en-US': 'Grade' } },
  { key: 'attractiveness', label: { 'zh-CN': '吸引力', 'en-US': 'Attractiveness' }, type: 'number' },
  { key: 'ability', label: { 'zh-CN': '赢得能力', 'en-US': 'Ability to win' }, type: 'number' },
  { key: 'salesFen', label: { 'zh-CN': '近12个月销售额（元）', 'en-US': 'Sales, last 12 months (CNY)' }, type: 'money' },
  { key: 'evaluatedOn', label: { 'zh-CN': '评估日期', 'en-US': 'Evaluated on' }, type: 'date' },
  { key: 'previousQuadrant', label: { 'zh-CN': '上次象限', 'en-US': 'Previous quadrant' }, width: 14 },
  { key: 'previousEvaluatedOn', label: { 'zh-CN': '上次评估日期', 'en-US': 'Previous evaluation' }, type: 'date' },
];

export const matrixExportColumns = (locale: Locale): ExportColumn[] => COLUMNS.map(({ label, ...column }) => ({ ...column, header: label[locale] }));

const QUADRANT_ORDER: readonly string[] = ['core', 'core_potential', 'general', 'secondary'];

export async function matrixExportRows(db: Executor, actor: Actor, viewer: Viewer, query: MatrixQuery & { quadrant?: Quadrant }, locale: Locale): Promise<ExportRow[]> {
  const matrix = await screeningMatrix(db, viewer, query);
  const items = matrix.items
    .filter((i) => !query.quadrant || i.current.quadrant === query.quadrant)
    .sort((a, b) => QUADRANT_ORDER.indexOf(a.current.quadrant ?? '') - QUADRANT_ORDER.indexOf(b.current.quadrant ?? '') || b.salesFen - a.salesFen);
  const ownerIds = [...new Set(items.map((i) => i.ownerId).filter((id): id is string => id !== null))];
  const owners = ownerIds.length > 0 ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ownerIds)) : [];
  const ownerName = new Map(owners.map((o) => [o.id, o.name]));
  const quadrantName = (q: string | null) => (q ? labelOf(locale, `grading.quadrants.${q}`) : '');
  await recordAudit(db, actor, { entityType: 'matrix_export', entityId: query.modelId, action: 'export', after: { query, rows: items.length } });
  return items.map((i) => ({
    quadrant: quadrantName(i.current.quadrant),
    strategy: i.current.quadrant ? labelOf(locale, `grading.strategies.${STRATEGY_OF[i.current.quadrant as Quadrant]}`) : '',
    accountName: i.accountName,
    ownerName: i.ownerId ? (ownerName.get(i.ownerId) ?? '') : '',
    grade: i.grade ?? '',
    attractiveness: i.current.attractiveness,
    ability: i.current.ability,
    salesFen: i.salesFen,
    evaluatedOn: i.current.evaluatedOn,
    previousQuadrant: quadrantName(i.previous?.quadrant ?? null),
    previousEvaluatedOn: i.previous?.evaluatedOn ?? null,
  }));
}
