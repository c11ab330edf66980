import { pgTable, text, timestamp, index, uuid, jsonb, integer } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/accounts.schema.ts';

// ARC-8 客户资料表: a single-use, expiring link the owner sends so the customer fills in its own
// data; the submission waits until the owner accepts it field by field.
export const customerFormLinks = pgTable(
  'customer_form_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    // Only a SHA-256 of the token is stored; the token itself is shown once, in the link.
    tokenHash: text('token_hash').notNull().unique(),
    status: text('status').$type<'open' | 'submitted' | 'accepted' | 'dismissed'>().notNull().default('open'),
    submission: jsonb('submission'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow().notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('customer_form_links_account_idx').on(t.accountId)],
);
