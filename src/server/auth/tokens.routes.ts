import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { actorFrom, userOf } from '../lib/context.ts';
import { AppError } from '../lib/errors.ts';
import { listResponse } from '../lib/pagination.ts';
import { errorResponses, idParams, text } from '../lib/schemas.ts';
import { recordAudit } from '../modules/audit/audit.service.ts';
import { AuthErrors } from './auth.errors.ts';
import { apiTokens } from './auth.schema.ts';

const tokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string().nullable(),
    start: z.string().nullable(),
    createdAt: z.date(),
    expiresAt: z.date().nullable(),
    lastUsedAt: z.date().nullable(),
  })
  .meta({ id: 'ApiToken' });

const tokenColumns = {
  id: apiTokens.id,
  name: apiTokens.name,
  start: apiTokens.start,
  createdAt: apiTokens.createdAt,
  expiresAt: apiTokens.expiresAt,
  lastUsedAt: apiTokens.lastRequest,
};

// Personal API tokens for scripts: `Authorization: Bearer kam_…`. The secret is shown once.
export function tokensRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db, auth } = fastify.ctx;
  const tags = ['auth'];

  app.get('/api/v1/auth/tokens', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Your API tokens', response: { 200: listResponse(tokenSchema), ...errorResponses } },
    handler: async (request) => {
      const items = await db
        .select(tokenColumns)
        .from(apiTokens)
        .where(eq(apiTokens.referenceId, userOf(request).id))
        .orderBy(desc(apiTokens.createdAt));
      return { items, total: items.length };
    },
  });

  app.post('/api/v1/auth/tokens', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Create an API token; the response is the only time the secret is shown',
      body: z.strictObject({ name: text(100), expiresInDays: z.number().int().min(1).max(3650).nullable().optional() }),
      response: { 201: tokenSchema.extend({ token: z.string() }), ...errorResponses },
    },
    handler: async (request, reply) => {
      const user = userOf(request);
      const days = request.body.expiresInDays;
      const created = await auth.api.createApiKey({
        body: { name: request.body.name, userId: user.id, ...(days ? { expiresIn: days * 86_400 } : {}) },
      });
      await recordAudit(db, actorFrom(request), { entityType: 'api_token', entityId: created.id, action: 'create', after: { name: created.name } });
      const [row] = await db.select(tokenColumns).from(apiTokens).where(eq(apiTokens.id, created.id));
      return reply.status(201).send({ ...row, token: created.key });
    },
  });

  app.delete('/api/v1/auth/tokens/:id', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Revoke one of your API tokens', params: idParams, response: { 204: z.null(), ...errorResponses } },
    handler: async (request, reply) => {
      const user = userOf(request);
      const deleted = await db
        .delete(apiTokens)
        .where(and(eq(apiTokens.id, request.params.id), eq(apiTokens.referenceId, user.id)))
        .returning({ id: apiTokens.id, name: apiTokens.name });
      if (deleted.length === 0) throw new AppError(AuthErrors.TOKEN_NOT_FOUND);
      await recordAudit(db, actorFrom(request), { entityType: 'api_token', entityId: request.params.id, action: 'delete', before: deleted[0] });
      return reply.status(204).send(null);
    },
  });
}
