import { describe, expect, it } from 'vitest';
import { DEFAULT_FLOWS } from './flow.ts';
import { buildRoute, type ApplicantOrg } from './route.ts';
import { currentApprovers, decide, reassign, reroute, resubmit, startRequest, withdraw, type RequestState, type Transition } from './state.ts';

const org: ApplicantOrg = { applicantId: 'S', directManagerId: 'M', departmentManagerId: 'M', directorIds: ['DIR'], financeIds: ['FIN'] };
const now = new Date('2026-11-23T08:00:00Z');
const ok = (t: Transition): RequestState => {
  if (!t.ok) throw new Error(`expected ok, got ${t.code}`);
  return t.state;
};
const code = (t: Transition) => (t.ok ? 'ok' : t.code);
const submitted = (amountFen: number | null, o: ApplicantOrg = org) => startRequest(o.applicantId, buildRoute(DEFAULT_FLOWS.general, amountFen, o));

describe('request state machine', () => {
  it('walks manager → director for ¥8,000 and ends approved', () => {
    let s = submitted(8_000_00);
    expect([s.status, s.currentStep, currentApprovers(s)]).toEqual(['pending', 0, ['M']]);
    s = ok(decide(s, 'M', 'approve', null, now));
    expect([s.status, s.currentStep, currentApprovers(s)]).toEqual(['pending', 1, ['DIR']]);
    expect(s.route[0]).toMatchObject({ state: 'approved', decidedBy: 'M', decidedAt: now.toISOString() });
    s = ok(decide(s, 'DIR', 'approve', '同意', now));
    expect([s.status, s.currentStep]).toEqual(['approved', null]);
  });

  it('needs only the manager below the threshold', () => {
    const s = ok(decide(submitted(1_000_00), 'M', 'approve', null, now));
    expect(s.status).toBe('approved');
  });

  it('refuses self-approval, the wrong person, and a decision out of turn', () => {
    const s = submitted(8_000_00);
    expect(code(decide(s, 'S', 'approve', null, now))).toBe('APPROVAL_SELF_DECISION');
    expect(code(decide(s, 'DIR', 'approve', null, now))).toBe('APPROVAL_NOT_YOUR_TURN');
    expect(code(decide(s, 'FIN', 'approve', null, now))).toBe('APPROVAL_NOT_YOUR_TURN');
  });

  it('asks for a comment to reject or return', () => {
    const s = submitted(8_000_00);
    expect(code(decide(s, 'M', 'reject', null, now))).toBe('APPROVAL_COMMENT_REQUIRED');
    const rejected = ok(decide(s, 'M', 'reject', '预算不足', now));
    expect([rejected.status, rejected.route[0].state, rejected.route[0].comment]).toEqual(['rejected', 'rejected', '预算不足']);
    expect(code(decide(rejected, 'M', 'approve', null, now))).toBe('APPROVAL_NOT_PENDING');
    expect(code(resubmit(rejected, 'S', submitted(1).route))).toBe('APPROVAL_NOT_RETURNED');
  });

  it('returns to the applicant, who resubmits through a fresh route', () => {
    const returned = ok(decide(submitted(8_000_00), 'M', 'return', '补充拜访目的', now));
    expect(returned.status).toBe('returned');
    expect(currentApprovers(returned)).toEqual([]);
    expect(code(resubmit(returned, 'M', submitted(1).route))).toBe('APPROVAL_NOT_APPLICANT');
    const again = ok(resubmit(returned, 'S', buildRoute(DEFAULT_FLOWS.general, 3_000_00, org)));
    expect([again.status, again.currentStep, again.route.map((r) => r.state)]).toEqual(['pending', 0, ['current', 'skipped']]);
  });

  it('lets only the applicant withdraw an open request', () => {
    const s = submitted(8_000_00);
    expect(code(withdraw(s, 'M'))).toBe('APPROVAL_NOT_APPLICANT');
    const withdrawn = ok(withdraw(s, 'S'));
    expect([withdrawn.status, withdrawn.currentStep]).toEqual(['withdrawn', null]);
    expect(code(withdraw(withdrawn, 'S'))).toBe('APPROVAL_CLOSED');
    expect(code(decide(withdrawn, 'M', 'approve', null, now))).toBe('APPROVAL_NOT_PENDING');
  });
});

describe('missing approvers: the request is kept and an admin unblocks it', () => {
  const noManager: ApplicantOrg = { ...org, directManagerId: null };

  it('waits in no_approver at the empty step and refuses decisions there', () => {
    const s = submitted(8_000_00, noManager);
    expect([s.status, s.currentStep, currentApprovers(s)]).toEqual(['no_approver', 0, []]);
    expect(code(decide(s, 'DIR', 'approve', null, now))).toBe('APPROVAL_NO_APPROVER');
  });

  it('reaches no_approver later in the route when a later role is empty', () => {
    const s = ok(decide(submitted(8_000_00, { ...org, directorIds: [] }), 'M', 'approve', null, now));
    expect([s.status, s.currentStep]).toEqual(['no_approver', 1]);
  });

  it('continues after an admin names someone (never the applicant)', () => {
    const s = submitted(8_000_00, noManager);
    expect(code(reassign(s, 'S'))).toBe('APPROVAL_SELF_ASSIGN');
    const assigned = ok(reassign(s, 'M2'));
    expect([assigned.status, currentApprovers(assigned), assigned.route[0].isReassigned]).toEqual(['pending', ['M2'], true]);
    expect(ok(decide(assigned, 'M2', 'approve', null, now)).currentStep).toBe(1);
  });

  it('continues after the organisation is fixed and the request re-routed, keeping decisions made', () => {
    const stuck = ok(decide(submitted(8_000_00, { ...org, directorIds: [] }), 'M', 'approve', null, now));
    const fixed = ok(reroute(stuck, buildRoute(DEFAULT_FLOWS.general, 8_000_00, { ...org, directorIds: ['DIR'] })));
    expect([fixed.status, fixed.currentStep, currentApprovers(fixed), fixed.route[0].state]).toEqual(['pending', 1, ['DIR'], 'approved']);
  });

  it('approves at once when no step applies at this amount', () => {
    const s = startRequest('S', buildRoute([{ relation: 'director', minAmountFen: 5_000_00 }], 100, org));
    expect([s.status, s.currentStep]).toEqual(['approved', null]);
  });
});
