import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorFrom, viewerOf } from '../../lib/context.ts';
import { EXPORT_CONTENT_TYPES } from '../../lib/export/write-table.ts';
import { errorResponses } from '../../lib/schemas.ts';
import { compositionWorkbook } from './composition-export.ts';
import { compositionExportQuery, compositionQuery, compositionSchema } from './composition.schemas.ts';
import { composition } from './composition.service.ts';

// GRD-5 customer composition: the analysis and its spreadsheet, over the accounts the caller may see.
export function compositionRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = fastify.ctx;
  const tags = ['grading'];

  app.get('/api/v1/grading/composition', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary:
        'Customer composition for a period (default: the 12 months up to this month): sales by grade, quadrant, product, category, region or industry with shares, the 80/20 curve of accounts, and accounts by grade and quadrant — of the accounts you may see',
      querystring: compositionQuery,
      response: { 200: compositionSchema, ...errorResponses },
    },
    handler: async (request) => composition(db, await viewerOf(request), request.query),
  });

  app.get('/api/v1/grading/composition/export', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'The customer composition as .xlsx: the chosen breakdown, the 80/20 curve and accounts by grade and quadrant, headers in the language asked for',
      querystring: compositionExportQuery,
      produces: [EXPORT_CONTENT_TYPES.xlsx],
      response: { 200: z.any(), ...errorResponses },
    },
    handler: async (request, reply) => {
      const { lang, ...query } = request.query;
      const { bytes, fileName } = await compositionWorkbook(db, actorFrom(request), await viewerOf(request), query, lang);
      return reply
        .header('content-type', EXPORT_CONTENT_TYPES.xlsx)
        .header('content-disposition', `attachment; filename="composition.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
        .send(bytes);
    },
  });
}
