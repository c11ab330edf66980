import { describe, expect, it } from 'vitest';
import { DEFAULT_FLOWS, validateFlow, type FlowStep } from './flow.ts';
import { buildRoute, resolveApprovers, type ApplicantOrg } from './route.ts';

// The fixture organisation: specialist S reports to M, who manages department D; one director, one
// finance user.
const org = (overrides: Partial<ApplicantOrg> = {}): ApplicantOrg => ({
  applicantId: 'S',
  directManagerId: 'M',
  departmentManagerId: 'M',
  directorIds: ['DIR'],
  financeIds: ['FIN'],
  ...overrides,
});

const visit = DEFAULT_FLOWS.visit;
const summary = (steps: ReturnType<typeof buildRoute>) => steps.map((s) => [s.resolvedRelation, s.approverIds.join('+'), s.state, s.skipReason]);

describe('flow routing: thresholds', () => {
  it('skips the director below ¥5,000 and asks finance only when money is asked for', () => {
    expect(summary(buildRoute(visit, 4_999_99, org()))).toEqual([
      ['department_manager', 'M', 'waiting', null],
      ['director', 'DIR', 'skipped', 'below_threshold'],
      ['finance', 'FIN', 'waiting', null],
    ]);
    expect(buildRoute(visit, 0, org()).map((s) => s.state)).toEqual(['waiting', 'skipped', 'skipped']);
  });

  it('includes the director from exactly ¥5,000', () => {
    expect(buildRoute(visit, 5_000_00, org()).map((s) => s.state)).toEqual(['waiting', 'waiting', 'waiting']);
  });

  it('meets no threshold when the request has no amount', () => {
    expect(buildRoute(visit, null, org()).map((s) => s.state)).toEqual(['waiting', 'skipped', 'skipped']);
  });
});

describe('flow routing: the applicant never approves', () => {
  it("sends a department manager's own request one role up, to the director", () => {
    const route = buildRoute(DEFAULT_FLOWS.development, null, org({ applicantId: 'M', directManagerId: 'DIR', departmentManagerId: 'M' }));
    // Step 1 went up to the director; step 2 (director) is the same person and is merged.
    expect(summary(route)).toEqual([
      ['director', 'DIR', 'waiting', null],
      ['director', 'DIR', 'skipped', 'same_approver'],
    ]);
  });

  it('leaves the applicant out of the director and finance pools', () => {
    expect(resolveApprovers('director', org({ applicantId: 'DIR', directorIds: ['DIR', 'DIR2'] }))).toEqual({ resolvedRelation: 'director', approverIds: ['DIR2'] });
    expect(resolveApprovers('finance', org({ applicantId: 'FIN', financeIds: ['FIN'] })).approverIds).toEqual([]);
  });

  it('finds nobody above the only director', () => {
    expect(resolveApprovers('department_manager', org({ applicantId: 'DIR', departmentManagerId: 'DIR' }))).toEqual({ resolvedRelation: 'director', approverIds: [] });
  });
});

describe('flow routing: missing approvers', () => {
  it('keeps a step whose role has nobody, with no approvers (the request waits for an admin)', () => {
    const route = buildRoute(visit, 6_000_00, org({ departmentManagerId: null, financeIds: [] }));
    expect(summary(route)).toEqual([
      ['department_manager', '', 'waiting', null],
      ['director', 'DIR', 'waiting', null],
      ['finance', '', 'waiting', null],
    ]);
  });

  it('does not merge two empty steps', () => {
    const steps: FlowStep[] = [{ relation: 'direct_manager', minAmountFen: null }, { relation: 'department_manager', minAmountFen: null }];
    expect(buildRoute(steps, null, org({ directManagerId: null, departmentManagerId: null })).map((s) => s.state)).toEqual(['waiting', 'waiting']);
  });
});

describe('flow validation', () => {
  it('accepts every ready flow', () => {
    for (const steps of Object.values(DEFAULT_FLOWS)) expect(validateFlow(steps)).toEqual([]);
  });

  it('names the bad field', () => {
    expect(validateFlow([])).toEqual([{ path: 'steps', message: 'a flow needs at least one step' }]);
    expect(validateFlow([{ relation: 'director', minAmountFen: -1 }]).map((i) => i.path)).toEqual(['steps.0.minAmountFen']);
    expect(validateFlow([{ relation: 'ceo' as never, minAmountFen: 1.5 }]).map((i) => i.path)).toEqual(['steps.0.relation', 'steps.0.minAmountFen']);
  });
});
