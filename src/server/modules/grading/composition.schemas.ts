import { z } from 'zod';
import { LOCALES } from '../../lib/locale-labels.ts';
import { text } from '../../lib/schemas.ts';

// GRD-5 customer composition (客户构成分析): request and response shapes.
export const COMPOSITION_DIMENSIONS = ['grade', 'quadrant', 'product', 'category', 'region', 'industry'] as const;
export type CompositionDimension = (typeof COMPOSITION_DIMENSIONS)[number];

// Longest period one analysis covers: ten years of sales records is already far more than anyone
// compares at once, and it bounds the work of one request.
export const MAX_PERIOD_YEARS = 10;

const day = z.iso.date().refine((d) => d >= '1990-01-01' && d <= '2100-12-31', 'between 1990 and 2100');

const filterFields = {
  // Inclusive dates; without them the 12 months up to today (the grading's "year").
  from: day.optional(),
  to: day.optional(),
  by: z.enum(COMPOSITION_DIMENSIONS).default('grade'),
  ownerId: z.uuid().optional(),
  region: text(100).optional(),
  industry: text(100).optional(),
};

// from ≤ to and at most ten years, checked here so that the 400 names the field (zod runs this
// even when a date failed its own check: then there is nothing to compare).
const isDay = (d: string | undefined): d is string => d !== undefined && day.safeParse(d).success;
const periodRule = (q: { from?: string; to?: string }, ctx: z.RefinementCtx) => {
  if (!isDay(q.from) || !isDay(q.to)) return;
  if (q.from > q.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
  else if (yearsLater(q.from, MAX_PERIOD_YEARS) <= q.to) ctx.addIssue({ code: 'custom', path: ['to'], message: `the period is longer than ${MAX_PERIOD_YEARS} years` });
};

// The same calendar day n years later, as text (29 February stays 29 February: compared as text,
// that is still the right bound).
export const yearsLater = (date: string, years: number): string => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

export const compositionQuery = z.object(filterFields).superRefine(periodRule);
export type CompositionQuery = z.infer<typeof compositionQuery>;

export const compositionExportQuery = z.object({ ...filterFields, lang: z.enum(LOCALES).default('zh-CN') }).superRefine(periodRule);

const percent = z.number().nullable();

const shareRow = z
  .object({
    // null: accounts or sales without a value for the dimension (ungraded, no region …).
    key: z.string().nullable(),
    // The product's name and specification, the category; for coded lists (grade, quadrant,
    // region, industry) the code itself, which the UI labels in its language.
    label: z.string().nullable(),
    amountFen: z.number().int(),
    // Percent of the period's total sales, two decimals; null when the total is not positive.
    sharePercent: percent,
    cumulativeSharePercent: percent,
    // Accounts with sales in the period in this group, and their percent of all such accounts.
    accountCount: z.number().int(),
    accountPercent: z.number(),
  })
  .meta({ id: 'CompositionRow' });

const paretoPoint = z.object({
  rank: z.number().int(),
  accountsPercent: z.number(),
  salesPercent: z.number(),
  amountFen: z.number().int(),
});

const accountShare = z.object({ key: z.string().nullable(), count: z.number().int(), percent: z.number() });

export const compositionSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    by: z.enum(COMPOSITION_DIMENSIONS),
    totalFen: z.number().int(),
    // Accounts with at least one sales record in the period.
    accountCount: z.number().int(),
    rows: z.array(shareRow),
    pareto: z.object({
      targetPercent: z.number(),
      accountCount: z.number().int(),
      // The fewest top accounts that make the target share of sales (null: no sales).
      accountsForTarget: z.number().int().nullable(),
      accountsForTargetPercent: z.number().nullable(),
      // The curve of accounts ranked by sales, at most 200 points (rank 1, the crossing, the last).
      points: z.array(paretoPoint),
    }),
    // Every account in scope (with or without sales) by its current grade and quadrant.
    accountShares: z.object({ total: z.number().int(), grades: z.array(accountShare), quadrants: z.array(accountShare) }),
  })
  .meta({ id: 'Composition' });
export type Composition = z.infer<typeof compositionSchema>;
