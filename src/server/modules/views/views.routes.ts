import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorFrom, userOf } from '../../lib/context.ts';
import { listResponse } from '../../lib/pagination.ts';
import { errorResponses, idParams, text } from '../../lib/schemas.ts';
import { createView, deleteView, listViews, updateView } from './views.service.ts';

const RESOURCES = ['accounts', 'contacts'] as const;
// A view's state is small: query parameters and column keys, nothing else.
const stateSchema = z.record(z.string().max(50), z.union([z.string().max(200), z.number(), z.boolean(), z.array(z.string().max(100)).max(60)])).refine((s) => Object.keys(s).length <= 40, 'at most 40 entries');

const viewSchema = z
  .object({
    id: z.uuid(),
    resource: z.string(),
    name: z.string(),
    state: z.record(z.string(), z.unknown()),
    isShared: z.boolean(),
    userId: z.uuid(),
    ownerName: z.string(),
    updatedAt: z.date(),
    version: z.number().int(),
  })
  .meta({ id: 'SavedView' });

export function viewsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = fastify.ctx;
  const tags = ['views'];

  app.get('/api/v1/saved-views', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Your saved views of a list, and the shared ones', querystring: z.object({ resource: z.enum(RESOURCES) }), response: { 200: listResponse(viewSchema), ...errorResponses } },
    handler: (request) => listViews(db, userOf(request), request.query.resource),
  });

  app.post('/api/v1/saved-views', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Save the current filters, sort and columns of a list',
      body: z.strictObject({ resource: z.enum(RESOURCES), name: text(60), state: stateSchema, isShared: z.boolean().default(false) }),
      response: { 201: viewSchema, ...errorResponses },
    },
    handler: async (request, reply) => reply.status(201).send(await createView(db, actorFrom(request), userOf(request), request.body)),
  });

  app.patch('/api/v1/saved-views/:id', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Rename, re-share or overwrite a saved view',
      params: idParams,
      body: z.strictObject({ version: z.number().int().min(1), name: text(60).optional(), state: stateSchema.optional(), isShared: z.boolean().optional() }),
      response: { 200: viewSchema, ...errorResponses },
    },
    handler: (request) => updateView(db, actorFrom(request), userOf(request), request.params.id, request.body),
  });

  app.delete('/api/v1/saved-views/:id', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Delete a saved view', params: idParams, response: { 204: z.null(), ...errorResponses } },
    handler: async (request, reply) => {
      await deleteView(db, actorFrom(request), userOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });
}
