import type { Browser, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { ADMIN_STATE, type Person } from './support/people.ts';
import { DESKTOP, PHONE, screenshot } from './support/screenshots.ts';
import { zh } from './support/texts.ts';
import { signIn } from './support/ui.ts';

test.use({ storageState: ADMIN_STATE });

const ACCOUNT = '深圳市宏发精密模具有限公司';
const NEW_ACTION = '每月向客户提供一次行业市场信息，并在其新品立项前提出配套方案';

// Judged criteria only, so that the journey decides the grade (A) and the quadrant (core).
const judgedModel = (kind: 'grade' | 'matrix') =>
  kind === 'grade'
    ? {
        kind,
        name: { 'zh-CN': '服务等级演示分级', 'en-US': 'Service level demo grading' },
        criteria: [{ key: 'partnership', name: { 'zh-CN': '长期合作意愿', 'en-US': 'Partnership' }, weight: 100, scale: '1-5', source: { type: 'judged' } }],
        thresholds: [
          { grade: 'A', minTotal: 75 },
          { grade: 'B', minTotal: 50 },
          { grade: 'C', minTotal: 25 },
          { grade: 'D', minTotal: 0 },
        ],
      }
    : {
        kind,
        name: { 'zh-CN': '服务等级演示矩阵', 'en-US': 'Service level demo matrix' },
        criteria: [
          { key: 'appeal', axis: 'attractiveness', name: { 'zh-CN': '客户吸引力', 'en-US': 'Appeal' }, weight: 100, scale: '1-5', source: { type: 'judged' } },
          { key: 'edge', axis: 'ability', name: { 'zh-CN': '我方优势', 'en-US': 'Our edge' }, weight: 100, scale: '1-5', source: { type: 'judged' } },
        ],
        split: { attractiveness: 50, ability: 50 },
      };

// An account graded A and screened as a core account (the cards on its profile show both).
async function gradedAccount(page: Page, origin: string): Promise<string> {
  const headers = { Origin: origin };
  const account = await page.request.post('/api/v1/accounts', { headers, data: { name: ACCOUNT } });
  expect(account.status(), await account.text()).toBe(201);
  const id = (await account.json()).id as string;
  const scores = { partnership: 5, appeal: 5, edge: 4 };
  for (const kind of ['grade', 'matrix'] as const) {
    const model = await page.request.post('/api/v1/scoring-models', { headers, data: { definition: judgedModel(kind) } });
    expect(model.status(), await model.text()).toBe(201);
    const definition = judgedModel(kind);
    const judged = Object.fromEntries(definition.criteria.map((c) => [c.key, { score: scores[c.key as keyof typeof scores], comment: `${c.name['zh-CN']}：高` }]));
    const evaluation = await page.request.post(`/api/v1/accounts/${id}/evaluations`, { headers, data: { modelId: (await model.json()).id, judged } });
    expect(evaluation.status(), await evaluation.text()).toBe(201);
  }
  return id;
}

const visitsOf = (page: Page, grade: string) => page.getByLabel(`${zh('gradingPolicies.column.visitsPerQuarter')}：${grade}`);
const firstAction = (page: Page) =>
  page.getByLabel(zh('gradingPolicies.inLanguage', { label: zh('gradingPolicies.actionsItem', { n: 1 }), language: zh('gradingPolicies.lang.zh-CN') }));

test('the administrator changes grade A visits and a strategy action; after a reload both stay, and the account shows them', async ({ page, baseURL }) => {
  const accountId = await gradedAccount(page, baseURL ?? '');

  // 1. The policies, from the grading menu: the seed's defaults.
  await page.goto('/');
  const menu = page.getByRole('menu');
  await menu.getByRole('menuitem', { name: zh('grading.menu') }).click();
  await menu.getByRole('menuitem', { name: zh('gradingPolicies.menu') }).click();
  await expect(page).toHaveURL(/\/grading\/policies$/);
  await expect(visitsOf(page, 'A')).toHaveValue('6');
  await expect(page.getByRole('tab', { name: '核心客户 → 巩固' })).toBeVisible();
  await screenshot(page, 'grading-policies', [DESKTOP, PHONE]);

  // 2. Grade A: 8 visits a quarter; the core strategy's first action reworded.
  await visitsOf(page, 'A').fill('8');
  await firstAction(page).fill(NEW_ACTION);
  await expect(page.getByText(zh('gradingPolicies.unsaved'))).toBeVisible();
  await page.getByRole('button', { name: zh('common.save') }).click();
  await expect(page.getByText(zh('gradingPolicies.saved'))).toBeVisible();
  await expect(page.getByText(zh('gradingPolicies.unsaved'))).toHaveCount(0);

  // 3. After a reload, both are what was saved.
  await page.reload();
  await expect(visitsOf(page, 'A')).toHaveValue('8');
  await expect(firstAction(page)).toHaveValue(NEW_ACTION);

  // 4. The account's profile: grade A's service level and the core account's strategy.
  await page.goto(`/accounts/${accountId}`);
  await expect(page.getByRole('heading', { name: ACCOUNT })).toBeVisible();
  const service = page.locator('.ant-card').filter({ hasText: zh('gradingPolicies.card.serviceLevelOf', { grade: 'A' }) });
  await expect(service).toContainText(zh('gradingPolicies.card.visits', { count: 8 }));
  await expect(service).toContainText(zh('gradingPolicies.planDepthDetail.full'));
  await expect(service).toContainText(zh('gradingPolicies.reviewCadence.monthly'));
  const strategy = page.locator('.ant-card').filter({ hasText: zh('gradingPolicies.card.strategy') });
  await expect(strategy).toContainText('核心客户');
  await expect(strategy).toContainText('巩固');
  await expect(strategy).toContainText(NEW_ACTION);
  await screenshot(page, 'account-service-level', [DESKTOP, PHONE]);
});

const READER: Person = { username: 'qianhui', name: '钱慧', password: 'Kam-e2e-Qian-2024' };

// A fresh browser (no admin session) signed in as the person.
async function signedIn(browser: Browser, person: Person, width: number): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, viewport: { width, height: 900 } });
  const page = await context.newPage();
  await signIn(page, person);
  return page;
}

test('an account manager reads the service levels and strategies but cannot change them', async ({ page, browser, baseURL }) => {
  const created = await page.request.post('/api/v1/users', { headers: { Origin: baseURL ?? '' }, data: { ...READER, role: 'account_manager' } });
  expect(created.status(), await created.text()).toBe(201);
  const reader = await signedIn(browser, READER, DESKTOP);
  await reader.goto('/grading/policies');
  await expect(reader.getByText(zh('gradingPolicies.readOnlyNote'))).toBeVisible();
  await expect(reader.getByRole('row').filter({ hasText: zh('gradingPolicies.planDepth.full') })).toContainText(zh('gradingPolicies.sponsorRequired'));
  await expect(reader.getByRole('button', { name: zh('common.save') })).toHaveCount(0);
  await expect(reader.getByRole('textbox')).toHaveCount(0);
  await reader.getByRole('tab', { name: '兼顾客户 → 兼顾' }).click();
  await expect(reader.getByText('如有必要可考虑撤出')).toBeVisible();
  await screenshot(reader, 'grading-policies-readonly', [PHONE]);
  await reader.context().close();
});
