import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorFrom } from '../../lib/context.ts';
import { listResponse } from '../../lib/pagination.ts';
import { errorResponses, idParams } from '../../lib/schemas.ts';
import { createProduct, deactivateProduct, getProduct, listProducts, productCategories, updateProduct } from './products.service.ts';
import { categoriesSchema, createProductBody, listProductsQuery, productSchema, updateProductBody } from './products.schemas.ts';

// The product catalogue (MNY-2 品种/规格): everybody signed in reads it; products:manage
// (administrator, director, back-office) keeps it.
export function productsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = fastify.ctx;
  const tags = ['products'];

  app.get('/api/v1/products', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'List the product catalogue: search (name, specification, pinyin, code), category, active, high-margin',
      querystring: listProductsQuery,
      response: { 200: listResponse(productSchema), ...errorResponses },
    },
    handler: (request) => listProducts(db, request.query),
  });

  app.get('/api/v1/products/categories', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'The categories in use, with the number of products in each', response: { 200: categoriesSchema, ...errorResponses } },
    handler: () => productCategories(db),
  });

  app.get('/api/v1/products/:id', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'A product', params: idParams, response: { 200: productSchema, ...errorResponses } },
    handler: (request) => getProduct(db, request.params.id),
  });

  app.post('/api/v1/products', {
    config: { access: 'products:manage' },
    schema: { tags, summary: 'Add a product (name + specification unique)', body: createProductBody, response: { 201: productSchema, ...errorResponses } },
    handler: async (request, reply) => reply.status(201).send(await createProduct(db, actorFrom(request), request.body)),
  });

  app.patch('/api/v1/products/:id', {
    config: { access: 'products:manage' },
    schema: {
      tags,
      summary: 'Change a product (also reactivate it); send the version you read',
      params: idParams,
      body: updateProductBody,
      response: { 200: productSchema, ...errorResponses },
    },
    handler: (request) => updateProduct(db, actorFrom(request), request.params.id, request.body),
  });

  app.post('/api/v1/products/:id/deactivate', {
    config: { access: 'products:manage' },
    schema: {
      tags,
      summary: 'Deactivate a product: it stays on recorded sales, new sales cannot use it',
      params: idParams,
      body: z.strictObject({ version: z.number().int().min(1) }),
      response: { 200: productSchema, ...errorResponses },
    },
    handler: (request) => deactivateProduct(db, actorFrom(request), request.params.id, request.body.version),
  });
}
