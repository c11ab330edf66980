import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ApprovalKind, ApprovalStatus, FlowStep, RouteStep } from '../../../domain/approvals/index.ts';
import { recordColumns } from '../../db/sql-helpers.ts';
import { users } from '../users/users.schema.ts';

const tz = { withTimezone: true } as const;

// One flow per kind of request, saved by an admin; a kind without a row uses its ready flow.
export const approvalFlows = pgTable('approval_flows', {
  kind: text('kind').$type<ApprovalKind>().primaryKey(),
  steps: jsonb('steps').$type<FlowStep[]>().notNull(),
  ...recordColumns(),
});

// A request in the approval engine. The subject (a visit, an expense claim, …) lives in its own
// module; `route` is the flow resolved for this applicant when submitted (later flow edits do not
// touch requests under way). `current_approver_ids` is the current step's approvers while pending,
// kept beside the route so that the inbox is one indexed lookup.
export const approvalRequests = pgTable(
  'approval_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<ApprovalKind>().notNull(),
    subjectType: text('subject_type'),
    subjectId: uuid('subject_id'),
    applicantId: uuid('applicant_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    description: text('description'),
    amountFen: bigint('amount_fen', { mode: 'number' }),
    currency: text('currency').notNull().default('CNY'),
    status: text('status').$type<ApprovalStatus>().notNull(),
    currentStep: integer('current_step'),
    route: jsonb('route').$type<RouteStep[]>().notNull(),
    currentApproverIds: uuid('current_approver_ids').array().notNull().default([]),
    submittedAt: timestamp('submitted_at', tz).defaultNow().notNull(),
    closedAt: timestamp('closed_at', tz),
    ...recordColumns(),
  },
  (t) => [
    index('approval_requests_applicant_idx').on(t.applicantId, t.updatedAt),
    index('approval_requests_approvers_idx').using('gin', t.currentApproverIds),
    index('approval_requests_status_idx').on(t.status, t.updatedAt),
    index('approval_requests_subject_idx').on(t.subjectType, t.subjectId),
  ],
);

// The history: every submission, decision, withdrawal and admin intervention, in order.
export const approvalActions = pgTable(
  'approval_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => approvalRequests.id, { onDelete: 'cascade' }),
    stepIndex: integer('step_index'),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').$type<ApprovalActionKind>().notNull(),
    comment: text('comment'),
    createdAt: timestamp('created_at', tz).defaultNow().notNull(),
  },
  (t) => [index('approval_actions_request_idx').on(t.requestId, t.createdAt), index('approval_actions_actor_idx').on(t.actorId)],
);

export const APPROVAL_ACTIONS = ['submit', 'approve', 'reject', 'return', 'resubmit', 'withdraw', 'reassign', 'reroute'] as const;
export type ApprovalActionKind = (typeof APPROVAL_ACTIONS)[number];
