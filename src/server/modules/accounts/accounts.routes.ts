import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ACCOUNT_TEAM_ROLES } from '../../../domain/accounts/lists.ts';
import { actorFrom, viewerOf } from '../../lib/context.ts';
import { listResponse, pageQuery } from '../../lib/pagination.ts';
import { auditEntrySchema } from '../audit/audit.schemas.ts';
import { listAudit } from '../audit/audit.service.ts';
import { assertCanSee } from './account-access.ts';
import { errorResponses, idParams, optionalText } from '../../lib/schemas.ts';
import { batchUpdateAccounts, transferAccounts } from './account-batch.service.ts';
import { lookupAccounts, reviewArchive, submitForReview } from './account-review.service.ts';
import { accountNameKey } from './account-search.ts';
import { createAccount, deleteAccount, getAccount, listAccounts, setAccountTeam, updateAccount } from './accounts.service.ts';
import { accountDetailSchema, accountSchema, batchUpdateBody, createAccountBody, listAccountsQuery, updateAccountBody } from './accounts.schemas.ts';
import { creditCodeSchema } from './credit-code.schema.ts';
import { refreshCompleteness } from '../archive/completeness.service.ts';

export function accountsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = fastify.ctx;
  const tags = ['accounts'];
  // The account as the list shows it, after a write (completeness refreshed).
  const getAccountForViewer = async (request: FastifyRequest, id: string) =>
    (await listAccounts(db, await viewerOf(request), { ids: [id], limit: 1, offset: 0 })).items[0];

  app.get('/api/v1/accounts', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'List the accounts you may see: search (name, pinyin, initials, credit code, archive no.), filters, sort',
      querystring: listAccountsQuery,
      response: { 200: listResponse(accountSchema), ...errorResponses },
    },
    handler: async (request) => listAccounts(db, await viewerOf(request), request.query),
  });

  app.post('/api/v1/accounts', {
    config: { access: 'accounts:create' },
    schema: { tags, summary: 'Create an account (archive)', body: createAccountBody, response: { 201: accountSchema, ...errorResponses } },
    handler: async (request, reply) => {
      const created = await createAccount(db, actorFrom(request), await viewerOf(request), request.body);
      await refreshCompleteness(db, created.id);
      return reply.status(201).send(await getAccountForViewer(request, created.id));
    },
  });

  app.get('/api/v1/accounts/:id', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'An account with its team (404 when you may not see it)', params: idParams, response: { 200: accountDetailSchema, ...errorResponses } },
    handler: async (request) => getAccount(db, actorFrom(request), await viewerOf(request), request.params.id),
  });

  app.patch('/api/v1/accounts/:id', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Change an account; send the version you read (owners change by transfer)',
      params: idParams,
      body: updateAccountBody,
      response: { 200: accountSchema, ...errorResponses },
    },
    handler: async (request) => {
      await updateAccount(db, actorFrom(request), await viewerOf(request), request.params.id, request.body);
      await refreshCompleteness(db, request.params.id);
      return getAccountForViewer(request, request.params.id);
    },
  });

  app.delete('/api/v1/accounts/:id', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: "Delete an account (soft; the owner's managers, the director or an admin)",
      params: idParams,
      querystring: z.object({ version: z.coerce.number().int().min(1) }),
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (request, reply) => {
      await deleteAccount(db, actorFrom(request), await viewerOf(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  });

  app.put('/api/v1/accounts/:id/team', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Replace the account team (colleagues with a role on the account)',
      params: idParams,
      body: z.strictObject({
        members: z.array(z.strictObject({ userId: z.uuid(), role: z.enum(ACCOUNT_TEAM_ROLES) })).max(50),
      }),
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (request, reply) => {
      const ids = request.body.members.map((m) => m.userId);
      const unique = request.body.members.filter((m, i) => ids.indexOf(m.userId) === i);
      await setAccountTeam(db, actorFrom(request), await viewerOf(request), request.params.id, unique);
      return reply.status(204).send(null);
    },
  });

  app.post('/api/v1/accounts/transfer', {
    config: { access: 'accounts:transfer' },
    schema: {
      tags,
      summary: 'Hand accounts over to another owner (with everything under them)',
      body: z.strictObject({ accountIds: z.array(z.uuid()).min(1).max(1000), toUserId: z.uuid(), note: optionalText(500) }),
      response: { 200: z.object({ transferred: z.number().int() }), ...errorResponses },
    },
    handler: async (request) =>
      transferAccounts(db, actorFrom(request), await viewerOf(request), request.body.accountIds, request.body.toUserId, request.body.note ?? null),
  });

  app.post('/api/v1/accounts/batch', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Set the stage or add/remove tags on many accounts at once (all or nothing)',
      body: batchUpdateBody,
      response: { 200: z.object({ updated: z.number().int() }), ...errorResponses },
    },
    handler: async (request) => batchUpdateAccounts(db, actorFrom(request), await viewerOf(request), request.body),
  });

  app.get('/api/v1/accounts/lookup', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Does the company already have this customer? Exact name or credit code → id, name, archive no., owner (no archive content)',
      querystring: z.object({ name: z.string().trim().min(1).max(200).optional(), creditCode: creditCodeSchema.optional() }),
      response: {
        200: listResponse(z.object({ id: z.uuid(), name: z.string(), archiveNo: z.string(), ownerName: z.string().nullable() })),
        ...errorResponses,
      },
    },
    handler: (request) => lookupAccounts(db, { nameKey: request.query.name ? accountNameKey(request.query.name) : undefined, creditCode: request.query.creditCode }),
  });

  app.post('/api/v1/accounts/:id/review/submit', {
    config: { access: 'authenticated' },
    schema: { tags, summary: "Submit the archive for review by the owner's manager (ARC-4)", params: idParams, response: { 204: z.null(), ...errorResponses } },
    handler: async (request, reply) => {
      await submitForReview(db, actorFrom(request), await viewerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.post('/api/v1/accounts/:id/review', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Mark a submitted archive reviewed, or return it with comments',
      params: idParams,
      body: z.strictObject({ decision: z.enum(['approve', 'return']), comment: optionalText(2000) }),
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (request, reply) => {
      await reviewArchive(db, actorFrom(request), await viewerOf(request), request.params.id, request.body.decision, request.body.comment ?? null);
      return reply.status(204).send(null);
    },
  });

  app.get('/api/v1/accounts/:id/history', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: "The account's audit trail (writes and reads of its archive and everything under it), newest first",
      params: idParams,
      querystring: z.object({ limit: pageQuery.limit, offset: pageQuery.offset }),
      response: { 200: listResponse(auditEntrySchema), ...errorResponses },
    },
    handler: async (request) => {
      await assertCanSee(db, await viewerOf(request), request.params.id);
      return listAudit(db, { accountId: request.params.id, ...request.query });
    },
  });
}
