import { and, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import {
  buildRoute,
  currentApprovers,
  startRequest,
  type ApprovalKind,
  type ApprovalStatus,
  type RouteStep,
} from '../../../domain/approvals/index.ts';
import { hasPermission } from '../../../domain/users/permissions.ts';
import type { Viewer } from '../../../domain/users/visibility.ts';
import type { Db, Executor } from '../../db/connection.ts';
import type { Actor } from '../../auth/current-user.ts';
import { countAll } from '../../db/sql-helpers.ts';
import { AppError, CommonErrors } from '../../lib/errors.ts';
import { eqIf } from '../../lib/pagination.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { users } from '../users/users.schema.ts';
import { getFlow } from './approval-flows.service.ts';
import { ApprovalErrors } from './approvals.errors.ts';
import { approvalActions, approvalRequests } from './approvals.schema.ts';
import { loadApplicantOrg, namesOf } from './approver-org.ts';

export type SubmitInput = {
  kind: ApprovalKind;
  subjectType: string | null;
  subjectId: string | null;
  applicantId: string;
  amountFen: number | null;
  title: string;
  description?: string | null;
};

const CLOSED: readonly ApprovalStatus[] = ['approved', 'rejected', 'withdrawn'];
export const closedAtFor = (status: ApprovalStatus, now: Date) => (CLOSED.includes(status) ? now : null);

// The engine's entry point for every module (visits, receptions, expense claims, development
// applications, account plans): call it inside the transaction that writes the subject, so that a
// subject never exists without its request. A step whose role has nobody does not fail the
// submission: the request is stored and waits (status no_approver) for an admin.
export async function submitForApproval(tx: Executor, actor: Actor, input: SubmitInput): Promise<{ id: string; status: ApprovalStatus }> {
  const flow = await getFlow(tx, input.kind);
  const org = await loadApplicantOrg(tx, input.applicantId);
  const state = startRequest(input.applicantId, buildRoute(flow.steps, input.amountFen, org));
  const now = new Date();
  const [created] = await tx
    .insert(approvalRequests)
    .values({
      kind: input.kind,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      applicantId: input.applicantId,
      title: input.title,
      description: input.description ?? null,
      amountFen: input.amountFen,
      status: state.status,
      currentStep: state.currentStep,
      route: state.route,
      currentApproverIds: currentApprovers(state),
      closedAt: closedAtFor(state.status, now),
      createdBy: actor.id,
    })
    .returning({ id: approvalRequests.id });
  await tx.insert(approvalActions).values({ requestId: created.id, actorId: input.applicantId, action: 'submit' });
  await recordAudit(tx, actor, {
    entityType: 'approval_request',
    entityId: created.id,
    action: 'create',
    after: { kind: input.kind, title: input.title, amountFen: input.amountFen, status: state.status, currentStep: state.currentStep },
  });
  return { id: created.id, status: state.status };
}

// A free-form application (title, amount, description): the engine usable on its own.
export async function createGeneralRequest(db: Db, actor: Actor, viewer: Viewer, input: { title: string; description?: string | null; amountFen?: number | null }) {
  const { id } = await db.transaction((tx) =>
    submitForApproval(tx, actor, { kind: 'general', subjectType: null, subjectId: null, applicantId: viewer.id, amountFen: input.amountFen ?? null, title: input.title, description: input.description }),
  );
  return getApproval(db, viewer, id);
}

const waitingFor = (userId: string): SQL => sql`${approvalRequests.currentApproverIds} @> array[${userId}]::uuid[]`;

export type Box = 'inbox' | 'mine' | 'all';

// The inbox: what waits for my decision; for administrators also every request stuck at a step
// whose role has nobody (they are the ones who can unblock it).
function boxWhere(viewer: Viewer, box: Box): SQL | undefined {
  if (box === 'inbox') {
    const mine = and(eq(approvalRequests.status, 'pending'), waitingFor(viewer.id));
    return hasPermission(viewer.role, 'settings:manage') ? or(mine, eq(approvalRequests.status, 'no_approver')) : mine;
  }
  if (box === 'mine') return eq(approvalRequests.applicantId, viewer.id);
  if (!hasPermission(viewer.role, 'approvals:read-all')) throw new AppError(CommonErrors.FORBIDDEN);
  return undefined;
}

const listColumns = {
  id: approvalRequests.id,
  kind: approvalRequests.kind,
  title: approvalRequests.title,
  amountFen: approvalRequests.amountFen,
  currency: approvalRequests.currency,
  status: approvalRequests.status,
  applicantId: approvalRequests.applicantId,
  applicantName: users.name,
  currentStep: approvalRequests.currentStep,
  route: approvalRequests.route,
  submittedAt: approvalRequests.submittedAt,
  updatedAt: approvalRequests.updatedAt,
  version: approvalRequests.version,
};
type ListRow = {
  id: string;
  kind: ApprovalKind;
  title: string;
  amountFen: number | null;
  currency: string;
  status: ApprovalStatus;
  applicantId: string;
  applicantName: string;
  currentStep: number | null;
  route: RouteStep[];
  submittedAt: Date;
  updatedAt: Date;
  version: number;
};

// Where the request is: the role and people it waits for now (the applicant's "where is it").
const currentOf = (row: Pick<ListRow, 'currentStep' | 'route' | 'status'>) =>
  row.currentStep !== null && (row.status === 'pending' || row.status === 'no_approver') ? row.route[row.currentStep] : null;

function toListItem(row: ListRow, names: Map<string, string>) {
  const { route: _route, ...rest } = row;
  const current = currentOf(row);
  return {
    ...rest,
    currentRelation: current?.resolvedRelation ?? null,
    currentApproverNames: current ? current.approverIds.map((id) => names.get(id) ?? '') : [],
  };
}

export async function listApprovals(
  db: Executor,
  viewer: Viewer,
  q: { box: Box; status?: ApprovalStatus; kind?: ApprovalKind; limit: number; offset: number },
) {
  const where = and(boxWhere(viewer, q.box), eqIf(approvalRequests.status, q.status), eqIf(approvalRequests.kind, q.kind));
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(listColumns)
      .from(approvalRequests)
      .innerJoin(users, eq(users.id, approvalRequests.applicantId))
      .where(where)
      .orderBy(desc(approvalRequests.updatedAt), desc(approvalRequests.id))
      .limit(q.limit)
      .offset(q.offset),
    db.select({ total: countAll }).from(approvalRequests).where(where),
  ]);
  const names = await namesOf(db, rows.flatMap((r) => currentOf(r)?.approverIds ?? []));
  return { items: rows.map((r) => toListItem(r, names)), total };
}

