import { asc, desc, eq, type AnyColumn, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { AppError, CommonErrors } from './errors.ts';

// List conventions (ARCHITECTURE.md): limit (default 50, max 200), offset, sort=field | -field.
export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  sort: z.string().max(64).optional(),
};

export const listResponse = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

// ORDER BY only from an allow-list (T3): unknown fields are a 400 naming `sort`.
export function orderBy(sort: string | undefined, allowed: Record<string, AnyColumn | SQL>, fallback: string): SQL[] {
  const spec = sort ?? fallback;
  const isDesc = spec.startsWith('-');
  const field = isDesc ? spec.slice(1) : spec;
  const column = allowed[field];
  if (!column) {
    throw new AppError(CommonErrors.VALIDATION_FAILED, undefined, {
      errors: [{ path: 'querystring.sort', message: `Sort by one of: ${Object.keys(allowed).join(', ')}` }],
    });
  }
  return [isDesc ? desc(column) : asc(column)];
}

// Escapes LIKE wildcards in user search text.
export const likePattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

// A list filter that applies only when the parameter was given (an empty one counts as not given):
// `and()` drops the undefined ones.
export const eqIf = <T>(column: AnyColumn, value: T | undefined): SQL | undefined =>
  value === undefined || value === '' ? undefined : eq(column, value);
