import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let admin: Client;
let director: Client;
let s1a: Client;
let s2: Client;
const id = { graded: '', ungraded: '', other: '' };

// Judged criteria only: the test decides the grade and the quadrant by the scores it gives.
const GRADE_MODEL = {
  kind: 'grade',
  name: { 'zh-CN': '服务等级测试', 'en-US': 'Service level test' },
  criteria: [{ key: 'openness', name: { 'zh-CN': '开放', 'en-US': 'Openness' }, weight: 100, scale: '1-5', source: { type: 'judged' } }],
  thresholds: [
    { grade: 'A', minTotal: 75 },
    { grade: 'B', minTotal: 50 },
    { grade: 'C', minTotal: 0 },
  ],
};
const MATRIX_MODEL = {
  kind: 'matrix',
  name: { 'zh-CN': '策略测试矩阵', 'en-US': 'Strategy test matrix' },
  criteria: [
    { key: 'appeal', axis: 'attractiveness', name: { 'zh-CN': '吸引力', 'en-US': 'Appeal' }, weight: 100, scale: '1-5', source: { type: 'judged' } },
    { key: 'fit', axis: 'ability', name: { 'zh-CN': '优势', 'en-US': 'Fit' }, weight: 100, scale: '1-5', source: { type: 'judged' } },
  ],
  split: { attractiveness: 50, ability: 50 },
};
const judged = (scores: Record<string, number>) => Object.fromEntries(Object.entries(scores).map(([key, score]) => [key, { score, comment: `${key} ${score}` }]));

const current = async () => (await s1a.get('/api/v1/grading/policies')).json();
const save = async (client: Client, changes: Record<string, unknown>) => {
  const policies = await current();
  return client.put('/api/v1/grading/policies', { servicePolicies: policies.servicePolicies, strategyTemplates: policies.strategyTemplates, version: policies.version, ...changes });
};

beforeAll(async () => {
  t = await createTestApp();
  [admin, director, s1a, s2] = await Promise.all(['admin', 'director', 's1a', 's2'].map((u) => t.loginAs(u)));
  id.graded = (await s1a.post('/api/v1/accounts', { name: '服务等级测试客户' })).json().id;
  id.ungraded = (await s1a.post('/api/v1/accounts', { name: '未评级客户' })).json().id;
  id.other = (await s2.post('/api/v1/accounts', { name: '别人的客户' })).json().id;
  const gradeModel = (await director.post('/api/v1/scoring-models', { definition: GRADE_MODEL })).json();
  const matrixModel = (await director.post('/api/v1/scoring-models', { definition: MATRIX_MODEL })).json();
  // Openness 5 → 100 → A; appeal 5, fit 2 → high attractiveness, low ability → core potential.
  expect((await s1a.post(`/api/v1/accounts/${id.graded}/evaluations`, { modelId: gradeModel.id, judged: judged({ openness: 5 }) })).statusCode).toBe(201);
  expect((await s1a.post(`/api/v1/accounts/${id.graded}/evaluations`, { modelId: matrixModel.id, judged: judged({ appeal: 5, fit: 2 }) })).statusCode).toBe(201);
});
afterAll(() => t.close());

