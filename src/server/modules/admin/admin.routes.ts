import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { backupFileName, createBackupStream } from '../../db/backup-dump.ts';
import { actorFrom, userOf } from '../../lib/context.ts';
import { AppError, CommonErrors } from '../../lib/errors.ts';
import { errorResponses } from '../../lib/schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';

// System administration over HTTP. The backup is taken inside the server process because the
// embedded database (PGlite) belongs to the one process holding its lock: `kam backup --server`
// calls this while the server runs.
export function adminRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db, dbKind } = fastify.ctx;

  app.post('/api/v1/admin/backup', {
    config: { access: 'settings:manage' },
    schema: {
      tags: ['admin'],
      summary:
        'Download a consistent backup of the whole database (administrators). The file is gzip-compressed JSON lines that `kam restore` reads; it holds password hashes and secrets — keep it safe.',
      produces: ['application/gzip'],
      response: { 200: z.any(), ...errorResponses },
    },
    handler: async (request, reply) => {
      // The file holds every user's credentials: administrators only, whatever permissions change.
      if (userOf(request).role !== 'admin') throw new AppError(CommonErrors.FORBIDDEN);
      const { header, stream } = await createBackupStream(db, dbKind);
      await recordAudit(db, actorFrom(request), {
        entityType: 'backup',
        entityId: header.createdAt,
        action: 'export',
        after: { tables: header.tables.length, rows: header.totalRows, schemaLevel: header.schema.level },
      });
      return reply
        .header('content-type', 'application/gzip')
        .header('content-disposition', `attachment; filename="${backupFileName(header.createdAt)}"`)
        .header('cache-control', 'no-store')
        .send(stream);
    },
  });
}
