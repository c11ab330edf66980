import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorFrom, viewerOf } from '../../lib/context.ts';
import { listResponse, pageQuery } from '../../lib/pagination.ts';
import { errorResponses, idParams, text } from '../../lib/schemas.ts';
import { decideAccess, listAccessRequests, MAX_GRANT_DAYS, requestAccess } from './access-requests.service.ts';

const accessRequestSchema = z
  .object({
    id: z.uuid(),
    accountId: z.uuid(),
    accountName: z.string(),
    userId: z.uuid(),
    userName: z.string(),
    reason: z.string(),
    status: z.enum(['pending', 'approved', 'rejected']),
    requestedAt: z.date(),
    decidedByName: z.string().nullable(),
    decidedAt: z.date().nullable(),
    expiresAt: z.date().nullable(),
  })
  .meta({ id: 'AccessRequest' });

export function accessRequestsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = fastify.ctx;
  const tags = ['accounts'];

  app.post('/api/v1/access-requests', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: "Ask to read an account's archive (ARC-5); the owner's manager decides",
      body: z.strictObject({ accountId: z.uuid(), reason: text(500) }),
      response: { 201: accessRequestSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await requestAccess(db, actorFrom(request), await viewerOf(request), request.body.accountId, request.body.reason)),
  });

  app.get('/api/v1/access-requests', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Access requests: those you made (scope=mine) or those you decide (scope=to_decide)',
      querystring: z.object({
        limit: pageQuery.limit,
        offset: pageQuery.offset,
        scope: z.enum(['mine', 'to_decide']).default('mine'),
        status: z.enum(['pending', 'approved', 'rejected']).optional(),
      }),
      response: { 200: listResponse(accessRequestSchema), ...errorResponses },
    },
    handler: async (request) => listAccessRequests(db, await viewerOf(request), request.query),
  });

  app.post('/api/v1/access-requests/:id/decision', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: `Approve (read access for 1–${MAX_GRANT_DAYS} days) or reject an access request`,
      params: idParams,
      body: z.strictObject({ approve: z.boolean(), days: z.number().int().min(1).max(MAX_GRANT_DAYS).default(7) }),
      response: { 200: accessRequestSchema, ...errorResponses },
    },
    handler: async (request) => decideAccess(db, actorFrom(request), await viewerOf(request), request.params.id, request.body),
  });
}
