import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../domain/grading/index.ts';
import { createTestApp, type Client, type TestApp } from '../../test/harness.ts';
import { today } from './evaluations.service.ts';

// A hand-computed example (GRD-1, GRD-3, GRD-4): five accounts with known sales, a grade model
// with known breakpoints and a matrix model; totals, grades and quadrants are worked out below.
let t: TestApp;
let s1a: Client;
let s2: Client;
let director: Client;
let productId: string;
const id = {} as Record<'a1' | 'a2' | 'a3' | 'a4' | 'a5' | 'other', string>;
let gradeModel: { id: string; version: number };
let matrixModel: { id: string; version: number };

const YUAN = 100; // fen
const recent = () => addDays(today(), -30); // in the year and quarter windows
const earlier = () => addDays(today(), -200); // in the year window only
const lastYear = () => addDays(today(), -500); // in the previous year's window

// Volume: annual purchases (net) < ¥100k → 0, ≥ ¥100k → 50, ≥ ¥500k → 100 (0–100 scale), weight 60.
// Openness: judged 1–5 (1 → 0 %, 3 → 50 %, 5 → 100 %), weight 40. Grades A ≥ 80, B ≥ 50, C ≥ 20, D.
const volume = { type: 'computed', metric: 'annualPurchase', direction: 'higher_is_better', breakpoints: [100_000 * YUAN, 500_000 * YUAN], scores: [0, 50, 100] };
const GRADE_MODEL = {
  kind: 'grade',
  name: { 'zh-CN': '测试分级', 'en-US': 'Test grading' },
  criteria: [
    { key: 'volume', name: { 'zh-CN': '年采购额', 'en-US': 'Volume' }, weight: 60, scale: '0-100', source: volume },
    { key: 'openness', name: { 'zh-CN': '开放程度', 'en-US': 'Openness' }, weight: 40, scale: '1-5', source: { type: 'judged' } },
  ],
  thresholds: [
    { grade: 'A', minTotal: 80 },
    { grade: 'B', minTotal: 50 },
    { grade: 'C', minTotal: 20 },
    { grade: 'D', minTotal: 0 },
  ],
};
// Attractiveness = the same volume bands; ability = one judged "fit" (1–5). Split 50/50.
const MATRIX_MODEL = {
  kind: 'matrix',
  name: { 'zh-CN': '测试矩阵', 'en-US': 'Test matrix' },
  criteria: [
    { key: 'volume', axis: 'attractiveness', name: { 'zh-CN': '年采购额', 'en-US': 'Volume' }, weight: 100, scale: '0-100', source: volume },
    { key: 'fit', axis: 'ability', name: { 'zh-CN': '匹配度', 'en-US': 'Fit' }, weight: 100, scale: '1-5', source: { type: 'judged' } },
  ],
  split: { attractiveness: 50, ability: 50 },
};

const sell = async (accountId: string, soldOn: string, yuan: number, extra: Record<string, unknown> = {}) => {
  const r = await s1a.post(`/api/v1/accounts/${accountId}/sales`, { productId, soldOn, quantity: 1, amountFen: yuan * YUAN, ...extra });
  expect(r.statusCode, r.body).toBe(201);
};
const judged = (key: string, score: number) => ({ [key]: { score, comment: `${key} ${score}` } });
const evaluate = (client: Client, accountId: string, modelId: string, j: Record<string, unknown> = {}) => client.post(`/api/v1/accounts/${accountId}/evaluations`, { modelId, judged: j });

