import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorFrom } from '../../lib/context.ts';
import { errorResponses } from '../../lib/schemas.ts';
import { getFlow, saveFlow } from './approval-flows.service.ts';
import { flowBody, flowSchema, kindParam } from './approvals.schemas.ts';

// The admin edits one flow per kind of request; requests already under way keep their route.
export function approvalFlowsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = fastify.ctx;
  const tags = ['approvals'];

  app.get('/api/v1/approval-flows/:kind', {
    config: { access: 'settings:manage' },
    schema: { tags, summary: 'The approval flow of a kind of request (the ready flow until an admin saves one)', params: kindParam, response: { 200: flowSchema, ...errorResponses } },
    handler: async (request) => getFlow(db, request.params.kind),
  });

  app.put('/api/v1/approval-flows/:kind', {
    config: { access: 'settings:manage' },
    schema: {
      tags,
      summary: 'Replace the steps of a flow (send the version you read; 0 for a ready flow never saved)',
      params: kindParam,
      body: flowBody,
      response: { 200: flowSchema, ...errorResponses },
    },
    handler: async (request) => saveFlow(db, actorFrom(request), request.params.kind, request.body),
  });
}
