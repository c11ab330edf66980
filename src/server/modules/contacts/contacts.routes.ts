import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorFrom, viewerOf } from '../../lib/context.ts';
import { listResponse, pageQuery } from '../../lib/pagination.ts';
import { errorResponses, idParams, optionalText } from '../../lib/schemas.ts';
import { accountCoverage, createContact, deleteContact, getContact, listContacts, setRelationships, updateContact } from './contacts.service.ts';
import { refreshCompleteness } from '../archive/completeness.service.ts';
import { contactSchema, createContactBody, listContactsQuery, updateContactBody } from './contacts.schemas.ts';

const coverageSchema = z.object({ gaps: z.array(z.enum(['few_contacts', 'no_decision_maker', 'no_supporter'])) }).meta({ id: 'Coverage' });

export function contactsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = fastify.ctx;
  const tags = ['contacts'];

  app.get('/api/v1/contacts', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Search contacts across the accounts you may see (name, pinyin, phone, e-mail)',
      querystring: listContactsQuery,
      response: { 200: listResponse(contactSchema), ...errorResponses },
    },
    handler: async (request) => listContacts(db, await viewerOf(request), request.query),
  });

  app.get('/api/v1/accounts/:id/contacts', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: "An account's contacts (add includeLeft=true for those who left)",
      params: idParams,
      querystring: z.object({ ...pageQuery, limit: pageQuery.limit.default(200), includeLeft: listContactsQuery.shape.includeLeft }),
      response: { 200: listResponse(contactSchema), ...errorResponses },
    },
    handler: async (request) => {
      const viewer = await viewerOf(request);
      await accountCoverage(db, viewer, request.params.id); // 404 for an account the viewer may not see
      return listContacts(db, viewer, { ...request.query, accountId: request.params.id });
    },
  });

  app.get('/api/v1/accounts/:id/coverage', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Relationship coverage gaps: fewer than 3 active contacts, no decision maker, no supporter (ARC-3)',
      params: idParams,
      response: { 200: coverageSchema, ...errorResponses },
    },
    handler: async (request) => ({ gaps: await accountCoverage(db, await viewerOf(request), request.params.id) }),
  });

  app.post('/api/v1/accounts/:id/contacts', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Add a contact to an account', params: idParams, body: createContactBody, response: { 201: contactSchema, ...errorResponses } },
    handler: async (request, reply) => {
      const created = await createContact(db, actorFrom(request), await viewerOf(request), request.params.id, request.body);
      await refreshCompleteness(db, created.accountId);
      return reply.status(201).send(created);
    },
  });

  app.get('/api/v1/contacts/:id', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'A contact', params: idParams, response: { 200: contactSchema, ...errorResponses } },
    handler: async (request) => getContact(db, await viewerOf(request), request.params.id),
  });

  app.patch('/api/v1/contacts/:id', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Change a contact (incl. reports-to, left the company, successor); send the version you read',
      params: idParams,
      body: updateContactBody,
      response: { 200: contactSchema, ...errorResponses },
    },
    handler: async (request) => {
      const updated = await updateContact(db, actorFrom(request), await viewerOf(request), request.params.id, request.body);
      await refreshCompleteness(db, updated.accountId);
      return updated;
    },
  });

  app.delete('/api/v1/contacts/:id', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Delete a contact entered by mistake (people who left are marked, not deleted)',
      params: idParams,
      querystring: z.object({ version: z.coerce.number().int().min(1) }),
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (request, reply) => {
      const { accountId } = await deleteContact(db, actorFrom(request), await viewerOf(request), request.params.id, request.query.version);
      await refreshCompleteness(db, accountId);
      return reply.status(204).send(null);
    },
  });

  app.put('/api/v1/contacts/:id/relationships', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Set which of our people know this contact, and how well (1–5)',
      params: idParams,
      body: z.strictObject({
        links: z.array(z.strictObject({ userId: z.uuid(), strength: z.number().int().min(1).max(5), note: optionalText(500) })).max(20),
      }),
      response: { 200: contactSchema, ...errorResponses },
    },
    handler: async (request) => setRelationships(db, actorFrom(request), await viewerOf(request), request.params.id, request.body.links),
  });
}
