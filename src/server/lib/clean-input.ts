import type { FastifyInstance } from 'fastify';
import { AppError, CommonErrors } from './errors.ts';
import { CLEAN_TEXT_MESSAGE, isCleanText } from './schemas.ts';

// Query strings and path parameters never legitimately carry control characters, and PostgreSQL
// refuses a NUL in text outright (a 500 if it got that far). One check for every route, before
// any schema, instead of a refinement on each of a hundred parameters.
export function registerCleanInputCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const errors = [
      ...dirtyStrings(request.query, 'querystring'),
      ...dirtyStrings(request.params, 'params'),
    ];
    if (errors.length > 0) throw new AppError(CommonErrors.VALIDATION_FAILED, undefined, { errors });
  });
}

function dirtyStrings(values: unknown, where: string): { path: string; message: string }[] {
  if (typeof values !== 'object' || values === null) return [];
  return Object.entries(values as Record<string, unknown>)
    .filter(([, value]) => [value].flat().some((v) => typeof v === 'string' && !isCleanText(v)))
    .map(([key]) => ({ path: `${where}.${key}`, message: CLEAN_TEXT_MESSAGE }));
}
