import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorFrom, viewerOf } from '../../lib/context.ts';
import { listResponse } from '../../lib/pagination.ts';
import { errorResponses, idParams } from '../../lib/schemas.ts';
import { decideApproval, reassignApproval, rerouteApproval, resubmitApproval, withdrawApproval } from './approval-decisions.service.ts';
import { createGeneralRequest, getApproval, inboxCount, listApprovals } from './approvals.service.ts';
import { createBody, decisionBody, detailSchema, listItemSchema, listQuery, reassignBody, rerouteBody, resubmitBody, withdrawBody } from './approvals.schemas.ts';

// ACT-1/ACT-2/ACT-5/PLN-7: the approval engine's requests. Who may see a request and who may act on
// it is decided per request in the service (applicant, approvers on its route, directors/admins).
export function approvalsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = fastify.ctx;
  const tags = ['approvals'];

  app.get('/api/v1/approvals', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Approval requests: waiting for me (box=inbox; administrators also get those stuck without approver), that I applied for (mine), every request (all: directors and admins)',
      querystring: listQuery,
      response: { 200: listResponse(listItemSchema), ...errorResponses },
    },
    handler: async (request) => listApprovals(db, await viewerOf(request), request.query),
  });

  app.get('/api/v1/approvals/inbox-count', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'How many requests wait for my decision (the badge in the navigation)', response: { 200: z.object({ count: z.number().int() }), ...errorResponses } },
    handler: async (request) => inboxCount(db, await viewerOf(request)),
  });

  app.post('/api/v1/approvals', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Apply for something that needs approval (a general request: title, amount in fen, description)',
      body: createBody,
      response: { 201: detailSchema, ...errorResponses },
    },
    handler: async (request, reply) => reply.status(201).send(await createGeneralRequest(db, actorFrom(request), await viewerOf(request), request.body)),
  });

  app.get('/api/v1/approvals/:id', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'One request with its route (each step, approver, state, comment) and history', params: idParams, response: { 200: detailSchema, ...errorResponses } },
    handler: async (request) => getApproval(db, await viewerOf(request), request.params.id),
  });

  app.post('/api/v1/approvals/:id/decision', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: "Approve, reject or return the current step (its approver only; never one's own request; a comment is required to reject or return)",
      params: idParams,
      body: decisionBody,
      response: { 200: detailSchema, ...errorResponses },
    },
    handler: async (request) => decideApproval(db, actorFrom(request), await viewerOf(request), request.params.id, request.body),
  });

  app.post('/api/v1/approvals/:id/resubmit', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'The applicant sends a returned request again (from the first step)', params: idParams, body: resubmitBody, response: { 200: detailSchema, ...errorResponses } },
    handler: async (request) => resubmitApproval(db, actorFrom(request), await viewerOf(request), request.params.id, request.body),
  });

  app.post('/api/v1/approvals/:id/withdraw', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'The applicant withdraws an open or returned request', params: idParams, body: withdrawBody, response: { 200: detailSchema, ...errorResponses } },
    handler: async (request) => withdrawApproval(db, actorFrom(request), await viewerOf(request), request.params.id, request.body),
  });

  app.post('/api/v1/approvals/:id/reassign', {
    config: { access: 'settings:manage' },
    schema: {
      tags,
      summary: "Admin: a named person decides the current step (when its role has nobody, or its holder is away)",
      params: idParams,
      body: reassignBody,
      response: { 200: detailSchema, ...errorResponses },
    },
    handler: async (request) => reassignApproval(db, actorFrom(request), await viewerOf(request), request.params.id, request.body),
  });

  app.post('/api/v1/approvals/:id/reroute', {
    config: { access: 'settings:manage' },
    schema: { tags, summary: 'Admin: after fixing the organisation, resolve the open steps again', params: idParams, body: rerouteBody, response: { 200: detailSchema, ...errorResponses } },
    handler: async (request) => rerouteApproval(db, actorFrom(request), await viewerOf(request), request.params.id, request.body),
  });
}
