import { z } from 'zod';
import { APPROVAL_KINDS, APPROVAL_STATUSES, APPROVER_RELATIONS, DECISIONS, MAX_FLOW_STEPS } from '../../../domain/approvals/index.ts';
import { optionalText, text } from '../../lib/schemas.ts';
import { APPROVAL_ACTIONS } from './approvals.schema.ts';

// API shapes of the approval engine (requests and flows).
const MAX_AMOUNT_FEN = 100_000_000_000_00; // ¥100 billion: far above any request, far below bigint
const amountFen = z.number().int().min(0).max(MAX_AMOUNT_FEN);
const comment = optionalText(1000);
const version = z.number().int().min(0);

export const kindParam = z.object({ kind: z.enum(APPROVAL_KINDS) });

export const flowStepSchema = z.strictObject({ relation: z.enum(APPROVER_RELATIONS), minAmountFen: amountFen.nullable() });
export const flowBody = z.strictObject({ steps: z.array(flowStepSchema).min(1).max(MAX_FLOW_STEPS), version });
export const flowSchema = z
  .object({ kind: z.enum(APPROVAL_KINDS), steps: z.array(z.object({ relation: z.enum(APPROVER_RELATIONS), minAmountFen: z.number().int().nullable() })), isDefault: z.boolean(), version: z.number().int() })
  .meta({ id: 'ApprovalFlow' });

export const createBody = z.strictObject({ title: text(200), description: optionalText(2000), amountFen: amountFen.nullable().optional() });
export const decisionBody = z.strictObject({ action: z.enum(DECISIONS), comment, version });
export const resubmitBody = z.strictObject({ version, comment, title: text(200).optional(), description: optionalText(2000), amountFen: amountFen.nullable().optional() });
export const withdrawBody = z.strictObject({ version, comment });
export const reassignBody = z.strictObject({ version, userId: z.uuid(), comment });
export const rerouteBody = z.strictObject({ version });

export const listQuery = z.object({
  box: z.enum(['inbox', 'mine', 'all']).default('inbox'),
  status: z.enum(APPROVAL_STATUSES).optional(),
  kind: z.enum(APPROVAL_KINDS).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

const listItemFields = {
  id: z.uuid(),
  kind: z.enum(APPROVAL_KINDS),
  title: z.string(),
  amountFen: z.number().int().nullable(),
  currency: z.string(),
  status: z.enum(APPROVAL_STATUSES),
  applicantId: z.uuid(),
  applicantName: z.string(),
  currentStep: z.number().int().nullable(),
  currentRelation: z.enum(APPROVER_RELATIONS).nullable(),
  currentApproverNames: z.array(z.string()),
  submittedAt: z.date(),
  updatedAt: z.date(),
  version: z.number().int(),
};
export const listItemSchema = z.object(listItemFields).meta({ id: 'ApprovalListItem' });

const routeStepSchema = z
  .object({
    index: z.number().int(),
    relation: z.enum(APPROVER_RELATIONS),
    resolvedRelation: z.enum(APPROVER_RELATIONS),
    minAmountFen: z.number().int().nullable(),
    state: z.enum(['skipped', 'waiting', 'current', 'approved', 'rejected', 'returned']),
    skipReason: z.enum(['below_threshold', 'same_approver']).nullable(),
    isReassigned: z.boolean(),
    approvers: z.array(z.object({ id: z.uuid(), name: z.string() })),
    decidedByName: z.string().nullable(),
    decidedAt: z.date().nullable(),
    comment: z.string().nullable(),
  })
  .meta({ id: 'ApprovalRouteStep' });

export const detailSchema = z
  .object({
    ...listItemFields,
    description: z.string().nullable(),
    subjectType: z.string().nullable(),
    subjectId: z.uuid().nullable(),
    route: z.array(routeStepSchema),
    history: z.array(
      z.object({ id: z.uuid(), action: z.enum(APPROVAL_ACTIONS), stepIndex: z.number().int().nullable(), actorName: z.string().nullable(), comment: z.string().nullable(), createdAt: z.date() }),
    ),
    can: z.object({ decide: z.boolean(), withdraw: z.boolean(), resubmit: z.boolean(), manage: z.boolean() }),
  })
  .meta({ id: 'ApprovalRequest' });
