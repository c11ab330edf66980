import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ScoringModel } from '../../../domain/grading/index.ts';
import { recordColumns } from '../../db/sql-helpers.ts';
import { accounts } from '../accounts/accounts.schema.ts';
import { users } from '../users/users.schema.ts';

// GRD-1/GRD-3 scoring models that the director edits. `definition` is the domain's ScoringModel
// (criteria, weights, breakpoints, thresholds or split) exactly as validateModel() checked it;
// kind and the names are copied out of it so that lists filter without reading the JSON.
// `readyKey` marks the ready models seeded on first use (grade, dealer, matrix): one row each.
export const scoringModels = pgTable(
  'scoring_models',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<ScoringModel['kind']>().notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    definition: jsonb('definition').$type<ScoringModel>().notNull(),
    // The customer type (accounts.customer_type) this model is meant for, e.g. dealers (GRD-2);
    // null: any. isDefault: the model the UI proposes first for its kind (and customer type).
    customerType: text('customer_type'),
    isDefault: boolean('is_default').notNull().default(false),
    isActive: boolean('is_active').notNull().default(true),
    readyKey: text('ready_key'),
    ...recordColumns(),
  },
  (t) => [uniqueIndex('scoring_models_ready_key_uq').on(t.readyKey), index('scoring_models_kind_idx').on(t.kind, t.isActive)],
);

// GRD-4 grade and quadrant history: one row per evaluation of an account with a model (a person's
// evaluation or a batch re-grade). `result` is the domain's score sheet (per-criterion evidence);
// total, grade, axis totals and quadrant are copied out of it for lists, the matrix and history.
export const accountEvaluations = pgTable(
  'account_evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    modelId: uuid('model_id')
      .notNull()
      .references(() => scoringModels.id, { onDelete: 'restrict' }),
    modelVersion: integer('model_version').notNull(),
    evaluatedOn: date('evaluated_on').notNull(),
    // null: a batch re-grade started by someone who is named in its job, not a person's judgement.
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    source: text('source').$type<'manual' | 'regrade'>().notNull().default('manual'),
    judged: jsonb('judged').notNull().default(sql`'{}'::jsonb`),
    metrics: jsonb('metrics').notNull().default(sql`'{}'::jsonb`),
    result: jsonb('result').notNull(),
    total: numeric('total', { precision: 7, scale: 2, mode: 'number' }),
    grade: text('grade'),
    attractiveness: numeric('attractiveness', { precision: 7, scale: 2, mode: 'number' }),
    ability: numeric('ability', { precision: 7, scale: 2, mode: 'number' }),
    quadrant: text('quadrant'),
    comment: text('comment'),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    index('account_evaluations_account_idx').on(t.accountId, t.evaluatedOn.desc(), t.createdAt.desc()),
    // The latest evaluation of each account with one model (matrix, re-grade carry-over).
    index('account_evaluations_model_idx').on(t.modelId, t.accountId, t.evaluatedOn.desc(), t.createdAt.desc()),
  ],
);

// GRD-4 batch re-grade jobs. Progress is written with each chunk in the chunk's own transaction,
// so after a restart a running job resumes after `lastAccountId` (accounts go in id order) with
// the same evaluation day, and every process answers about it. `heartbeatAt` moves with each
// chunk: a running job whose heartbeat stopped has lost its process and is taken over.
export const gradingJobs = pgTable(
  'grading_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    modelId: uuid('model_id')
      .notNull()
      .references(() => scoringModels.id, { onDelete: 'cascade' }),
    modelVersion: integer('model_version').notNull(),
    status: text('status').$type<'running' | 'done' | 'failed'>().notNull(),
    evaluatedOn: date('evaluated_on').notNull(),
    done: integer('done').notNull().default(0),
    total: integer('total').notNull(),
    changedCount: integer('changed_count').notNull().default(0),
    // The first 100 accounts whose grade (quadrant) changed: {accountId, from, to}.
    changed: jsonb('changed').notNull().default(sql`'[]'::jsonb`),
    lastAccountId: uuid('last_account_id'),
    startedBy: uuid('started_by').references(() => users.id, { onDelete: 'set null' }),
    startedAt: timestamp('started_at', { withTimezone: true }).defaultNow().notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    error: text('error'),
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }).defaultNow().notNull(),
  },
  // One running job per model: two starts at once get the same job.
  (t) => [uniqueIndex('grading_jobs_running_uq').on(t.modelId).where(sql`status = 'running'`)],
);