beforeAll(async () => {
  t = await createTestApp();
  [s1a, s2, director] = await Promise.all(['s1a', 's2', 'director'].map((u) => t.loginAs(u)));
  const b1 = await t.loginAs('b1');
  productId = (await b1.post('/api/v1/products', { name: '液压油 L-HM46', unit: '桶' })).json().id;
  for (const key of ['a1', 'a2', 'a3', 'a4', 'a5'] as const) id[key] = (await s1a.post('/api/v1/accounts', { name: `评级测试客户 ${key}` })).json().id;
  id.other = (await s2.post('/api/v1/accounts', { name: '别人的客户' })).json().id;
  await sell(id.a1, recent(), 600_000); // ¥600k → volume 100
  await sell(id.a2, earlier(), 200_000); // ¥200k → 50
  await sell(id.a3, recent(), 50_000); // ¥50k → 0
  await sell(id.a4, lastYear(), 300_000); // nothing this year → 0
  await sell(id.a5, recent(), 520_000); // ¥520k − ¥20k returned = ¥500k, on the breakpoint → 100
  await sell(id.a5, recent(), 20_000, { quantity: -1, isReturn: true, amountFen: -20_000 * YUAN });
  gradeModel = (await director.post('/api/v1/scoring-models', { definition: GRADE_MODEL })).json();
  matrixModel = (await director.post('/api/v1/scoring-models', { definition: MATRIX_MODEL })).json();
});
afterAll(() => t.close());

describe('scoring models (GRD-1)', () => {
  it('lists the ready models and the ones a director created, to every signed-in user', async () => {
    const list = await s1a.get('/api/v1/scoring-models');
    expect(list.statusCode, list.body).toBe(200);
    const names = list.json().items.map((m: { readyKey: string | null; name: { 'en-US': string } }) => m.readyKey ?? m.name['en-US']);
    expect(names.sort()).toEqual(['Test grading', 'Test matrix', 'dealer', 'grade', 'matrix']);
    expect(gradeModel).toMatchObject({ kind: 'grade', version: 1, isActive: true });
  });

  it('refuses weights that do not add up to 100 and breakpoints out of order, naming the field', async () => {
    const heavy = structuredClone(GRADE_MODEL);
    heavy.criteria[0].weight = 70;
    const r1 = await director.post('/api/v1/scoring-models', { definition: heavy });
    expect(r1.statusCode).toBe(400);
    expect(r1.json()).toMatchObject({ code: 'GRADING_WEIGHTS_NOT_100', errors: [{ path: 'definition.criteria' }] });
    const unordered = structuredClone(GRADE_MODEL);
    unordered.criteria[0].source = { ...volume, breakpoints: [500_000 * YUAN, 100_000 * YUAN] };
    const r2 = await director.post('/api/v1/scoring-models', { definition: unordered });
    expect(r2.statusCode).toBe(400);
    expect(r2.json()).toMatchObject({ code: 'GRADING_BREAKPOINTS_NOT_ASCENDING', errors: [{ path: 'definition.criteria.0.source.breakpoints' }] });
  });

  it('lets only grading:manage change models, and answers 409 to a stale version', async () => {
    expect((await s1a.post('/api/v1/scoring-models', { definition: GRADE_MODEL })).statusCode).toBe(403);
    const renamed = await director.patch(`/api/v1/scoring-models/${gradeModel.id}`, { version: 1, isDefault: false });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().version).toBe(2);
    expect((await director.patch(`/api/v1/scoring-models/${gradeModel.id}`, { version: 1, isActive: false })).statusCode).toBe(409);
    gradeModel = renamed.json();
  });
});

