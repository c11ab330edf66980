import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorFrom, viewerOf } from '../../lib/context.ts';
import { pageQuery } from '../../lib/pagination.ts';
import { errorResponses, idParams } from '../../lib/schemas.ts';
import { accountSales, createSalesRecord, deleteSalesRecord, getSalesRecord, listSales, updateSalesRecord } from './sales.service.ts';
import { accountSalesSchema, createSalesBody, listSalesQuery, salesListSchema, salesRecordSchema, updateSalesBody } from './sales.schemas.ts';

// MNY-2 sales records. Reading follows the account's visibility; writing needs sales:write and
// the right to change the account (a read grant is not enough).
export function salesRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = fastify.ctx;
  const tags = ['sales'];

  app.get('/api/v1/sales', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Sales records of the accounts you may see, with totals of the filtered set (net of returns)',
      querystring: listSalesQuery,
      response: { 200: salesListSchema, ...errorResponses },
    },
    handler: async (request) => listSales(db, await viewerOf(request), request.query),
  });

  app.get('/api/v1/accounts/:id/sales', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: "An account's sales records for a period (from/to), the period's totals and sales by year",
      params: idParams,
      querystring: listSalesQuery.omit({ accountId: true, ownerId: true }).extend({ limit: pageQuery.limit.default(50) }),
      response: { 200: accountSalesSchema, ...errorResponses },
    },
    handler: async (request) => accountSales(db, await viewerOf(request), request.params.id, request.query),
  });

  app.post('/api/v1/accounts/:id/sales', {
    config: { access: 'sales:write' },
    schema: {
      tags,
      summary: 'Record a sale or a return (negative quantity with isReturn) for an account',
      params: idParams,
      body: createSalesBody,
      response: { 201: salesRecordSchema, ...errorResponses },
    },
    handler: async (request, reply) => reply.status(201).send(await createSalesRecord(db, actorFrom(request), await viewerOf(request), request.params.id, request.body)),
  });

  app.get('/api/v1/sales/:id', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'A sales record', params: idParams, response: { 200: salesRecordSchema, ...errorResponses } },
    handler: async (request) => getSalesRecord(db, await viewerOf(request), request.params.id),
  });

  app.patch('/api/v1/sales/:id', {
    config: { access: 'sales:write' },
    schema: {
      tags,
      summary: 'Change a sales record (e.g. record a payment); send the version you read. amountFen: null recomputes price × quantity',
      params: idParams,
      body: updateSalesBody,
      response: { 200: salesRecordSchema, ...errorResponses },
    },
    handler: async (request) => updateSalesRecord(db, actorFrom(request), await viewerOf(request), request.params.id, request.body),
  });

  app.delete('/api/v1/sales/:id', {
    config: { access: 'sales:write' },
    schema: {
      tags,
      summary: 'Delete a sales record entered by mistake (the audit log keeps it)',
      params: idParams,
      querystring: z.object({ version: z.coerce.number().int().min(1) }),
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (request, reply) => {
      await deleteSalesRecord(db, actorFrom(request), await viewerOf(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  });
}