describe('service levels and strategy templates (GRD-3, GRD-4)', () => {
  it('are the defaults, version 0, until someone saves them; everyone signed in reads them', async () => {
    const policies = await current();
    expect(policies.version).toBe(0);
    expect(policies.servicePolicies.map((p: { grade: string; visitsPerQuarter: number }) => `${p.grade}:${p.visitsPerQuarter}`)).toEqual(['A:6', 'B:3', 'C:1', 'D:0']);
    expect(policies.strategyTemplates.map((s: { quadrant: string; strategy: string }) => `${s.quadrant}→${s.strategy}`)).toEqual([
      'core→consolidate',
      'core_potential→invest',
      'general→harvest',
      'secondary→serve_at_low_cost',
    ]);
  });

  it('shows an account what its grade and quadrant ask for', async () => {
    const level = await s1a.get(`/api/v1/accounts/${id.graded}/service-level`);
    expect(level.statusCode, level.body).toBe(200);
    expect(level.json()).toMatchObject({
      accountId: id.graded,
      grade: 'A',
      quadrant: 'core_potential',
      servicePolicy: { grade: 'A', visitsPerQuarter: 6, planDepth: 'full', isExecutiveSponsorRequired: true, reviewCadence: 'monthly' },
      strategyTemplate: { strategy: 'invest', strategyName: { 'zh-CN': '投资' } },
    });
    // No visit records yet: the answer holds what is required, never an invented count.
    expect(level.json()).not.toHaveProperty('visitsDone');
    expect(level.json().gradedAt).toEqual(expect.any(String));
  });

  it('tells of an ungraded account, and hides an account the caller cannot see', async () => {
    expect((await s1a.get(`/api/v1/accounts/${id.ungraded}/service-level`)).json()).toMatchObject({ grade: null, quadrant: null, servicePolicy: null, strategyTemplate: null });
    expect((await s1a.get(`/api/v1/accounts/${id.other}/service-level`)).statusCode).toBe(404);
    expect((await director.get(`/api/v1/accounts/${id.other}/service-level`)).statusCode).toBe(200);
  });

  it('lets only grading:manage save them, and the account follows the saved table', async () => {
    const policies = await current();
    const servicePolicies = policies.servicePolicies.map((p: { grade: string }) => (p.grade === 'A' ? { ...p, visitsPerQuarter: 9 } : p));
    expect((await save(s1a, { servicePolicies })).statusCode).toBe(403);
    const saved = await save(admin, { servicePolicies });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().version).toBe(1);
    expect((await s1a.get(`/api/v1/accounts/${id.graded}/service-level`)).json().servicePolicy.visitsPerQuarter).toBe(9);
    // A grade without a row in the table has no service level (the table is keyed by grade name).
    expect((await save(director, { servicePolicies: servicePolicies.filter((p: { grade: string }) => p.grade !== 'A') })).statusCode).toBe(200);
    expect((await s1a.get(`/api/v1/accounts/${id.graded}/service-level`)).json()).toMatchObject({ grade: 'A', servicePolicy: null });
    expect((await save(director, { servicePolicies })).statusCode).toBe(200);
  });

  it('keeps edited strategy wording in both languages and records who changed it', async () => {
    const policies = await current();
    const strategyTemplates = structuredClone(policies.strategyTemplates);
    strategyTemplates[1].actions.push({ 'zh-CN': '每季度一次高层拜访', 'en-US': 'An executive visit every quarter' });
    const saved = await save(admin, { strategyTemplates: [...strategyTemplates].reverse() });
    expect(saved.statusCode, saved.body).toBe(200);
    // Stored in the matrix's order, whatever order they came in.
    expect(saved.json().strategyTemplates.map((s: { quadrant: string }) => s.quadrant)).toEqual(['core', 'core_potential', 'general', 'secondary']);
    const level = (await s1a.get(`/api/v1/accounts/${id.graded}/service-level`)).json();
    expect(level.strategyTemplate.actions.at(-1)).toEqual({ 'zh-CN': '每季度一次高层拜访', 'en-US': 'An executive visit every quarter' });
    const audit = (await admin.get('/api/v1/audit?entityType=settings')).json();
    expect(audit.items.some((e: { entityId: string; action: string }) => e.entityId === 'grading_policies' && e.action === 'update')).toBe(true);
  });

  it('refuses a stale version with 409', async () => {
    const policies = await current();
    const stale = await admin.put('/api/v1/grading/policies', { servicePolicies: policies.servicePolicies, strategyTemplates: policies.strategyTemplates, version: policies.version - 1 });
    expect(stale.statusCode).toBe(409);
  });

  it('refuses bad tables with a 400 naming the field', async () => {
    const policies = await current();
    const a = policies.servicePolicies[0];
    const twice = await save(admin, { servicePolicies: [a, { ...a }] });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().errors).toEqual([{ path: 'servicePolicies.1.grade', message: 'grade A appears twice' }]);
    const tooMany = await save(admin, { servicePolicies: [{ ...a, visitsPerQuarter: 91 }] });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().errors[0].path).toContain('servicePolicies.0.visitsPerQuarter');
    const depth = await save(admin, { servicePolicies: [{ ...a, planDepth: 'huge' }] });
    expect(depth.json().errors[0].path).toContain('servicePolicies.0.planDepth');
    const emptyText = structuredClone(policies.strategyTemplates);
    emptyText[0].reasons[0]['en-US'] = '   ';
    const empty = await save(admin, { strategyTemplates: emptyText });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].path).toContain('strategyTemplates.0.reasons.0.en-US');
    const missing = await save(admin, { strategyTemplates: policies.strategyTemplates.slice(1) });
    expect(missing.json().errors).toEqual([{ path: 'strategyTemplates', message: 'a template for core is missing' }]);
    const repaired = structuredClone(policies.strategyTemplates);
    repaired[2].strategy = 'invest';
    expect((await save(admin, { strategyTemplates: repaired })).json().errors).toEqual([{ path: 'strategyTemplates.2.strategy', message: 'the strategy of general is harvest' }]);
    expect((await current()).version).toBe(policies.version);
  });
});
