import { pgTable, text, timestamp, jsonb } from 'drizzle-orm/pg-core';

// Instance-wide settings (the generated session secret, later admin-editable configuration).
export const appSettings = pgTable('app_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).defaultNow().notNull(),
});
