import { stepApplies, type ApproverRelation, type FlowStep } from './flow.ts';

// Who holds each role for one applicant, as the organisation stands (active users only).
export type ApplicantOrg = {
  applicantId: string;
  directManagerId: string | null;
  departmentManagerId: string | null;
  directorIds: readonly string[];
  financeIds: readonly string[];
};

export type StepState = 'skipped' | 'waiting' | 'current' | 'approved' | 'rejected' | 'returned';
export type SkipReason = 'below_threshold' | 'same_approver';

export type RouteStep = FlowStep & {
  // The role that actually approves: differs from `relation` when the applicant holds that role
  // themselves and the step went one role up.
  resolvedRelation: ApproverRelation;
  // Any one of them may decide (one person for managers; every director / finance user for those).
  // Empty: nobody holds the role, the request waits for an admin (APPROVAL_NO_APPROVER).
  approverIds: string[];
  isReassigned: boolean;
  state: StepState;
  skipReason: SkipReason | null;
  decidedBy: string | null;
  decidedAt: string | null;
  comment: string | null;
};

// Nobody approves their own request. When the applicant holds a step's role, the step goes to the
// next role up this ladder (a department manager's own request goes to the director); director and
// finance are pools, so the applicant is simply left out of them.
const LADDER: readonly ApproverRelation[] = ['direct_manager', 'department_manager', 'director'];

function holders(relation: ApproverRelation, org: ApplicantOrg): string[] {
  switch (relation) {
    case 'direct_manager':
      return org.directManagerId ? [org.directManagerId] : [];
    case 'department_manager':
      return org.departmentManagerId ? [org.departmentManagerId] : [];
    case 'director':
      return [...org.directorIds];
    case 'finance':
      return [...org.financeIds];
  }
}

export function resolveApprovers(relation: ApproverRelation, org: ApplicantOrg): { resolvedRelation: ApproverRelation; approverIds: string[] } {
  const ids = holders(relation, org);
  const others = ids.filter((id) => id !== org.applicantId);
  const heldBySelf = ids.length > 0 && others.length === 0;
  const next = LADDER[LADDER.indexOf(relation) + 1];
  if (heldBySelf && LADDER.includes(relation) && next) return resolveApprovers(next, org);
  return { resolvedRelation: relation, approverIds: others };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

// The route of a request: every step of the flow, those below their threshold skipped, and a step
// whose approvers are exactly the previous step's merged into it (nobody signs the same request twice
// in a row, e.g. a manager's own request whose manager is the director).
export function buildRoute(steps: readonly FlowStep[], amountFen: number | null, org: ApplicantOrg): RouteStep[] {
  const route: RouteStep[] = [];
  let previous: string[] | null = null;
  for (const s of steps) {
    const { resolvedRelation, approverIds } = resolveApprovers(s.relation, org);
    const base = { relation: s.relation, minAmountFen: s.minAmountFen, resolvedRelation, approverIds, isReassigned: false, decidedBy: null, decidedAt: null, comment: null };
    if (!stepApplies(s, amountFen)) {
      route.push({ ...base, state: 'skipped', skipReason: 'below_threshold' });
      continue;
    }
    if (previous && approverIds.length > 0 && sameSet(previous, approverIds)) {
      route.push({ ...base, state: 'skipped', skipReason: 'same_approver' });
      continue;
    }
    route.push({ ...base, state: 'waiting', skipReason: null });
    previous = approverIds;
  }
  return route;
}

// Index of the first step at or after `from` that still needs a decision, or null when none does.
export const nextOpenStep = (route: readonly RouteStep[], from: number): number | null => {
  for (let i = from; i < route.length; i++) if (route[i].state === 'waiting' || route[i].state === 'current') return i;
  return null;
};
