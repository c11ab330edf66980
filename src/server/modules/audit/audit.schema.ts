import { pgTable, text, timestamp, uuid, jsonb, bigint, index } from 'drizzle-orm/pg-core';

// Append-only record of writes (and of reads of restricted archives). Rows are never updated or
// deleted by the application. The numeric id gives a total order for replay.
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).defaultNow().notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    ip: text('ip'),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    // Set for records that belong to a customer account, so an account's history is one index scan.
    accountId: uuid('account_id'),
    action: text('action').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entityType, t.entityId, t.id),
    index('audit_log_account_idx').on(t.accountId, t.id),
    index('audit_log_actor_idx').on(t.actorId, t.id),
    index('audit_log_at_idx').on(t.at),
  ],
);
