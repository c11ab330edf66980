import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorFrom, viewerOf } from '../../lib/context.ts';
import { listResponse } from '../../lib/pagination.ts';
import { errorResponses, idParams, problemSchema } from '../../lib/schemas.ts';
import { refreshCompleteness } from '../archive/completeness.service.ts';
import { acceptForm, createFormLink, dismissForm, listFormLinks, readPublicForm, submitPublicForm } from './forms.service.ts';
import { FORM_FIELDS, formLinkSchema, formSubmissionBody, publicFormSchema } from './forms.schemas.ts';

const tokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, 'malformed token') });

export function formsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db, config } = fastify.ctx;
  const tags = ['customer forms'];

  app.post('/api/v1/accounts/:id/form-links', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Create a single-use link for the customer to fill in its data (客户资料表); the URL is shown once',
      params: idParams,
      body: z.strictObject({ expiresInDays: z.number().int().min(1).max(30).default(7) }),
      response: { 201: z.object({ id: z.uuid(), url: z.string(), expiresAt: z.date() }), ...errorResponses },
    },
    handler: async (request, reply) => {
      const link = await createFormLink(db, actorFrom(request), await viewerOf(request), request.params.id, request.body.expiresInDays);
      const origin = config.publicUrl ?? `${request.protocol}://${request.host}`;
      return reply.status(201).send({ id: link.id, url: `${origin.replace(/\/$/, '')}/form/${link.token}`, expiresAt: link.expiresAt });
    },
  });

  app.get('/api/v1/accounts/:id/form-links', {
    config: { access: 'authenticated' },
    schema: { tags, summary: "The account's form links and what customers sent, field by field", params: idParams, response: { 200: listResponse(formLinkSchema), ...errorResponses } },
    handler: async (request) => listFormLinks(db, await viewerOf(request), request.params.id),
  });

  app.post('/api/v1/form-links/:id/accept', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: "Take the chosen fields and contacts from a customer's submission into the archive",
      params: idParams,
      body: z.strictObject({
        accountVersion: z.number().int().min(1),
        fields: z.array(z.enum(FORM_FIELDS)).max(FORM_FIELDS.length),
        contacts: z.array(z.number().int().min(0).max(9)).max(10).default([]),
      }),
      response: { 200: z.object({ accountId: z.uuid() }), ...errorResponses },
    },
    handler: async (request) => {
      const result = await acceptForm(db, actorFrom(request), await viewerOf(request), request.params.id, request.body);
      await refreshCompleteness(db, result.accountId);
      return result;
    },
  });

  app.post('/api/v1/form-links/:id/dismiss', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Close a link or drop a submission without taking anything', params: idParams, response: { 204: z.null(), ...errorResponses } },
    handler: async (request, reply) => {
      await dismissForm(db, actorFrom(request), await viewerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.get('/api/v1/public/customer-forms/:token', {
    config: { access: 'public' },
    schema: { tags, summary: 'The form a customer opens from the link (no sign-in)', params: tokenParams, response: { 200: publicFormSchema, 400: problemSchema, 410: problemSchema } },
    handler: (request) => readPublicForm(db, request.params.token),
  });

  app.post('/api/v1/public/customer-forms/:token', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'The customer sends the form (once); it waits for the account owner to accept it',
      params: tokenParams,
      body: formSubmissionBody,
      response: { 204: z.null(), 400: problemSchema, 410: problemSchema },
    },
    handler: async (request, reply) => {
      await submitPublicForm(db, request.params.token, request.body, request.ip);
      return reply.status(204).send(null);
    },
  });
}
