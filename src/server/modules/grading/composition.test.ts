import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paretoAnalysis } from '../../../domain/grading/index.ts';
import { createTestApp, type Client, type TestApp } from '../../test/harness.ts';
import { accounts } from '../accounts/accounts.schema.ts';
import { defaultPeriod } from './composition.service.ts';

// GRD-5 on a hand-computed example. In the first half of 2025, s1a's accounts bought (yuan):
//   a1 (A, core,    guangdong, automotive)   600 of P1 + 100 of P2 = 700
//   a2 (B, general, guangdong, electronics)  200 of P1            = 200
//   a3 (B, —,       jiangsu,   automotive)    80 of P2            =  80
//   a4 (—, —,       jiangsu,   —)             40 of P1 − 20 returned = 20
//   a5 (—, —,       zhejiang,  —)            only in 2024 (outside the period)
// s2's account `other` (guangdong) bought 10,000 of P1: the director sees it, s1a does not.
// P1 is in category 液压油, P2 has no category. Total for s1a: 1,000 yuan, 4 accounts with sales.
let t: TestApp;
let s1a: Client;
let director: Client;
const id = {} as Record<'a1' | 'a2' | 'a3' | 'a4' | 'a5' | 'other', string>;
const product = {} as Record<'p1' | 'p2', string>;
const YUAN = 100;
const PERIOD = 'from=2025-01-01&to=2025-06-30';

type Row = { key: string | null; label: string | null; amountFen: number; sharePercent: number | null; cumulativeSharePercent: number | null; accountCount: number; accountPercent: number };
const brief = (rows: Row[]) => rows.map((r) => [r.key, r.amountFen / YUAN, r.sharePercent, r.cumulativeSharePercent, r.accountCount, r.accountPercent]);

beforeAll(async () => {
  t = await createTestApp();
  const [b1, s2] = await Promise.all([t.loginAs('b1'), t.loginAs('s2')]);
  [s1a, director] = await Promise.all([t.loginAs('s1a'), t.loginAs('director')]);
  product.p1 = (await b1.post('/api/v1/products', { name: '液压油 L-HM46', spec: '200L/桶', unit: '桶', category: '液压油' })).json().id;
  product.p2 = (await b1.post('/api/v1/products', { name: '齿轮油', unit: '桶' })).json().id;
  const create = async (client: Client, name: string, region: string, industry: string | null) => (await client.post('/api/v1/accounts', { name, region, industry })).json().id as string;
  id.a1 = await create(s1a, '构成客户一', 'guangdong', 'automotive');
  id.a2 = await create(s1a, '构成客户二', 'guangdong', 'electronics');
  id.a3 = await create(s1a, '构成客户三', 'jiangsu', 'automotive');
  id.a4 = await create(s1a, '构成客户四', 'jiangsu', null);
  id.a5 = await create(s1a, '构成客户五', 'zhejiang', null);
  id.other = await create(s2, '别人的构成客户', 'guangdong', null);
  const sell = async (client: Client, accountId: string, p: string, soldOn: string, yuan: number) => {
    const isReturn = yuan < 0;
    const r = await client.post(`/api/v1/accounts/${accountId}/sales`, { productId: p, soldOn, quantity: isReturn ? -1 : 1, amountFen: yuan * YUAN, isReturn });
    expect(r.statusCode, r.body).toBe(201);
  };
  await sell(s1a, id.a1, product.p1, '2025-03-10', 600);
  await sell(s1a, id.a1, product.p2, '2025-06-30', 100); // the last day counts
  await sell(s1a, id.a2, product.p1, '2025-01-01', 200); // the first day counts
  await sell(s1a, id.a3, product.p2, '2025-02-15', 80);
  await sell(s1a, id.a4, product.p1, '2025-04-01', 40);
  await sell(s1a, id.a4, product.p1, '2025-04-20', -20);
  await sell(s1a, id.a5, product.p1, '2024-12-31', 999); // the day before the period
  await sell(s1a, id.a1, product.p1, '2025-07-01', 999); // the day after
  await sell(s2, id.other, product.p1, '2025-05-05', 10_000);
  // Grades and quadrants as an evaluation would leave them (grading itself is tested elsewhere).
  const db = t.database.db;
  await db.update(accounts).set({ currentGrade: 'A', currentQuadrant: 'core' }).where(eq(accounts.id, id.a1));
  await db.update(accounts).set({ currentGrade: 'B', currentQuadrant: 'general' }).where(eq(accounts.id, id.a2));
  await db.update(accounts).set({ currentGrade: 'B' }).where(eq(accounts.id, id.a3));
});
afterAll(() => t.close());

