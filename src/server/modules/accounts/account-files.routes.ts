import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import fastifyMultipart from '@fastify/multipart';
import { z } from 'zod';
import { importOptionFields, importReadFields, importReportFields } from '../../lib/import/import.schemas.ts';
import { actorFrom, viewerOf } from '../../lib/context.ts';
import { readUpload } from '../../lib/import/upload.ts';
import { DEFAULT_READ_LIMITS } from '../../lib/import/table.ts';
import { errorResponses, problemSchema } from '../../lib/schemas.ts';
import { PassThrough } from 'node:stream';
import { EXPORT_CONTENT_TYPES, writeTable } from '../../lib/export/write-table.ts';
import { LOCALES } from '../../lib/locale-labels.ts';
import { exportAccountRows, exportColumns, MAX_EXPORT_ROWS } from './account-export.ts';
import { ACCOUNT_SORTS, DEFAULT_ACCOUNT_SORT } from './accounts.service.ts';
import { orderBy } from '../../lib/pagination.ts';
import { importAccounts } from './account-import.service.ts';
import { importContacts } from '../contacts/contact-import.ts';
import { refreshCompletenessOf } from '../archive/completeness.service.ts';
import { listAccountsQuery } from './accounts.schemas.ts';

// What the browser sends besides the file (a JSON string in the `options` field).
const importOptions = z.strictObject({
  ...importOptionFields,
  choices: z.record(z.string().regex(/^\d+$/), z.enum(['skip', 'update', 'create'])).optional(),
  ownerId: z.uuid().optional(),
});

const reportSchema = z
  .object({
    ...importReadFields,
    report: z.object({
      ...importReportFields,
      duplicates: z.array(
        z.object({ row: z.number(), matchedBy: z.string(), key: z.string(), existingId: z.string().optional(), firstRow: z.number().optional(), allowed: z.array(z.string()), choice: z.string() }),
      ),
    }),
    created: z.number(),
    updated: z.number(),
    skipped: z.number(),
  })
  .meta({ id: 'ImportResult' });

const contactImportSchema = reportSchema.omit({ updated: true, skipped: true, encodingConfidence: true }).meta({ id: 'ContactImportResult' });

export async function accountFilesRoutes(fastify: FastifyInstance) {
  fastify.withTypeProvider<ZodTypeProvider>().get('/api/v1/accounts/export', {
    config: { access: 'authenticated' },
    schema: {
      tags: ['accounts'],
      summary: `Export the accounts you may see with the list's filters and sort (.xlsx or .csv, up to ${MAX_EXPORT_ROWS} rows)`,
      querystring: listAccountsQuery.omit({ limit: true, offset: true }).extend({ format: z.enum(['xlsx', 'csv']).default('xlsx'), lang: z.enum(LOCALES).default('zh-CN') }),
      produces: [EXPORT_CONTENT_TYPES.xlsx, EXPORT_CONTENT_TYPES.csv],
      response: { 200: z.any(), ...errorResponses },
    },
    handler: async (request, reply) => {
      const { format, lang, ...filters } = request.query;
      // Refused now, as a 400: once the file streams, an error can only cut it off.
      orderBy(filters.sort, ACCOUNT_SORTS, DEFAULT_ACCOUNT_SORT);
      const viewer = await viewerOf(request);
      const rows = exportAccountRows(fastify.ctx.db, actorFrom(request), viewer, { ...filters, limit: 1, offset: 0 }, lang);
      const fileName = `${lang === 'zh-CN' ? '客户档案' : 'accounts'}-${new Date().toISOString().slice(0, 10)}.${format}`;
      const stream = new PassThrough();
      writeTable(format, exportColumns(lang), rows, stream, { sheetName: lang === 'zh-CN' ? '客户档案' : 'Accounts' }).catch((error: Error) => stream.destroy(error));
      return reply
        .header('content-type', EXPORT_CONTENT_TYPES[format])
        .header('content-disposition', `attachment; filename="accounts.${format}"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
        .send(stream);
    },
  });

  // Multipart only in this scope; the file is bounded by the import limit (a larger one is 413).
  await fastify.register(async (scope) => {
    await scope.register(fastifyMultipart, { limits: { fileSize: DEFAULT_READ_LIMITS.maxFileBytes, files: 1, fields: 2, fieldSize: 1_000_000 }, throwFileSizeLimit: true });
    const app = scope.withTypeProvider<ZodTypeProvider>();
    const { db } = fastify.ctx;

    app.post('/api/v1/contacts/import', {
      config: { access: 'authenticated' },
      schema: {
        tags: ['contacts'],
        summary: 'Import contacts from .xlsx or .csv, each row naming its account (name, credit code or archive no.); all rows or none',
        consumes: ['multipart/form-data'],
        response: { 200: contactImportSchema, 413: problemSchema, 415: problemSchema, 422: problemSchema, ...errorResponses },
      },
      handler: async (request) => {
        const { bytes, fileName, options } = await readUpload(request, importOptions.pick({ dryRun: true, encoding: true, sheetName: true, map: true }));
        const result = await importContacts(db, actorFrom(request), await viewerOf(request), bytes, { ...options, fileName });
        if (!result.dryRun) await refreshCompletenessOf(db, result.accountIds);
        return result;
      },
    });

    app.post('/api/v1/accounts/import', {
      config: { access: 'accounts:create' },
      schema: {
        tags: ['accounts'],
        summary: 'Import accounts from .xlsx or .csv (multipart: `file`, and `options` as JSON). dryRun (default) only reports; a real run writes all rows or none.',
        consumes: ['multipart/form-data'],
        response: { 200: reportSchema, 413: problemSchema, 415: problemSchema, 422: problemSchema, ...errorResponses },
      },
      handler: async (request) => {
        const { bytes, fileName, options } = await readUpload(request, importOptions);
        const { choices, ...rest } = options;
        return importAccounts(db, actorFrom(request), await viewerOf(request), bytes, {
          ...rest,
          fileName,
          choices: choices ? Object.fromEntries(Object.entries(choices).map(([row, c]) => [Number(row), c])) : undefined,
        });
      },
    });
  });
}
