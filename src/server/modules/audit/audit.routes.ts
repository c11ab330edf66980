import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listResponse, pageQuery } from '../../lib/pagination.ts';
import { errorResponses } from '../../lib/schemas.ts';
import { listAudit } from './audit.service.ts';
import { auditEntrySchema } from './audit.schemas.ts';



export function auditRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = fastify.ctx;

  app.get('/api/v1/audit', {
    config: { access: 'audit:read' },
    schema: {
      tags: ['audit'],
      summary: 'Query the audit log (newest first)',
      querystring: z.object({
        limit: pageQuery.limit,
        offset: pageQuery.offset,
        entityType: z.string().max(50).optional(),
        entityId: z.string().max(100).optional(),
        accountId: z.uuid().optional(),
        actorId: z.uuid().optional(),
        action: z.string().max(20).optional(),
        from: z.coerce.date().optional(),
        to: z.coerce.date().optional(),
      }),
      response: { 200: listResponse(auditEntrySchema), ...errorResponses },
    },
    handler: (request) => listAudit(db, request.query),
  });
}
