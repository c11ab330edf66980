import { pgTable, text, timestamp, integer, index, uuid, jsonb, boolean } from 'drizzle-orm/pg-core';
import { users } from '../users/users.schema.ts';

// Saved list views (filters, sort, columns) — personal, or shared with everyone.
export const savedViews = pgTable(
  'saved_views',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    resource: text('resource').notNull(),
    name: text('name').notNull(),
    // The list's query string parameters and visible columns, as the UI stores them.
    state: jsonb('state').notNull(),
    isShared: boolean('is_shared').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).defaultNow().notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('saved_views_user_idx').on(t.userId, t.resource), index('saved_views_shared_idx').on(t.resource, t.isShared)],
);
