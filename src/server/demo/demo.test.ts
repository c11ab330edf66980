import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.ts';
import { DEMO_PASSWORD } from './demo-users.ts';
import { loadDemo } from './demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: false });
});
afterAll(() => t.close());

describe('demo data', () => {
  it('loads the demo company into an empty database: every demo user signs in with demo1234', async () => {
    const result = await loadDemo(t.database.db);
    expect(result.status).toBe('loaded');
    for (const username of ['admin', 'director', 'manager1', 'manager2', 'am1', 'am2', 'am3', 'backoffice', 'finance', 'service']) {
      const client = await t.loginAs(username, DEMO_PASSWORD);
      expect((await client.get('/api/v1/auth/me')).json().user.username).toBe(username);
    }
    const admin = await t.loginAs('admin', DEMO_PASSWORD);
    const am1 = (await admin.get('/api/v1/users?q=am1')).json().items[0];
    expect(am1).toMatchObject({ teamName: '大客户一部', managerName: '李明', role: 'account_manager' });
  });

  it('fills about 60 archives with contacts, visible by the policy', async () => {
    const director = await t.loginAs('director', DEMO_PASSWORD);
    const all = (await director.get('/api/v1/accounts?limit=200')).json();
    expect(all.total).toBe(60);
    const am3 = await t.loginAs('am3', DEMO_PASSWORD);
    const own = (await am3.get('/api/v1/accounts?limit=200')).json();
    expect(own.total).toBeGreaterThan(5);
    expect(own.total).toBeLessThan(all.total);
    const yingfeng = all.items.find((a: { name: string }) => a.name === '东莞市萦丰电子塑胶制品厂');
    const contacts = (await director.get(`/api/v1/accounts/${yingfeng.id}/contacts?includeLeft=true`)).json().items;
    const chen = contacts.find((c: { name: string }) => c.name === '陈容');
    expect(chen).toMatchObject({ isLeft: true, successorId: contacts.find((c: { name: string }) => c.name === '杨雪英').id });
    expect((await director.get('/api/v1/contacts?limit=1')).json().total).toBeGreaterThan(150);
  });

  it('has three years of sales over a product catalogue, most of it from a few accounts (80/20)', async () => {
    const director = await t.loginAs('director', DEMO_PASSWORD);
    expect((await director.get('/api/v1/products?limit=1')).json().total).toBe(17);
    const sales = (await director.get('/api/v1/sales?limit=1&sort=soldOn')).json();
    expect(sales.total).toBeGreaterThan(1500);
    expect(sales.items[0].soldOn >= '2024-01-01').toBe(true);
    expect(sales.totals.returnsFen).toBeLessThan(0);
    expect(sales.totals.outstandingFen).toBeGreaterThan(0);
    expect(sales.totals.highMarginAmountFen).toBeGreaterThan(0);
    const all = (await director.get('/api/v1/accounts?limit=200')).json().items as { id: string }[];
    const amounts: number[] = [];
    for (const a of all) amounts.push((await director.get(`/api/v1/accounts/${a.id}/sales?limit=1`)).json().totals.amountFen);
    amounts.sort((x, y) => y - x);
    const top = amounts.slice(0, 12).reduce((s, x) => s + x, 0);
    expect(top / amounts.reduce((s, x) => s + x, 0)).toBeGreaterThan(0.75);
  });

  it('grades the accounts and spreads them over all four quadrants of the matrix, some having moved', async () => {
    const director = await t.loginAs('director', DEMO_PASSWORD);
    const matrixModel = (await director.get('/api/v1/scoring-models?kind=matrix')).json().items[0];
    const matrix = (await director.get(`/api/v1/grading/matrix?modelId=${matrixModel.id}`)).json();
    const accounts = (await director.get('/api/v1/accounts?limit=200')).json();
    expect(matrix.total).toBe(accounts.total);
    const quadrants = new Set(matrix.items.map((i: { current: { quadrant: string } }) => i.current.quadrant));
    expect([...quadrants].sort()).toEqual(['core', 'core_potential', 'general', 'secondary']);
    const moved = matrix.items.filter((i: { current: { quadrant: string }; previous: { quadrant: string } | null }) => i.previous && i.previous.quadrant !== i.current.quadrant);
    expect(moved.length).toBeGreaterThan(3);
    const grades = new Set(accounts.items.map((a: { currentGrade: string | null }) => a.currentGrade));
    expect(grades.has('A') && grades.has('D')).toBe(true);
    const history = (await director.get(`/api/v1/accounts/${matrix.items[0].accountId}/evaluations`)).json();
    expect(history.total).toBe(4); // two dates × the grade model and the matrix
    expect(history.items[0].authorName).toBeTruthy();
  });

  it('is idempotent, and refuses once real users exist', async () => {
    expect((await loadDemo(t.database.db)).status).toBe('already-loaded');
    const admin = await t.loginAs('admin', DEMO_PASSWORD);
    await admin.post('/api/v1/users', { username: 'real.person', name: '真人', password: 'real-password', role: 'finance' });
    await expect(loadDemo(t.database.db)).rejects.toThrow(/real user/);
  });
});
