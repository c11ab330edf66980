import type { CompositionDimension, CompositionQuery } from '../../../api/composition.queries.ts';

// The composition page's state in the address (a view can be shared): period in whole months,
// dimension, and the owner/region/industry filters.
export const DIMENSIONS: readonly CompositionDimension[] = ['grade', 'product', 'region', 'industry', 'quadrant', 'category'];

export type CompositionState = { from: string; to: string; by: CompositionDimension; ownerId: string | null; region: string | null; industry: string | null };

const pad = (n: number) => String(n).padStart(2, '0');
const monthEnd = (year: number, month: number) => `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;

// The 12 months up to and including this one: 2025-12-01…2026-11-30 in November 2026.
export function lastTwelveMonths(today: Date): { from: string; to: string } {
  const y = today.getFullYear();
  const m = today.getMonth() + 1;
  const start = new Date(Date.UTC(y, m - 12, 1));
  return { from: `${start.getUTCFullYear()}-${pad(start.getUTCMonth() + 1)}-01`, to: monthEnd(y, m) };
}

export const yearPeriod = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

// First day of a month and last day of a month, from any day in them (YYYY-MM-DD).
export const monthStartOf = (day: string) => `${day.slice(0, 7)}-01`;
export const monthEndOf = (day: string) => monthEnd(Number(day.slice(0, 4)), Number(day.slice(5, 7)));

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const text = (params: URLSearchParams, key: string) => params.get(key) || null;

export function readCompositionState(params: URLSearchParams, today: Date): CompositionState {
  const fallback = lastTwelveMonths(today);
  const from = text(params, 'from');
  const to = text(params, 'to');
  const by = text(params, 'by') as CompositionDimension | null;
  return {
    from: from && DAY.test(from) ? from : fallback.from,
    to: to && DAY.test(to) ? to : fallback.to,
    by: by && DIMENSIONS.includes(by) ? by : 'grade',
    ownerId: text(params, 'ownerId'),
    region: text(params, 'region'),
    industry: text(params, 'industry'),
  };
}

export function writeCompositionState(state: CompositionState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['from', 'to', 'by', 'ownerId', 'region', 'industry'] as const) {
    const value = state[key];
    if (value) params.set(key, value);
  }
  return params;
}

export function compositionQueryOf(state: CompositionState): CompositionQuery {
  return {
    from: state.from,
    to: state.to,
    by: state.by,
    ...(state.ownerId ? { ownerId: state.ownerId } : {}),
    ...(state.region ? { region: state.region } : {}),
    ...(state.industry ? { industry: state.industry } : {}),
  };
}

// The spreadsheet of the same view, headers in the user's language.
export function compositionExportHref(query: CompositionQuery, lang: string): string {
  const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined) as [string, string][]);
  params.set('lang', lang);
  return `/api/v1/grading/composition/export?${params.toString()}`;
}