const get = async (client: Client, query: string) => {
  const r = await client.get(`/api/v1/grading/composition?${query}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
};

describe('composition by dimension (GRD-5)', () => {
  it('shares sales by grade: every grade listed, largest first, ungraded as its own row', async () => {
    const c = await get(s1a, `${PERIOD}&by=grade`);
    expect(c.totalFen).toBe(1_000 * YUAN);
    expect(c.accountCount).toBe(4);
    expect(brief(c.rows)).toEqual([
      ['A', 700, 70, 70, 1, 25],
      ['B', 280, 28, 98, 2, 50],
      [null, 20, 2, 100, 1, 25],
      ['C', 0, 0, 100, 0, 0],
      ['D', 0, 0, 100, 0, 0],
    ]);
  });

  it('shares by product (net of returns; an account can buy several products) and by category', async () => {
    const c = await get(s1a, `${PERIOD}&by=product`);
    expect(brief(c.rows)).toEqual([
      [product.p1, 820, 82, 82, 3, 75],
      [product.p2, 180, 18, 100, 2, 50],
    ]);
    expect(c.rows.map((r: Row) => r.label)).toEqual(['液压油 L-HM46 200L/桶', '齿轮油']);
    expect(brief((await get(s1a, `${PERIOD}&by=category`)).rows)).toEqual([
      ['液压油', 820, 82, 82, 3, 75],
      [null, 180, 18, 100, 2, 50],
    ]);
  });

  it('shares by region, industry and quadrant', async () => {
    expect(brief((await get(s1a, `${PERIOD}&by=region`)).rows)).toEqual([
      ['guangdong', 900, 90, 90, 2, 50],
      ['jiangsu', 100, 10, 100, 2, 50],
    ]);
    expect(brief((await get(s1a, `${PERIOD}&by=industry`)).rows)).toEqual([
      ['automotive', 780, 78, 78, 2, 50],
      ['electronics', 200, 20, 98, 1, 25],
      [null, 20, 2, 100, 1, 25],
    ]);
    expect(brief((await get(s1a, `${PERIOD}&by=quadrant`)).rows)).toEqual([
      ['core', 700, 70, 70, 1, 25],
      ['general', 200, 20, 90, 1, 25],
      [null, 100, 10, 100, 2, 50],
      ['core_potential', 0, 0, 100, 0, 0],
      ['secondary', 0, 0, 100, 0, 0],
    ]);
  });

  it('filters by region, and the filtered accounts are the whole', async () => {
    const c = await get(s1a, `${PERIOD}&by=grade&region=jiangsu`);
    expect(c.totalFen).toBe(100 * YUAN);
    expect(brief(c.rows).slice(0, 2)).toEqual([
      ['B', 80, 80, 80, 1, 50],
      [null, 20, 20, 100, 1, 50],
    ]);
    expect(c.accountShares.total).toBe(2);
  });
});

describe('80/20 curve and account shares', () => {
  it('ranks accounts by sales: 2 of 4 accounts (50 %) make 80 %, the crossing account counted', async () => {
    const c = await get(s1a, PERIOD);
    expect(c.pareto).toEqual({
      targetPercent: 80,
      accountCount: 4,
      accountsForTarget: 2,
      accountsForTargetPercent: 50,
      points: [
        { rank: 1, accountsPercent: 25, salesPercent: 70, amountFen: 700 * YUAN },
        { rank: 2, accountsPercent: 50, salesPercent: 90, amountFen: 200 * YUAN },
        { rank: 3, accountsPercent: 75, salesPercent: 98, amountFen: 80 * YUAN },
        { rank: 4, accountsPercent: 100, salesPercent: 100, amountFen: 20 * YUAN },
      ],
    });
    // The same rule as the domain's paretoAnalysis.
    const domain = paretoAnalysis([700, 200, 80, 20].map((yuan, i) => ({ accountId: `a${i}`, amountFen: yuan * YUAN })));
    expect([domain.accountsForTarget, domain.accountsForTargetPercent]).toEqual([2, 50]);
  });

  it('divides all accounts in scope (with or without sales) into grades and quadrants', async () => {
    const { accountShares } = await get(s1a, PERIOD);
    expect(accountShares.total).toBe(5);
    expect(accountShares.grades).toEqual([
      { key: 'A', count: 1, percent: 20 },
      { key: 'B', count: 2, percent: 40 },
      { key: 'C', count: 0, percent: 0 },
      { key: 'D', count: 0, percent: 0 },
      { key: null, count: 2, percent: 40 },
    ]);
    expect(accountShares.quadrants).toEqual([
      { key: 'core', count: 1, percent: 20 },
      { key: 'core_potential', count: 0, percent: 0 },
      { key: 'general', count: 1, percent: 20 },
      { key: 'secondary', count: 0, percent: 0 },
      { key: null, count: 3, percent: 60 },
    ]);
  });

  it('covers only the accounts the caller may see: the director also sees s2’s account', async () => {
    const c = await get(director, `${PERIOD}&by=region`);
    expect(c.totalFen).toBe(11_000 * YUAN);
    expect(brief(c.rows)[0]).toEqual(['guangdong', 10_900, 99.09, 99.09, 3, 60]);
    expect(c.pareto.accountsForTarget).toBe(1);
    expect(c.pareto.accountsForTargetPercent).toBe(20);
    const s2 = await get(await t.loginAs('s2'), PERIOD);
    expect([s2.totalFen, s2.accountCount, s2.accountShares.total]).toEqual([10_000 * YUAN, 1, 1]);
  });

  it('without a period takes the 12 months up to the end of this month; a period without sales is empty, not an error', async () => {
    const period = defaultPeriod('2026-11-23');
    expect(period).toEqual({ from: '2025-12-01', to: '2026-11-30' });
    const empty = await get(s1a, 'from=2020-01-01&to=2020-12-31');
    expect([empty.totalFen, empty.accountCount, empty.pareto.accountsForTarget, empty.pareto.points]).toEqual([0, 0, null, []]);
    expect(empty.rows.map((r: Row) => [r.key, r.sharePercent])).toEqual([['A', null], ['B', null], ['C', null], ['D', null]]);
  });
});

describe('bad input', () => {
  it.each([
    ['from=2025-07-01&to=2025-06-30', 'querystring.to'],
    ['from=2010-01-01&to=2020-01-01', 'querystring.to'],
    ['from=2025-13-01&to=2025-12-31', 'querystring.from'],
    ['from=2025-01-01&to=tomorrow', 'querystring.to'],
    [`${PERIOD}&by=salesperson`, 'querystring.by'],
    [`${PERIOD}&ownerId=nobody`, 'querystring.ownerId'],
  ])('%s → 400 naming %s', async (query, path) => {
    for (const url of ['/api/v1/grading/composition', '/api/v1/grading/composition/export']) {
      const r = await s1a.get(`${url}?${query}`);
      expect(r.statusCode, r.body).toBe(400);
      expect(r.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
  });

  it('a period of exactly ten years less a day is allowed', async () => {
    expect((await s1a.get('/api/v1/grading/composition?from=2015-07-01&to=2025-06-30')).statusCode).toBe(200);
  });

  it('needs a session', async () => {
    expect((await t.anonymous.get(`/api/v1/grading/composition?${PERIOD}`)).statusCode).toBe(401);
  });
});

describe('export', () => {
  const open = async (client: Client, query: string) => {
    const r = await client.get(`/api/v1/grading/composition/export?${query}`);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const values = (name: string) => {
      const sheet = workbook.getWorksheet(name)!;
      const rows: unknown[][] = [];
      sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };
    return { workbook, values, disposition: String(r.headers['content-disposition']) };
  };

  it('has the breakdown, the curve and the account shares, labelled in Chinese by default', async () => {
    const { workbook, values, disposition } = await open(s1a, `${PERIOD}&by=region`);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['地区', '帕累托曲线', '客户分布']);
    expect(disposition).toContain(encodeURIComponent('客户构成分析-2025-01-01-2025-06-30.xlsx'));
    const region = values('地区');
    expect(region[0]).toEqual(['期间: 2025-01-01 – 2025-06-30']);
    expect(region[1]).toEqual(['地区', '销售额（元）', '占比（%）', '累计占比（%）', '客户数', '客户占比（%）']);
    expect(region.slice(2)).toEqual([
      ['广东', 900, 90, 90, 2, 50],
      ['江苏', 100, 10, 100, 2, 50],
      ['合计', 1000, 100, undefined, 4, 100],
    ]);
    const pareto = values('帕累托曲线');
    expect(pareto.slice(2, 6)).toEqual([
      [1, 25, 70, 700],
      [2, 50, 90, 200],
      [3, 75, 98, 80],
      [4, 100, 100, 20],
    ]);
    expect(String(pareto.at(-1)![0])).toBe('2 个客户（占 50%，共 4 个有销售的客户）贡献了 80% 的销售额');
    expect(values('客户分布').slice(2, 4)).toEqual([
      ['等级', 'A', 1, 20],
      ['等级', 'B', 2, 40],
    ]);
  });

  it('answers in English when asked, with the caller’s visibility', async () => {
    const { workbook, values } = await open(director, `${PERIOD}&by=grade&lang=en-US`);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Grade', 'Pareto curve', 'Accounts']);
    const grade = values('Grade');
    expect(grade[1][0]).toBe('Grade');
    expect(grade.slice(2).map((r) => r[0])).toEqual(['Ungraded', 'A', 'B', 'C', 'D', 'Total']);
    expect(grade.at(-1)![1]).toBe(11_000);
  });
});