export async function inboxCount(db: Executor, viewer: Viewer): Promise<{ count: number }> {
  const [{ total }] = await db.select({ total: countAll }).from(approvalRequests).where(boxWhere(viewer, 'inbox'));
  return { count: total };
}

// Applicant, anyone on the route (now or later), whoever decided a step, and directors/admins.
export const canSeeRequest = (viewer: Viewer, row: { applicantId: string; route: RouteStep[] }) =>
  row.applicantId === viewer.id ||
  row.route.some((s) => s.approverIds.includes(viewer.id) || s.decidedBy === viewer.id) ||
  hasPermission(viewer.role, 'approvals:read-all');

export async function getApproval(db: Executor, viewer: Viewer, id: string) {
  const [row] = await db
    .select({ ...listColumns, description: approvalRequests.description, subjectType: approvalRequests.subjectType, subjectId: approvalRequests.subjectId })
    .from(approvalRequests)
    .innerJoin(users, eq(users.id, approvalRequests.applicantId))
    .where(eq(approvalRequests.id, id));
  if (!row || !canSeeRequest(viewer, row)) throw new AppError(ApprovalErrors.APPROVAL_NOT_FOUND);
  const actions = await db.select().from(approvalActions).where(eq(approvalActions.requestId, id)).orderBy(approvalActions.createdAt, approvalActions.id);
  const names = await namesOf(db, [...row.route.flatMap((s) => [...s.approverIds, ...(s.decidedBy ? [s.decidedBy] : [])]), ...actions.flatMap((a) => (a.actorId ? [a.actorId] : []))]);
  const state = { applicantId: row.applicantId, status: row.status, currentStep: row.currentStep, route: row.route };
  const isApplicant = row.applicantId === viewer.id;
  const isOpen = row.status === 'pending' || row.status === 'no_approver';
  return {
    ...toListItem(row, names),
    description: row.description,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    route: row.route.map((s, index) => ({
      index,
      relation: s.relation,
      resolvedRelation: s.resolvedRelation,
      minAmountFen: s.minAmountFen,
      state: s.state,
      skipReason: s.skipReason,
      isReassigned: s.isReassigned,
      approvers: s.approverIds.map((approverId) => ({ id: approverId, name: names.get(approverId) ?? '' })),
      decidedByName: s.decidedBy ? (names.get(s.decidedBy) ?? '') : null,
      decidedAt: s.decidedAt ? new Date(s.decidedAt) : null,
      comment: s.comment,
    })),
    history: actions.map((a) => ({ id: a.id, action: a.action, stepIndex: a.stepIndex, actorName: a.actorId ? (names.get(a.actorId) ?? '') : null, comment: a.comment, createdAt: a.createdAt })),
    can: {
      decide: currentApprovers(state).includes(viewer.id),
      withdraw: isApplicant && (isOpen || row.status === 'returned'),
      resubmit: isApplicant && row.status === 'returned',
      manage: isOpen && hasPermission(viewer.role, 'settings:manage'),
    },
  };
}
