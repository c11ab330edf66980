import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import fastifyMultipart from '@fastify/multipart';
import { z } from 'zod';
import { importOptionFields, importReadFields, importReportFields } from '../../lib/import/import.schemas.ts';
import { actorFrom, viewerOf } from '../../lib/context.ts';
import { EXPORT_CONTENT_TYPES, writeTable } from '../../lib/export/write-table.ts';
import { DEFAULT_READ_LIMITS } from '../../lib/import/table.ts';
import { readUpload } from '../../lib/import/upload.ts';
import { LOCALES } from '../../lib/locale-labels.ts';
import { errorResponses, problemSchema } from '../../lib/schemas.ts';
import { exportSalesRows, MAX_SALES_EXPORT_ROWS, salesExportColumns } from './sales-export.ts';
import { importSales } from './sales-import.service.ts';
import { listSalesQuery } from './sales.schemas.ts';
import { DEFAULT_SALES_SORT, SALES_SORTS } from './sales.service.ts';
import { orderBy } from '../../lib/pagination.ts';

const importOptions = z.strictObject({
  ...importOptionFields,
});

// The same shape as the account import's answer, without duplicates (sales rows are not
// companies) and with the import batch the records carry.
const salesImportSchema = z
  .object({
    ...importReadFields,
    report: z.object(importReportFields),
    created: z.number(),
    batchId: z.uuid().nullable(),
  })
  .meta({ id: 'SalesImportResult' });

export async function salesFilesRoutes(fastify: FastifyInstance) {
  fastify.withTypeProvider<ZodTypeProvider>().get('/api/v1/sales/export', {
    config: { access: 'authenticated' },
    schema: {
      tags: ['sales'],
      summary: `Export the sales records you may see with the list's filters and sort (.xlsx or .csv, up to ${MAX_SALES_EXPORT_ROWS} rows)`,
      querystring: listSalesQuery.omit({ limit: true, offset: true }).extend({ format: z.enum(['xlsx', 'csv']).default('xlsx'), lang: z.enum(LOCALES).default('zh-CN') }),
      produces: [EXPORT_CONTENT_TYPES.xlsx, EXPORT_CONTENT_TYPES.csv],
      response: { 200: z.any(), ...errorResponses },
    },
    handler: async (request, reply) => {
      const { format, lang, ...filters } = request.query;
      // Refused now, as a 400: once the file streams, an error can only cut it off.
      orderBy(filters.sort, SALES_SORTS, DEFAULT_SALES_SORT);
      const rows = exportSalesRows(fastify.ctx.db, actorFrom(request), await viewerOf(request), { ...filters, limit: 1, offset: 0 }, lang);
      const fileName = `${lang === 'zh-CN' ? '销售记录' : 'sales'}-${new Date().toISOString().slice(0, 10)}.${format}`;
      const stream = new PassThrough();
      writeTable(format, salesExportColumns(lang), rows, stream, { sheetName: lang === 'zh-CN' ? '销售记录' : 'Sales' }).catch((error: Error) => stream.destroy(error));
      return reply
        .header('content-type', EXPORT_CONTENT_TYPES[format])
        .header('content-disposition', `attachment; filename="sales.${format}"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
        .send(stream);
    },
  });

  await fastify.register(async (scope) => {
    await scope.register(fastifyMultipart, { limits: { fileSize: DEFAULT_READ_LIMITS.maxFileBytes, files: 1, fields: 2, fieldSize: 1_000_000 }, throwFileSizeLimit: true });
    scope.withTypeProvider<ZodTypeProvider>().post('/api/v1/sales/import', {
      config: { access: 'sales:write' },
      schema: {
        tags: ['sales'],
        summary: 'Import sales records from .xlsx or .csv (multipart: `file`, and `options` as JSON): rows name accounts you may change and catalogue products; dryRun (default) only reports, a real run writes all rows or none',
        consumes: ['multipart/form-data'],
        response: { 200: salesImportSchema, 413: problemSchema, 415: problemSchema, 422: problemSchema, ...errorResponses },
      },
      handler: async (request) => {
        const { bytes, fileName, options } = await readUpload(request, importOptions);
        return importSales(fastify.ctx.db, actorFrom(request), await viewerOf(request), bytes, { ...options, fileName });
      },
    });
  });
}
