import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorFrom, viewerOf } from '../../lib/context.ts';
import { errorResponses, idParams } from '../../lib/schemas.ts';
import { gradingPoliciesSchema, savePoliciesBody, serviceLevelSchema } from './policies.schemas.ts';
import { accountServiceLevel, getGradingPolicies, saveGradingPolicies } from './policies.service.ts';

// GRD-3 / GRD-4: the service level of each grade and the strategy of each quadrant (read by
// everyone, kept by grading:manage), and what they mean for one account.
export function gradingPoliciesRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = fastify.ctx;
  const tags = ['grading'];

  app.get('/api/v1/grading/policies', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Service level per grade (visits per quarter, plan depth, executive sponsor, review cadence) and the strategy template per quadrant',
      response: { 200: gradingPoliciesSchema, ...errorResponses },
    },
    handler: async () => getGradingPolicies(db),
  });

  app.put('/api/v1/grading/policies', {
    config: { access: 'grading:manage' },
    schema: {
      tags,
      summary: 'Replace the service levels and strategy templates (send the version you read); a grade appears once, every quadrant has its template',
      body: savePoliciesBody,
      response: { 200: gradingPoliciesSchema, ...errorResponses },
    },
    handler: async (request) => saveGradingPolicies(db, actorFrom(request), request.body),
  });

  app.get('/api/v1/accounts/:id/service-level', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: "The account's current grade and quadrant with the service level of its grade and the strategy of its quadrant",
      params: idParams,
      response: { 200: serviceLevelSchema, ...errorResponses },
    },
    handler: async (request) => accountServiceLevel(db, await viewerOf(request), request.params.id),
  });
}
