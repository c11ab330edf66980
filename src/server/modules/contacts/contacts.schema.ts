import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, integer, index, uuid, date, primaryKey, boolean, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/accounts.schema.ts';
import { users } from '../users/users.schema.ts';
import { recordColumns } from '../../db/sql-helpers.ts';

const tz = { withTimezone: true } as const;

// Contacts and decision-maker profiles (关键决策者档案, ARC-2).
export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    title: text('title'),
    department: text('department'),
    phone: text('phone'),
    mobile: text('mobile'),
    email: text('email'),
    wechat: text('wechat'),
    education: text('education'),
    birthDate: date('birth_date'),
    hobbies: text('hobbies'),
    family: text('family'),
    background: text('background'),
    relationshipToUs: text('relationship_to_us'),
    buyingRole: text('buying_role'),
    decisionStyle: text('decision_style'),
    attitude: text('attitude'),
    influence: integer('influence'),
    vestedInterests: text('vested_interests').array().notNull().default(sql`'{}'::text[]`),
    // Org chart (ARC-3): whom this contact reports to, within the same account.
    reportsToId: uuid('reports_to_id').references((): AnyPgColumn => contacts.id, { onDelete: 'set null' }),
    // A contact who leaves is marked, never deleted; the successor is linked (seed 003).
    isLeft: boolean('is_left').notNull().default(false),
    leftOn: date('left_on'),
    successorId: uuid('successor_id').references((): AnyPgColumn => contacts.id, { onDelete: 'set null' }),
    notes: text('notes'),
    searchText: text('search_text').notNull().default(''),
    deletedAt: timestamp('deleted_at', tz),
    ...recordColumns(),
  },
  (t) => [
    index('contacts_account_idx').on(t.accountId),
    index('contacts_reports_to_idx').on(t.reportsToId),
    index('contacts_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

// Our people who know a contact, and how well (1–5).
export const contactRelationships = pgTable(
  'contact_relationships',
  {
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id').notNull(),
    strength: integer('strength').notNull().default(3),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.contactId, t.userId] }), index('contact_relationships_account_idx').on(t.accountId)],
);
