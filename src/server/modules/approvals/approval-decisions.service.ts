import { eq } from 'drizzle-orm';
import {
  buildRoute,
  currentApprovers,
  decide,
  reassign,
  reroute,
  resubmit,
  withdraw,
  type Decision,
  type RequestState,
  type Transition,
  type TransitionError,
} from '../../../domain/approvals/index.ts';
import type { Viewer } from '../../../domain/users/visibility.ts';
import type { Db, Tx } from '../../db/connection.ts';
import type { Actor } from '../../auth/current-user.ts';
import { AppError, versionConflict, type FieldError } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { users } from '../users/users.schema.ts';
import { getFlow } from './approval-flows.service.ts';
import { ApprovalErrors } from './approvals.errors.ts';
import { approvalActions, approvalRequests, type ApprovalActionKind } from './approvals.schema.ts';
import { canSeeRequest, closedAtFor, getApproval } from './approvals.service.ts';
import { loadApplicantOrg } from './approver-org.ts';

type RequestRow = typeof approvalRequests.$inferSelect;
type Patch = Partial<Pick<RequestRow, 'title' | 'description' | 'amountFen'>>;
type Step = (state: RequestState, row: RequestRow, tx: Tx) => Promise<{ transition: Transition; patch?: Patch }>;

const FIELD_OF: Partial<Record<TransitionError, string>> = { APPROVAL_COMMENT_REQUIRED: 'body.comment', APPROVAL_SELF_ASSIGN: 'body.userId' };

function refusal(code: TransitionError): AppError {
  const field = FIELD_OF[code];
  const errors: FieldError[] = field ? [{ path: field, message: ApprovalErrors[code].title }] : [];
  return new AppError(ApprovalErrors[code], undefined, { errors });
}

// One transaction per act: lock the request, check who may see it and the version, apply the pure
// transition, write the request, its history line and the audit entry together.
async function act(db: Db, actor: Actor, viewer: Viewer, id: string, input: { version: number; action: ApprovalActionKind; comment?: string | null }, step: Step) {
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(approvalRequests).where(eq(approvalRequests.id, id)).for('update');
    if (!row || !canSeeRequest(viewer, row)) throw new AppError(ApprovalErrors.APPROVAL_NOT_FOUND);
    if (row.version !== input.version) throw versionConflict();
    const state: RequestState = { applicantId: row.applicantId, status: row.status, currentStep: row.currentStep, route: row.route };
    const { transition, patch } = await step(state, row, tx);
    if (!transition.ok) throw refusal(transition.code);
    const next = transition.state;
    const now = new Date();
    await tx
      .update(approvalRequests)
      .set({
        ...patch,
        status: next.status,
        currentStep: next.currentStep,
        route: next.route,
        currentApproverIds: currentApprovers(next),
        closedAt: closedAtFor(next.status, now),
        ...(input.action === 'resubmit' ? { submittedAt: now } : {}),
        updatedAt: now,
        version: row.version + 1,
      })
      .where(eq(approvalRequests.id, id));
    await tx.insert(approvalActions).values({ requestId: id, stepIndex: state.currentStep, actorId: viewer.id, action: input.action, comment: input.comment ?? null });
    await recordAudit(tx, actor, {
      entityType: 'approval_request',
      entityId: id,
      action: 'update',
      before: { status: row.status, currentStep: row.currentStep, ...(patch ? Object.fromEntries(Object.keys(patch).map((k) => [k, row[k as keyof Patch]])) : {}) },
      after: { status: next.status, currentStep: next.currentStep, act: input.action, comment: input.comment ?? null, ...patch },
    });
  });
  return getApproval(db, viewer, id);
}

export const decideApproval = (db: Db, actor: Actor, viewer: Viewer, id: string, input: { action: Decision; comment?: string | null; version: number }) =>
  act(db, actor, viewer, id, { version: input.version, action: input.action, comment: input.comment }, async (state) => ({
    transition: decide(state, viewer.id, input.action, input.comment ?? null, new Date()),
  }));

// The applicant answers a return: for a general request they may correct title, amount and
// description; the request then runs through the flow and organisation as they are now.
export const resubmitApproval = (
  db: Db,
  actor: Actor,
  viewer: Viewer,
  id: string,
  input: { version: number; comment?: string | null; title?: string; description?: string | null; amountFen?: number | null },
) =>
  act(db, actor, viewer, id, { version: input.version, action: 'resubmit', comment: input.comment }, async (state, row, tx) => {
    const patch: Patch = {};
    if (row.kind === 'general') {
      if (input.title !== undefined) patch.title = input.title;
      if (input.description !== undefined) patch.description = input.description;
      if (input.amountFen !== undefined) patch.amountFen = input.amountFen;
    }
    const flow = await getFlow(tx, row.kind);
    const route = buildRoute(flow.steps, patch.amountFen !== undefined ? patch.amountFen : row.amountFen, await loadApplicantOrg(tx, row.applicantId));
    return { transition: resubmit(state, viewer.id, route), patch: Object.keys(patch).length > 0 ? patch : undefined };
  });

export const withdrawApproval = (db: Db, actor: Actor, viewer: Viewer, id: string, input: { version: number; comment?: string | null }) =>
  act(db, actor, viewer, id, { version: input.version, action: 'withdraw', comment: input.comment }, async (state) => ({ transition: withdraw(state, viewer.id) }));

// Admin: a named, active person decides the current step (its role has nobody, or they are away).
export const reassignApproval = (db: Db, actor: Actor, viewer: Viewer, id: string, input: { version: number; userId: string; comment?: string | null }) =>
  act(db, actor, viewer, id, { version: input.version, action: 'reassign', comment: input.comment }, async (state, _row, tx) => {
    const [user] = await tx.select({ isDisabled: users.isDisabled }).from(users).where(eq(users.id, input.userId));
    if (!user || user.isDisabled) {
      throw new AppError(ApprovalErrors.APPROVAL_ASSIGNEE_INVALID, undefined, { errors: [{ path: 'body.userId', message: 'unknown or disabled user' }] });
    }
    return { transition: reassign(state, input.userId) };
  });

// Admin, after fixing the organisation (a manager set, a finance user added): resolve the open
// steps again.
export const rerouteApproval = (db: Db, actor: Actor, viewer: Viewer, id: string, input: { version: number }) =>
  act(db, actor, viewer, id, { version: input.version, action: 'reroute' }, async (state, row, tx) => {
    const route = buildRoute(row.route, row.amountFen, await loadApplicantOrg(tx, row.applicantId));
    return { transition: reroute(state, route) };
  });
