import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, CommonErrors, type FieldError } from './errors.ts';

// RFC 9457 problem details. Everything the API returns as an error goes through here.
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  errors?: FieldError[];
};

const send = (reply: FastifyReply, problem: Problem, headers: Record<string, string> = {}) =>
  reply.status(problem.status).headers(headers).type('application/problem+json').send(problem);

const fromSpec = (spec: { code: string; status: number; title: string }, detail?: string, errors?: FieldError[]): Problem => ({
  type: 'about:blank',
  title: spec.title,
  status: spec.status,
  code: spec.code,
  ...(detail ? { detail } : {}),
  ...(errors && errors.length > 0 ? { errors } : {}),
});

// Fastify's own error codes for bad requests, mapped to ours (never a 500 for bad input).
const FASTIFY_CODES: Record<string, keyof typeof CommonErrors> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
};

const pathOf = (instancePath: string, params: Record<string, unknown> | undefined) => {
  const base = instancePath.replace(/^\//, '').replaceAll('/', '.');
  const missing = params && typeof params.missingProperty === 'string' ? params.missingProperty : '';
  return [base, missing].filter(Boolean).join('.');
};

export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return send(reply, fromSpec(error, error.message === error.code ? undefined : error.message, error.errors), error.headers);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const errors = error.validation.map((v) => ({
        path: [where, pathOf(v.instancePath, v.params as Record<string, unknown>)].filter(Boolean).join('.'),
        message: v.message ?? 'invalid',
      }));
      return send(reply, fromSpec(CommonErrors.VALIDATION_FAILED, undefined, errors));
    }
    if (error instanceof SyntaxError || (error.code && error.code in FASTIFY_CODES)) {
      const spec = CommonErrors[FASTIFY_CODES[error.code] ?? 'MALFORMED_JSON'];
      return send(reply, fromSpec(spec));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Other client errors raised by Fastify or plugins: keep the status, hide internals.
      return send(reply, { ...fromSpec(CommonErrors.VALIDATION_FAILED), status: error.statusCode, title: 'Bad request' });
    }
    // Safety net for races the services' checks cannot see (two writers, one unique value).
    if ((error as { code?: string }).code === '23505') return send(reply, fromSpec(CommonErrors.UNIQUE_VIOLATION));
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, fromSpec(CommonErrors.INTERNAL));
  });

  app.setNotFoundHandler((request, reply) => send(reply, fromSpec(CommonErrors.NOT_FOUND, `No route ${request.method} ${request.url.split('?')[0]}`)));
}
