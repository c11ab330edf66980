import { z } from 'zod';

export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.date(),
    actorId: z.uuid().nullable(),
    actorName: z.string().nullable(),
    ip: z.string().nullable(),
    entityType: z.string(),
    entityId: z.string(),
    accountId: z.uuid().nullable(),
    action: z.string(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .meta({ id: 'AuditEntry' });
