import type { Viewer } from '../../../domain/users/visibility.ts';
import type { Actor } from '../../auth/current-user.ts';
import type { Executor } from '../../db/connection.ts';
import { isFormulaLike } from '../../lib/export/write-table.ts';
import { labelOf, type Locale } from '../../lib/locale-labels.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Composition, CompositionDimension, CompositionQuery } from './composition.schemas.ts';
import { composition } from './composition.service.ts';

// GRD-5 composition as a workbook: the chosen breakdown, the 80/20 curve, and the accounts by
// grade and by quadrant, in the caller's language. A few hundred rows at most, so it is built in
// memory; amounts are typed cells in yuan, shares numbers in percent.

type Sheet = { name: string; columns: { header: string; width: number; format?: string }[]; rows: (string | number | null)[][] };

const YUAN = '#,##0.00';
const PERCENT = '0.00';

// Labels of coded keys from the locale files the UI uses; a missing value reads 未填/none.
const LISTS: Partial<Record<CompositionDimension, string>> = { quadrant: 'grading.quadrants', region: 'account.region', industry: 'account.industry' };

export function keyLabel(locale: Locale, by: CompositionDimension, key: string | null, label: string | null): string {
  if (key === null) return labelOf(locale, by === 'grade' || by === 'quadrant' ? 'composition.ungraded' : 'composition.none');
  const list = LISTS[by];
  return list ? labelOf(locale, `${list}.${key}`) : (label ?? key);
}

const t = (locale: Locale, key: string) => labelOf(locale, `composition.export.${key}`);
const yuan = (fen: number) => fen / 100;

export function compositionSheets(c: Composition, locale: Locale): Sheet[] {
  const dimension = labelOf(locale, `composition.by.${c.by}`);
  const breakdown: Sheet = {
    name: dimension,
    columns: [
      { header: dimension, width: 30 },
      { header: t(locale, 'amount'), width: 18, format: YUAN },
      { header: t(locale, 'share'), width: 12, format: PERCENT },
      { header: t(locale, 'cumulativeShare'), width: 14, format: PERCENT },
      { header: t(locale, 'accounts'), width: 10 },
      { header: t(locale, 'accountShare'), width: 14, format: PERCENT },
    ],
    rows: [
      ...c.rows.map((r) => [keyLabel(locale, c.by, r.key, r.label), yuan(r.amountFen), r.sharePercent, r.cumulativeSharePercent, r.accountCount, r.accountPercent]),
      [t(locale, 'total'), yuan(c.totalFen), c.totalFen > 0 ? 100 : null, null, c.accountCount, c.accountCount > 0 ? 100 : null],
    ],
  };
  const pareto: Sheet = {
    name: t(locale, 'paretoSheet'),
    columns: [
      { header: t(locale, 'rank'), width: 10 },
      { header: t(locale, 'accountsPercent'), width: 16, format: PERCENT },
      { header: t(locale, 'salesPercent'), width: 16, format: PERCENT },
      { header: t(locale, 'accountAmount'), width: 18, format: YUAN },
    ],
    rows: [
      ...c.pareto.points.map((p) => [p.rank, p.accountsPercent, p.salesPercent, yuan(p.amountFen)]),
      [],
      [
        c.pareto.accountsForTarget === null
          ? t(locale, 'noSales')
          : labelOf(locale, 'composition.pareto.summary')
              .replace('{{count}}', String(c.pareto.accountsForTarget))
              .replace('{{total}}', String(c.pareto.accountCount))
              .replace('{{percent}}', String(c.pareto.accountsForTargetPercent))
              .replace('{{target}}', String(c.pareto.targetPercent)),
      ],
    ],
  };
  const shareRows = (by: 'grade' | 'quadrant', list: Composition['accountShares']['grades']) => list.map((s) => [labelOf(locale, `composition.by.${by}`), keyLabel(locale, by, s.key, s.key), s.count, s.percent]);
  const accountShares: Sheet = {
    name: t(locale, 'accountsSheet'),
    columns: [
      { header: t(locale, 'dimension'), width: 12 },
      { header: t(locale, 'group'), width: 20 },
      { header: t(locale, 'accounts'), width: 10 },
      { header: t(locale, 'accountShare'), width: 14, format: PERCENT },
    ],
    rows: [...shareRows('grade', c.accountShares.grades), ...shareRows('quadrant', c.accountShares.quadrants)],
  };
  return [breakdown, pareto, accountShares];
}

const sheetName = (name: string) => name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);

export async function workbookBytes(sheets: Sheet[], periodLine: string): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  for (const s of sheets) {
    const sheet = workbook.addWorksheet(sheetName(s.name), { views: [{ state: 'frozen', ySplit: 2 }] });
    sheet.addRow([periodLine]);
    sheet.addRow(s.columns.map((c) => c.header)).font = { bold: true };
    s.columns.forEach((c, i) => {
      sheet.getColumn(i + 1).width = c.width;
      if (c.format) sheet.getColumn(i + 1).numFmt = c.format;
    });
    for (const values of s.rows) {
      const row = sheet.addRow(values);
      // Product names and categories are user text: never let one become a formula.
      values.forEach((v, i) => {
        if (typeof v === 'string' && isFormulaLike(v)) row.getCell(i + 1).numFmt = '@';
      });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function compositionWorkbook(db: Executor, actor: Actor, viewer: Viewer, query: CompositionQuery, locale: Locale) {
  const result = await composition(db, viewer, query);
  const periodLine = `${t(locale, 'period')}: ${result.from} – ${result.to}`;
  const bytes = await workbookBytes(compositionSheets(result, locale), periodLine);
  await recordAudit(db, actor, { entityType: 'composition_export', entityId: viewer.id, action: 'export', after: { query, rows: result.rows.length } });
  const fileName = `${t(locale, 'fileName')}-${result.from}-${result.to}.xlsx`;
  return { bytes, fileName };
}
