// ACT-1/ACT-2/ACT-5, PLN-7: one approval engine for the whole product. A flow is an ordered list of
// steps; each step names who approves it relative to the applicant, and may apply only from an
// amount upwards (e.g. the director signs visits from ¥5,000). Amounts are fen (integer minor units).

export const APPROVAL_KINDS = ['general', 'visit', 'reception', 'expense', 'development', 'account_plan'] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];

// Who approves, relative to the applicant: their manager (users.manager_id), the manager of their
// department (teams.manager_id), any director, any finance user.
export const APPROVER_RELATIONS = ['direct_manager', 'department_manager', 'director', 'finance'] as const;
export type ApproverRelation = (typeof APPROVER_RELATIONS)[number];

export type FlowStep = {
  relation: ApproverRelation;
  // The step applies when the request's amount is at least this (fen); null = always.
  minAmountFen: number | null;
};

export const MAX_FLOW_STEPS = 8;

const step = (relation: ApproverRelation, minAmountFen: number | null = null): FlowStep => ({ relation, minAmountFen });
const YUAN_5000 = 5_000_00;

// Ready flows from seed 002 §3.2.1 (开发), §3.3.1 (拜访), §3.3.2 (接待) and PLN-7 (account plans):
// the KA department manager reviews, the director approves, finance approves the money. The director
// signs off below ¥5,000 only where the seed has no amount at all (development, plans); finance
// steps start at ¥1, i.e. only when money is asked for.
export const DEFAULT_FLOWS: Record<ApprovalKind, FlowStep[]> = {
  general: [step('direct_manager'), step('director', YUAN_5000)],
  visit: [step('department_manager'), step('director', YUAN_5000), step('finance', 1_00)],
  reception: [step('department_manager'), step('director', YUAN_5000), step('finance', 1_00)],
  expense: [step('direct_manager'), step('director', YUAN_5000), step('finance')],
  development: [step('department_manager'), step('director')],
  account_plan: [step('department_manager'), step('director')],
};

export type FlowIssue = { path: string; message: string };

// A flow an admin may save: 1–8 steps, known relations, thresholds whole non-negative fen.
export function validateFlow(steps: readonly FlowStep[]): FlowIssue[] {
  const issues: FlowIssue[] = [];
  if (steps.length === 0) issues.push({ path: 'steps', message: 'a flow needs at least one step' });
  if (steps.length > MAX_FLOW_STEPS) issues.push({ path: 'steps', message: `at most ${MAX_FLOW_STEPS} steps` });
  steps.forEach((s, i) => {
    if (!(APPROVER_RELATIONS as readonly string[]).includes(s.relation)) issues.push({ path: `steps.${i}.relation`, message: 'unknown approver' });
    if (s.minAmountFen !== null && (!Number.isSafeInteger(s.minAmountFen) || s.minAmountFen < 0)) {
      issues.push({ path: `steps.${i}.minAmountFen`, message: 'a whole, non-negative amount in fen' });
    }
  });
  return issues;
}

// A step applies when it has no threshold, or the amount reaches it. A request without an amount
// meets no threshold.
export const stepApplies = (s: FlowStep, amountFen: number | null): boolean =>
  s.minAmountFen === null || (amountFen !== null && amountFen >= s.minAmountFen);
