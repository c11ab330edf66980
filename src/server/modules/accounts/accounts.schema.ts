import { sql } from 'drizzle-orm';
import {
  pgTable,
  text,
  timestamp,
  integer,
  index,
  uuid,
  date,
  bigint,
  jsonb,
  primaryKey,
  uniqueIndex,
  pgSequence,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { users } from '../users/users.schema.ts';
import { recordColumns } from '../../db/sql-helpers.ts';

const tz = { withTimezone: true } as const;

export const accountArchiveNoSeq = pgSequence('account_archive_no_seq');

// The customer archive (客户档案表, seed 002 §3.3.4; SPEC ARC-1). Groups follow the seed form:
// archive data, basic data, business data, classification, responsibility.
export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Archive (档案编号 / 建档日期)
    // KA + year + six-digit sequence, e.g. KA2026000123, unless the archive brings its own number.
    archiveNo: text('archive_no')
      .notNull()
      .unique()
      .default(sql`'KA' || to_char(now() at time zone 'Asia/Shanghai', 'YYYY') || lpad(nextval('account_archive_no_seq')::text, 6, '0')`),
    builtOn: date('built_on')
      .notNull()
      .default(sql`(now() at time zone 'Asia/Shanghai')::date`),
    // Basic data (客户基本资料)
    name: text('name').notNull(),
    creditCode: text('credit_code'),
    parentId: uuid('parent_id').references((): AnyPgColumn => accounts.id, { onDelete: 'set null' }),
    address: text('address'),
    postcode: text('postcode'),
    phone: text('phone'),
    fax: text('fax'),
    email: text('email'),
    website: text('website'),
    foundedOn: date('founded_on'),
    registeredCapitalFen: bigint('registered_capital_fen', { mode: 'number' }),
    currency: text('currency').notNull().default('CNY'),
    mainShareholders: text('main_shareholders'),
    bankName: text('bank_name'),
    bankAccount: text('bank_account'),
    legalRepresentative: text('legal_representative'),
    // Business data (客户经营资料)
    employeesTotal: integer('employees_total'),
    employeesDomestic: integer('employees_domestic'),
    employeesForeign: integer('employees_foreign'),
    annualRevenueFen: bigint('annual_revenue_fen', { mode: 'number' }),
    mainBusiness: text('main_business'),
    serviceArea: text('service_area'),
    salesCapability: text('sales_capability'),
    developmentPotential: text('development_potential'),
    culture: text('culture'),
    businessPolicy: text('business_policy'),
    managementStyle: text('management_style'),
    firstPurchaseOn: date('first_purchase_on'),
    firstContactOn: date('first_contact_on'),
    // Classification (ARC-6)
    industry: text('industry'),
    region: text('region'),
    ownership: text('ownership'),
    customerType: text('customer_type'),
    lifecycleStage: text('lifecycle_stage').notNull().default('prospect'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    customFields: jsonb('custom_fields').notNull().default(sql`'{}'::jsonb`),
    // Responsibility (专人负责)
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    executiveSponsorId: uuid('executive_sponsor_id').references(() => users.id, { onDelete: 'set null' }),
    // ARC-4: completeness from the checklist (stored so that lists filter and sort by it) and review.
    completeness: integer('completeness').notNull().default(0),
    completenessMissing: text('completeness_missing').array().notNull().default(sql`'{}'::text[]`),
    reviewStatus: text('review_status').notNull().default('draft'),
    reviewComment: text('review_comment'),
    submittedAt: timestamp('submitted_at', tz),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', tz),
    // GRD-4: the latest grade (grade model) and quadrant (matrix model), copied from the account's
    // newest evaluation by the grading module so that lists filter and sort by them.
    currentGrade: text('current_grade'),
    currentQuadrant: text('current_quadrant'),
    gradedAt: timestamp('graded_at', tz),
    // Search: name, pinyin, initials, credit code and archive number, lower-cased (trigram-indexed).
    searchText: text('search_text').notNull().default(''),
    // Normalised name for duplicate detection (full-/half-width, brackets, spaces).
    nameKey: text('name_key').notNull(),
    deletedAt: timestamp('deleted_at', tz),
    ...recordColumns(),
  },
  (t) => [
    uniqueIndex('accounts_credit_code_uq').on(t.creditCode).where(sql`${t.creditCode} is not null and ${t.deletedAt} is null`),
    index('accounts_name_key_idx').on(t.nameKey),
    index('accounts_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('accounts_owner_idx').on(t.ownerId, t.updatedAt),
    index('accounts_parent_idx').on(t.parentId),
    index('accounts_stage_idx').on(t.lifecycleStage),
    index('accounts_industry_idx').on(t.industry),
    index('accounts_region_idx').on(t.region),
    index('accounts_ownership_idx').on(t.ownership),
    index('accounts_customer_type_idx').on(t.customerType),
    index('accounts_tags_idx').using('gin', t.tags),
    // Live accounts newest first: the default list order, and (index-only, once vacuumed) the
    // director's total count without reading 100k rows.
    // NULLS FIRST as in `order by updated_at desc`: an index with other null ordering cannot serve it.
    index('accounts_live_updated_idx').on(t.updatedAt.desc().nullsFirst(), t.id).where(sql`${t.deletedAt} is null`),
    index('accounts_name_idx').on(t.name),
    index('accounts_completeness_idx').on(t.completeness),
    index('accounts_review_idx').on(t.reviewStatus),
    index('accounts_grade_idx').on(t.currentGrade),
    index('accounts_quadrant_idx').on(t.currentQuadrant),
    index('accounts_graded_at_idx').on(t.gradedAt),
  ],
);

// Account team (客户小组): colleagues with a role on the account; they can see it (ARC-5).
export const accountTeamMembers = pgTable(
  'account_team_members',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull().default('sales'),
    addedAt: timestamp('added_at', tz).defaultNow().notNull(),
    addedBy: uuid('added_by'),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.userId] }), index('account_team_members_user_idx').on(t.userId)],
);

// Recorded read grants (借阅制度): requested, approved by the owner's manager, time-limited.
export const accountAccessGrants = pgTable(
  'account_access_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    status: text('status').$type<'pending' | 'approved' | 'rejected'>().notNull().default('pending'),
    requestedAt: timestamp('requested_at', tz).defaultNow().notNull(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', tz),
    expiresAt: timestamp('expires_at', tz),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('account_access_grants_user_idx').on(t.userId, t.expiresAt),
    index('account_access_grants_account_idx').on(t.accountId),
  ],
);
