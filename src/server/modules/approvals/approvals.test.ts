import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type Client, type TestApp } from '../../test/harness.ts';

// The approval engine over HTTP on the fixture organisation: director; D1 = M1 with S1a, S1b
// (managerId M1); D2 = M2 with S2; finance F1; admin.
let t: TestApp;
let c: Record<'s1a' | 's1b' | 'm1' | 'm2' | 'director' | 'f1' | 'admin', Client>;

beforeAll(async () => {
  t = await createTestApp();
  const names = ['s1a', 's1b', 'm1', 'm2', 'director', 'f1', 'admin'] as const;
  c = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await t.loginAs(n)] as const))) as typeof c;
});
afterAll(() => t.close());

const apply = async (client: Client, body: object = { title: '客户技术交流会场地费', amountFen: 8_000_00 }) => {
  const response = await client.post('/api/v1/approvals', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
};
const decide = (client: Client, r: { id: string; version: number }, action: string, comment?: string) =>
  client.post(`/api/v1/approvals/${r.id}/decision`, { action, comment, version: r.version });
const inboxCount = async (client: Client) => (await client.get('/api/v1/approvals/inbox-count')).json().count as number;

describe('approval requests: routing and decisions', () => {
  it('routes ¥8,000 through the manager and then the director (threshold ¥5,000), with history and audit', async () => {
    const before = await inboxCount(c.m1);
    const r = await apply(c.s1a);
    expect(r).toMatchObject({ status: 'pending', currentStep: 0, currentRelation: 'direct_manager', currentApproverNames: ['M1'], applicantName: 'S1A' });
    expect(r.route.map((s: { resolvedRelation: string; state: string }) => [s.resolvedRelation, s.state])).toEqual([
      ['direct_manager', 'current'],
      ['director', 'waiting'],
    ]);
    expect(await inboxCount(c.m1)).toBe(before + 1);
    expect((await c.m1.get('/api/v1/approvals?box=inbox')).json().items.map((i: { id: string }) => i.id)).toContain(r.id);

    const afterManager = (await decide(c.m1, r, 'approve', '同意')).json();
    expect(afterManager).toMatchObject({ status: 'pending', currentStep: 1, currentRelation: 'director', currentApproverNames: ['DIRECTOR'] });
    expect(await inboxCount(c.m1)).toBe(before);
    const done = (await decide(c.director, afterManager, 'approve')).json();
    expect(done.status).toBe('approved');
    expect(done.route.map((s: { state: string; decidedByName: string }) => [s.state, s.decidedByName])).toEqual([
      ['approved', 'M1'],
      ['approved', 'DIRECTOR'],
    ]);
    expect(done.history.map((h: { action: string; actorName: string }) => `${h.action}:${h.actorName}`)).toEqual(['submit:S1A', 'approve:M1', 'approve:DIRECTOR']);
    const mine = (await c.s1a.get('/api/v1/approvals?box=mine&status=approved')).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toContain(r.id);
    const log = (await c.admin.get(`/api/v1/audit?entityType=approval_request&entityId=${r.id}`)).json();
    expect(log.items.map((e: { action: string }) => e.action).sort()).toEqual(['create', 'update', 'update']);
  });

  it('needs only the manager below the threshold', async () => {
    const r = await apply(c.s1a, { title: '样品快递费', amountFen: 300_00 });
    expect(r.route[1]).toMatchObject({ state: 'skipped', skipReason: 'below_threshold' });
    expect((await decide(c.m1, r, 'approve')).json().status).toBe('approved');
  });

  it('refuses self-approval, the wrong person, outsiders and stale versions', async () => {
    const r = await apply(c.s1a);
    const self = await decide(c.s1a, r, 'approve');
    expect([self.statusCode, self.json().code]).toEqual([403, 'APPROVAL_SELF_DECISION']);
    const early = await decide(c.director, r, 'approve');
    expect([early.statusCode, early.json().code]).toEqual([403, 'APPROVAL_NOT_YOUR_TURN']);
    // Not on the route, not the applicant: the request does not exist for them.
    for (const outsider of [c.s1b, c.m2, c.f1]) {
      expect((await decide(outsider, r, 'approve')).statusCode).toBe(404);
      expect((await outsider.get(`/api/v1/approvals/${r.id}`)).statusCode).toBe(404);
    }
    expect((await decide(c.m1, { ...r, version: r.version + 5 }, 'approve')).statusCode).toBe(409);
    const noComment = await decide(c.m1, r, 'reject');
    expect([noComment.statusCode, noComment.json().code, noComment.json().errors[0].path]).toEqual([400, 'APPROVAL_COMMENT_REQUIRED', 'body.comment']);
    const rejected = (await decide(c.m1, r, 'reject', '本月预算已用完')).json();
    expect([rejected.status, rejected.route[0].comment]).toEqual(['rejected', '本月预算已用完']);
    expect((await decide(c.m1, rejected, 'approve')).json().code).toBe('APPROVAL_NOT_PENDING');
  });

  it('returns to the applicant, who corrects and resubmits; withdraws only their own open request', async () => {
    const r = await apply(c.s1a);
    const returned = (await decide(c.m1, r, 'return', '请补充参会客户名单')).json();
    expect(returned.status).toBe('returned');
    expect(returned.can).toMatchObject({ decide: false, resubmit: false });
    expect((await c.s1a.get(`/api/v1/approvals/${r.id}`)).json().can).toMatchObject({ resubmit: true, withdraw: true, decide: false });
    expect((await c.m1.post(`/api/v1/approvals/${r.id}/resubmit`, { version: returned.version })).statusCode).toBe(403);
    const again = (await c.s1a.post(`/api/v1/approvals/${r.id}/resubmit`, { version: returned.version, amountFen: 4_000_00, comment: '已补充名单' })).json();
    expect([again.status, again.amountFen, again.currentStep, again.route[1].state]).toEqual(['pending', 4_000_00, 0, 'skipped']);
    expect((await c.m1.post(`/api/v1/approvals/${r.id}/withdraw`, { version: again.version })).json().code).toBe('APPROVAL_NOT_APPLICANT');
    const withdrawn = (await c.s1a.post(`/api/v1/approvals/${r.id}/withdraw`, { version: again.version })).json();
    expect(withdrawn.status).toBe('withdrawn');
    expect(withdrawn.history.map((h: { action: string }) => h.action)).toEqual(['submit', 'return', 'resubmit', 'withdraw']);
    expect((await c.s1a.post(`/api/v1/approvals/${r.id}/withdraw`, { version: withdrawn.version })).json().code).toBe('APPROVAL_CLOSED');
  });

  it("sends a manager's own request to the director once (never to themself)", async () => {
    const r = await apply(c.m1);
    expect(r.route.map((s: { resolvedRelation: string; state: string }) => [s.resolvedRelation, s.state])).toEqual([
      ['direct_manager', 'current'],
      ['director', 'skipped'],
    ]);
    expect(r.currentApproverNames).toEqual(['DIRECTOR']);
    expect((await decide(c.director, r, 'approve')).json().status).toBe('approved');
  });
});

describe('approval requests: a step whose role has nobody', () => {
  it('keeps the request, shows admins the reason, and continues after the org is fixed and the request re-routed', async () => {
    const created = await c.admin.post('/api/v1/users', { username: 'loner', name: '孤立专员', password: TEST_PASSWORD, role: 'account_manager' });
    expect(created.statusCode, created.body).toBe(201);
    const loner = await t.loginAs('loner');
    const r = await apply(loner);
    expect([r.status, r.currentApproverNames]).toEqual(['no_approver', []]);
    const all = (await c.admin.get('/api/v1/approvals?box=all&status=no_approver')).json();
    expect(all.items.map((i: { id: string }) => i.id)).toContain(r.id);
    // It is in the administrators' inbox (and badge) until someone unblocks it; nobody else's.
    const adminInbox = await inboxCount(c.admin);
    expect((await c.admin.get('/api/v1/approvals?box=inbox')).json().items.map((i: { id: string }) => i.id)).toContain(r.id);
    expect((await c.director.get('/api/v1/approvals?box=inbox')).json().items.map((i: { id: string }) => i.id)).not.toContain(r.id);
    expect((await decide(c.director, r, 'approve')).json().code).toBe('APPROVAL_NO_APPROVER');
    const adminView = (await c.admin.get(`/api/v1/approvals/${r.id}`)).json();
    expect(adminView.can.manage).toBe(true);

    // Only an admin re-routes; after the manager is set the step goes to them.
    expect((await c.director.post(`/api/v1/approvals/${r.id}/reroute`, { version: r.version })).statusCode).toBe(403);
    await c.admin.patch(`/api/v1/users/${created.json().id}`, { version: created.json().version, managerId: t.users.m2.id });
    const rerouted = (await c.admin.post(`/api/v1/approvals/${r.id}/reroute`, { version: r.version })).json();
    expect([rerouted.status, rerouted.currentApproverNames]).toEqual(['pending', ['M2']]);
    expect(await inboxCount(c.admin)).toBe(adminInbox - 1);
    expect((await decide(c.m2, rerouted, 'approve')).json().currentApproverNames).toEqual(['DIRECTOR']);
  });

  it('lets an admin name an approver, never the applicant or a disabled user', async () => {
    const r = await apply(c.s1a);
    const self = await c.admin.post(`/api/v1/approvals/${r.id}/reassign`, { version: r.version, userId: t.users.s1a.id });
    expect([self.statusCode, self.json().code]).toEqual([400, 'APPROVAL_SELF_ASSIGN']);
    const disabled = await c.admin.post(`/api/v1/approvals/${r.id}/reassign`, { version: r.version, userId: t.users.disabled.id });
    expect(disabled.json().code).toBe('APPROVAL_ASSIGNEE_INVALID');
    const moved = (await c.admin.post(`/api/v1/approvals/${r.id}/reassign`, { version: r.version, userId: t.users.m2.id, comment: 'M1 休假' })).json();
    expect([moved.currentApproverNames, moved.route[0].isReassigned]).toEqual([['M2'], true]);
    // M1 is no longer on the route: the request is gone for them.
    expect((await decide(c.m1, moved, 'approve')).statusCode).toBe(404);
    expect((await decide(c.m2, moved, 'approve')).json().currentStep).toBe(1);
  });
});

describe('approval flows', () => {
  it('serves the ready flow, saves an edit with its version, and routes new requests by it', async () => {
    const ready = (await c.admin.get('/api/v1/approval-flows/general')).json();
    expect(ready).toMatchObject({ isDefault: true, version: 0, steps: [{ relation: 'direct_manager', minAmountFen: null }, { relation: 'director', minAmountFen: 5_000_00 }] });
    expect((await c.director.get('/api/v1/approval-flows/general')).statusCode).toBe(403);
    const bad = await c.admin.put('/api/v1/approval-flows/general', { version: 0, steps: [] });
    expect(bad.statusCode).toBe(400);
    const steps = [{ relation: 'direct_manager', minAmountFen: null }, { relation: 'finance', minAmountFen: 1_000_00 }];
    const saved = (await c.admin.put('/api/v1/approval-flows/general', { version: 0, steps })).json();
    expect(saved).toMatchObject({ isDefault: false, version: 1, steps });
    expect((await c.admin.put('/api/v1/approval-flows/general', { version: 0, steps })).statusCode).toBe(409);
    const r = await apply(c.s1a, { title: '展会物料', amountFen: 2_000_00 });
    expect(r.route.map((s: { resolvedRelation: string }) => s.resolvedRelation)).toEqual(['direct_manager', 'finance']);
    const atFinance = (await decide(c.m1, r, 'approve')).json();
    expect(atFinance.currentApproverNames).toEqual(['F1']);
    // Requests under way keep their route when the flow changes again.
    await c.admin.put('/api/v1/approval-flows/general', { version: 1, steps: [{ relation: 'director', minAmountFen: null }] });
    expect((await decide(c.f1, atFinance, 'approve')).json().status).toBe('approved');
    await c.admin.put('/api/v1/approval-flows/general', { version: 2, steps: ready.steps });
  });

  it('names the bad field of a flow or a request', async () => {
    const flow = await c.admin.put('/api/v1/approval-flows/visit', { version: 0, steps: [{ relation: 'ceo', minAmountFen: null }] });
    expect(flow.statusCode).toBe(400);
    expect(JSON.stringify(flow.json().errors)).toContain('relation');
    const request = await c.s1a.post('/api/v1/approvals', { title: '', amountFen: -1 });
    expect(request.statusCode).toBe(400);
    expect((await c.s1a.get('/api/v1/approvals?box=all')).statusCode).toBe(403);
    expect((await c.director.get('/api/v1/approvals?box=all')).statusCode).toBe(200);
  });
});