describe('evaluating an account (GRD-1, GRD-4)', () => {
  it('shows the data behind each computed score before any judgement', async () => {
    const draft = await s1a.get(`/api/v1/accounts/${id.a5}/evaluation-draft?modelId=${gradeModel.id}`);
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json().metrics.annualPurchase).toBe(500_000 * YUAN);
    expect(draft.json().sheet.criteria[0]).toMatchObject({ key: 'volume', status: 'scored', score: 100, evidence: { kind: 'metric', value: 500_000 * YUAN, band: { index: 2 } } });
    expect(draft.json().sheet).toMatchObject({ total: 100, grade: 'A', missing: ['openness'] });
  });

  it('scores the five accounts exactly as worked out by hand and sets their current grade', async () => {
    // total = 0.6 × volume + 0.4 × openness %; A5 has no judgement, so volume alone counts.
    const expected: [keyof typeof id, number | null, number, string][] = [
      ['a1', 5, 100, 'A'], // 0.6 × 100 + 0.4 × 100
      ['a2', 3, 50, 'B'], //  0.6 × 50 + 0.4 × 50, on the threshold
      ['a3', 4, 30, 'C'], //  0.6 × 0 + 0.4 × 75
      ['a4', 1, 0, 'D'], //   0.6 × 0 + 0.4 × 0 (last year's sales do not count)
      ['a5', null, 100, 'A'], // openness missing → volume 100 renormalised to 100 %
    ];
    for (const [key, openness, total, grade] of expected) {
      const r = await evaluate(s1a, id[key], gradeModel.id, openness === null ? {} : judged('openness', openness));
      expect(r.statusCode, r.body).toBe(201);
      expect(r.json(), key).toMatchObject({ total, grade, modelVersion: 2, authorId: t.users.s1a.id, source: 'manual' });
      const account = (await s1a.get(`/api/v1/accounts/${id[key]}`)).json();
      expect(account.currentGrade, key).toBe(grade);
    }
    const log = (await director.get(`/api/v1/audit?accountId=${id.a1}&entityType=account_evaluation`)).json();
    expect(log.items).toHaveLength(1);
  });

  it('refuses a judged score off its scale, naming judged.<key>, and saves nothing', async () => {
    const r = await evaluate(s1a, id.a1, gradeModel.id, judged('openness', 6));
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'GRADING_SCORE_OUT_OF_SCALE', errors: [{ path: 'judged.openness.score' }] });
    expect((await s1a.get(`/api/v1/accounts/${id.a1}/evaluations`)).json().total).toBe(1);
  });

  it('answers 404 for an account the user cannot see', async () => {
    expect((await evaluate(s2, id.a1, gradeModel.id, judged('openness', 3))).statusCode).toBe(404);
    expect((await s2.get(`/api/v1/accounts/${id.a1}/evaluation-draft?modelId=${gradeModel.id}`)).statusCode).toBe(404);
    expect((await s2.get(`/api/v1/accounts/${id.a1}/evaluations`)).statusCode).toBe(404);
  });

  it('re-grades every account from current sales, carrying judged scores over, and reports who changed', async () => {
    await sell(id.a3, recent(), 200_000); // ¥250k → volume 50: 0.6 × 50 + 0.4 × 75 = 60 → B
    const started = await director.post('/api/v1/grading/regrade', { modelId: gradeModel.id });
    expect(started.statusCode, started.body).toBe(202);
    let job = started.json();
    for (let i = 0; i < 200 && job.status === 'running'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      job = (await director.get(`/api/v1/grading/jobs/${job.id}`)).json();
    }
    expect(job).toMatchObject({ status: 'done', done: 6, total: 6, changedCount: 2 });
    // A3 moved up; the account nobody had graded (0 sales, no judgement) became D.
    expect(job.changed).toEqual(expect.arrayContaining([{ accountId: id.a3, from: 'C', to: 'B' }, { accountId: id.other, from: null, to: 'D' }]));
    const history = (await s1a.get(`/api/v1/accounts/${id.a3}/evaluations`)).json();
    expect(history.total).toBe(2);
    expect(history.items[0]).toMatchObject({ source: 'regrade', total: 60, grade: 'B', judged: judged('openness', 4) });
    expect(history.items[1]).toMatchObject({ source: 'manual', total: 30, grade: 'C' });
    const grades = await Promise.all((['a1', 'a2', 'a4', 'a5'] as const).map(async (k) => (await s1a.get(`/api/v1/accounts/${id[k]}`)).json().currentGrade));
    expect(grades).toEqual(['A', 'B', 'D', 'A']);
    expect((await s1a.post('/api/v1/grading/regrade', { modelId: gradeModel.id })).statusCode).toBe(403);
  });

  it('lets the account list filter and sort by the current grade', async () => {
    const gradeA = (await s1a.get('/api/v1/accounts?grade=A&sort=name')).json();
    expect(gradeA.items.map((a: { id: string }) => a.id)).toEqual([id.a1, id.a5]);
    const sorted = (await director.get('/api/v1/accounts?sort=grade&limit=200')).json().items.map((a: { currentGrade: string | null }) => a.currentGrade);
    expect(sorted).toEqual(['A', 'A', 'B', 'B', 'D', 'D']);
  });
});

