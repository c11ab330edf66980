import { pgTable, text, timestamp, boolean, integer, index, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';

const tz = { withTimezone: true } as const;

// Departments / teams (大客户部一组 …). A team has one manager; users may report to a manager
// outside their team, so the manager chain is kept on the user.
export const teams = pgTable('teams', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  managerId: uuid('manager_id').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', tz).defaultNow().notNull(),
  updatedAt: timestamp('updated_at', tz).defaultNow().notNull(),
  createdBy: uuid('created_by'),
  version: integer('version').notNull().default(1),
});

// Users. better-auth owns the first block of columns (its "user" model); the rest are ours.
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    // Optional for us (people sign in by username); unique when present.
    email: text('email').unique(),
    emailVerified: boolean('email_verified').default(false).notNull(),
    image: text('image'),
    username: text('username').notNull().unique(),
    displayUsername: text('display_username'),
    createdAt: timestamp('created_at', tz).defaultNow().notNull(),
    updatedAt: timestamp('updated_at', tz).defaultNow().notNull(),

    role: text('role').notNull().default('account_manager'),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'set null' }),
    managerId: uuid('manager_id').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    locale: text('locale').notNull().default('zh-CN'),
    isDisabled: boolean('is_disabled').notNull().default(false),
    disabledAt: timestamp('disabled_at', tz),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('users_team_id_idx').on(t.teamId),
    index('users_manager_id_idx').on(t.managerId),
    index('users_role_idx').on(t.role),
  ],
);
