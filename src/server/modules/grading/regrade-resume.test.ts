import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../domain/grading/index.ts';
import { createTestApp, type Client, type TestApp } from '../../test/harness.ts';
import { accounts } from '../accounts/accounts.schema.ts';
import { today } from './evaluations.service.ts';
import { accountEvaluations, gradingJobs } from './grading.schema.ts';
import { getJob, resumeStaleRegrades, settleRegrades, startRegrade } from './regrade.service.ts';

// GRD-4 re-grade jobs outlive their process: the progress is in grading_jobs, a job whose
// heartbeat stopped is taken over after the last account it finished, and one model never has
// two running jobs.
let t: TestApp;
let director: Client;
let model: { id: string; version: number };
let liveIds: string[];

const MODEL = {
  kind: 'grade',
  name: { 'zh-CN': '续跑测试', 'en-US': 'Resume test' },
  criteria: [
    {
      key: 'volume',
      name: { 'zh-CN': '年采购额', 'en-US': 'Volume' },
      weight: 100,
      scale: '0-100',
      source: { type: 'computed', metric: 'annualPurchase', direction: 'higher_is_better', breakpoints: [100_000_00], scores: [0, 100] },
    },
  ],
  thresholds: [
    { grade: 'A', minTotal: 50 },
    { grade: 'D', minTotal: 0 },
  ],
};

const db = () => t.database.db;
const cutOffJob = (fields: Partial<typeof gradingJobs.$inferInsert>) =>
  db()
    .insert(gradingJobs)
    .values({ modelId: model.id, modelVersion: model.version, status: 'running', evaluatedOn: today(), total: liveIds.length, startedBy: t.users.director.id, ...fields })
    .returning();
const regradedAccounts = async () =>
  (await db().select({ id: accountEvaluations.accountId }).from(accountEvaluations).where(and(eq(accountEvaluations.modelId, model.id), eq(accountEvaluations.source, 'regrade')))).map((r) => r.id).sort();

beforeAll(async () => {
  t = await createTestApp();
  director = await t.loginAs('director');
  const s1a = await t.loginAs('s1a');
  const productId = (await (await t.loginAs('b1')).post('/api/v1/products', { name: '切削液', unit: '桶' })).json().id;
  for (let i = 0; i < 6; i++) {
    const account = (await s1a.post('/api/v1/accounts', { name: `续跑客户 ${i}` })).json();
    await s1a.post(`/api/v1/accounts/${account.id}/sales`, { productId, soldOn: addDays(today(), -10), quantity: 1, amountFen: (i + 1) * 50_000_00 });
  }
  model = (await director.post('/api/v1/scoring-models', { definition: MODEL })).json();
  liveIds = (await db().select({ id: accounts.id }).from(accounts).where(isNull(accounts.deletedAt)).orderBy(asc(accounts.id))).map((a) => a.id);
});
afterAll(() => t.close());

describe('re-grade jobs after a restart', () => {
  it('takes over a job whose process stopped and goes on after the last account it finished', async () => {
    const [job] = await cutOffJob({ done: 2, lastAccountId: liveIds[1], heartbeatAt: new Date(Date.now() - 10 * 60_000) });
    expect(await resumeStaleRegrades(db(), 90_000)).toBe(1);
    await settleRegrades();
    expect(await getJob(db(), job.id)).toMatchObject({ status: 'done', done: liveIds.length, total: liveIds.length, error: null });
    // Accounts after the checkpoint were scored (those with sales: the six created above); the two before it were not.
    const scored = await regradedAccounts();
    expect(scored.length).toBeGreaterThan(0);
    expect(scored.every((id) => liveIds.indexOf(id) >= 2)).toBe(true);
  });

  it('leaves a job alone while its heartbeat moves, and fails one whose model changed meanwhile', async () => {
    const [fresh] = await cutOffJob({ heartbeatAt: new Date() });
    expect(await resumeStaleRegrades(db(), 90_000)).toBe(0);
    expect((await getJob(db(), fresh.id)).status).toBe('running');
    const renamed = await director.patch(`/api/v1/scoring-models/${model.id}`, { version: model.version, isDefault: false });
    expect(renamed.statusCode, renamed.body).toBe(200);
    await db().update(gradingJobs).set({ heartbeatAt: sql`now() - interval '1 hour'` }).where(eq(gradingJobs.id, fresh.id));
    expect(await resumeStaleRegrades(db(), 90_000)).toBe(1);
    expect(await getJob(db(), fresh.id)).toMatchObject({ status: 'failed', error: expect.stringMatching(/model changed/) });
    model = renamed.json();
  });

  it('answers two starts at once with the same job, which anyone with grading:manage can follow', async () => {
    const system = { id: null, name: 'system' };
    const [first, second] = await Promise.all([startRegrade(db(), system, model.id, 0), startRegrade(db(), system, model.id, 0)]);
    expect(second.id).toBe(first.id);
    await settleRegrades();
    expect((await director.get(`/api/v1/grading/jobs/${second.id}`)).json()).toMatchObject({ status: 'done', done: liveIds.length });
    expect((await director.get(`/api/v1/grading/jobs/${crypto.randomUUID()}`)).statusCode).toBe(404);
  });
});