describe('screening matrix (GRD-3)', () => {
  it('places the accounts in their quadrants and shows each move since the previous evaluation', async () => {
    // attractiveness = volume (A3 now ¥250k → 50); ability = fit % (1 → 0, 2 → 25, 3 → 50, 5 → 100)
    const fits: [keyof typeof id, number, string][] = [
      ['a1', 2, 'core_potential'], // 100 / 25
      ['a2', 3, 'core'], //           50 / 50: on both splits → high
      ['a3', 5, 'core'], //           50 / 100
      ['a4', 1, 'secondary'], //      0 / 0
    ];
    for (const [key, fit, quadrant] of fits) {
      const r = await evaluate(s1a, id[key], matrixModel.id, judged('fit', fit));
      expect(r.statusCode, r.body).toBe(201);
      expect(r.json().quadrant, key).toBe(quadrant);
    }
    expect((await evaluate(s1a, id.a4, matrixModel.id, judged('fit', 5))).json().quadrant).toBe('general');
    const matrix = await s1a.get(`/api/v1/grading/matrix?modelId=${matrixModel.id}`);
    expect(matrix.statusCode, matrix.body).toBe(200);
    const byId = Object.fromEntries(matrix.json().items.map((p: { accountId: string }) => [p.accountId, p]));
    expect(matrix.json().total).toBe(4);
    expect(byId[id.a1]).toMatchObject({ grade: 'A', salesFen: 600_000 * YUAN, current: { attractiveness: 100, ability: 25, quadrant: 'core_potential' }, previous: null });
    expect(byId[id.a4]).toMatchObject({ grade: 'D', salesFen: 0, current: { attractiveness: 0, ability: 100, quadrant: 'general' }, previous: { attractiveness: 0, ability: 0, quadrant: 'secondary' } });
    expect((await s1a.get(`/api/v1/accounts/${id.a4}`)).json()).toMatchObject({ currentGrade: 'D', currentQuadrant: 'general' });
  });

  it('shows a specialist only their accounts, and refuses a grade model', async () => {
    expect((await s2.get(`/api/v1/grading/matrix?modelId=${matrixModel.id}`)).json().total).toBe(0);
    expect((await director.get(`/api/v1/grading/matrix?modelId=${matrixModel.id}`)).json().total).toBe(4);
    expect((await director.get(`/api/v1/grading/matrix?modelId=${matrixModel.id}&ownerId=${t.users.s2.id}`)).json().total).toBe(0);
    const wrong = await s1a.get(`/api/v1/grading/matrix?modelId=${gradeModel.id}`);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().code).toBe('GRADING_MODEL_NOT_MATRIX');
  });

  it('exports the quadrant lists, core first and by sales, or one quadrant, with the same visibility', async () => {
    const csv = await s1a.get(`/api/v1/grading/matrix/export?modelId=${matrixModel.id}&format=csv&lang=en-US`);
    expect(csv.statusCode, csv.body).toBe(200);
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Quadrant,Strategy,Account,Owner,Grade,Attractiveness,Ability to win,"Sales, last 12 months (CNY)",Evaluated on,Previous quadrant,Previous evaluation');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      'Core,Consolidate,评级测试客户 a3', // ¥250k
      'Core,Consolidate,评级测试客户 a2',
      'Core potential,Invest,评级测试客户 a1',
      'General,Harvest,评级测试客户 a4',
    ]);
    expect(lines[4]).toContain(',Secondary,');
    const core = await s1a.get(`/api/v1/grading/matrix/export?modelId=${matrixModel.id}&format=csv&lang=zh-CN&quadrant=core`);
    expect(core.body.trim().split('\r\n').slice(1).map((l) => l.split(',')[0])).toEqual(['核心客户', '核心客户']);
    expect((await s2.get(`/api/v1/grading/matrix/export?modelId=${matrixModel.id}&format=csv`)).body.trim().split('\r\n')).toHaveLength(1);
    expect((await s1a.get(`/api/v1/grading/matrix/export?modelId=${gradeModel.id}`)).statusCode).toBe(400);
  });
});
