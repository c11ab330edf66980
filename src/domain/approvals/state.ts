import { nextOpenStep, type RouteStep } from './route.ts';

// The life of a request: pending at step n → approved / rejected / returned to the applicant →
// resubmitted (a fresh route); withdrawn by the applicant while open. `no_approver`: the current
// step's role has nobody; the request is kept and waits until an admin reassigns or re-routes it.
export const APPROVAL_STATUSES = ['pending', 'no_approver', 'approved', 'rejected', 'returned', 'withdrawn'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];
export const OPEN_STATUSES: readonly ApprovalStatus[] = ['pending', 'no_approver'];

export const DECISIONS = ['approve', 'reject', 'return'] as const;
export type Decision = (typeof DECISIONS)[number];

export type RequestState = {
  applicantId: string;
  status: ApprovalStatus;
  currentStep: number | null;
  route: RouteStep[];
};

export type TransitionError =
  | 'APPROVAL_SELF_DECISION'
  | 'APPROVAL_NOT_YOUR_TURN'
  | 'APPROVAL_NOT_PENDING'
  | 'APPROVAL_NO_APPROVER'
  | 'APPROVAL_COMMENT_REQUIRED'
  | 'APPROVAL_NOT_APPLICANT'
  | 'APPROVAL_NOT_RETURNED'
  | 'APPROVAL_CLOSED'
  | 'APPROVAL_SELF_ASSIGN';

export type Transition = { ok: true; state: RequestState } | { ok: false, code: TransitionError };

const fail = (code: TransitionError): Transition => ({ ok: false, code });

// Puts the request at the first open step from `from`: pending, waiting for nobody, or approved.
function enterStep(applicantId: string, route: RouteStep[], from: number): RequestState {
  const index = nextOpenStep(route, from);
  if (index === null) return { applicantId, status: 'approved', currentStep: null, route };
  const steps = route.map((s, i) => (i === index ? { ...s, state: 'current' as const } : s));
  return { applicantId, status: steps[index].approverIds.length > 0 ? 'pending' : 'no_approver', currentStep: index, route: steps };
}

export const startRequest = (applicantId: string, route: RouteStep[]): RequestState => enterStep(applicantId, route, 0);

// Who may decide now: the current step's approvers while pending (never the applicant).
export const currentApprovers = (state: RequestState): string[] =>
  state.status === 'pending' && state.currentStep !== null ? state.route[state.currentStep].approverIds.filter((id) => id !== state.applicantId) : [];

export function decide(state: RequestState, actorId: string, decision: Decision, comment: string | null, now: Date): Transition {
  if (actorId === state.applicantId) return fail('APPROVAL_SELF_DECISION');
  if (state.status === 'no_approver') return fail('APPROVAL_NO_APPROVER');
  if (state.status !== 'pending' || state.currentStep === null) return fail('APPROVAL_NOT_PENDING');
  if (!currentApprovers(state).includes(actorId)) return fail('APPROVAL_NOT_YOUR_TURN');
  if (decision !== 'approve' && !comment) return fail('APPROVAL_COMMENT_REQUIRED');
  const at = state.currentStep;
  const stepState = decision === 'approve' ? 'approved' : decision === 'reject' ? 'rejected' : 'returned';
  const route = state.route.map((s, i): RouteStep => (i === at ? { ...s, state: stepState, decidedBy: actorId, decidedAt: now.toISOString(), comment } : s));
  if (decision === 'approve') return { ok: true, state: enterStep(state.applicantId, route, at + 1) };
  return { ok: true, state: { ...state, status: stepState, route } };
}

// A returned request goes through a freshly built route (the flow and the organisation as they are now).
export function resubmit(state: RequestState, actorId: string, freshRoute: RouteStep[]): Transition {
  if (actorId !== state.applicantId) return fail('APPROVAL_NOT_APPLICANT');
  if (state.status !== 'returned') return fail('APPROVAL_NOT_RETURNED');
  return { ok: true, state: startRequest(state.applicantId, freshRoute) };
}

export function withdraw(state: RequestState, actorId: string): Transition {
  if (actorId !== state.applicantId) return fail('APPROVAL_NOT_APPLICANT');
  if (!OPEN_STATUSES.includes(state.status) && state.status !== 'returned') return fail('APPROVAL_CLOSED');
  const route = state.route.map((s) => (s.state === 'current' ? { ...s, state: 'waiting' as const } : s));
  return { ok: true, state: { ...state, status: 'withdrawn', currentStep: null, route } };
}

// Admin: a named person decides the current step (the role has nobody, or its holder is away).
export function reassign(state: RequestState, userId: string): Transition {
  if (!OPEN_STATUSES.includes(state.status) || state.currentStep === null) return fail('APPROVAL_CLOSED');
  if (userId === state.applicantId) return fail('APPROVAL_SELF_ASSIGN');
  const at = state.currentStep;
  const route = state.route.map((s, i) => (i === at ? { ...s, approverIds: [userId], isReassigned: true } : s));
  return { ok: true, state: { ...state, status: 'pending', route } };
}

// Admin, after fixing the organisation: the current and later steps are resolved again; decided
// steps keep their decisions.
export function reroute(state: RequestState, freshRoute: RouteStep[]): Transition {
  if (!OPEN_STATUSES.includes(state.status) || state.currentStep === null) return fail('APPROVAL_CLOSED');
  const from = state.currentStep;
  const route = [...state.route.slice(0, from), ...freshRoute.slice(from)];
  return { ok: true, state: enterStep(state.applicantId, route, from) };
}
