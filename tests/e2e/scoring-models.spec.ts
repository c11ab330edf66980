import type { Browser, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { ADMIN_STATE, type Person } from './support/people.ts';
import { DESKTOP, PHONE, SCREENSHOT_DIR, screenshot } from './support/screenshots.ts';
import { zh } from './support/texts.ts';
import { signIn } from './support/ui.ts';

test.use({ storageState: ADMIN_STATE });

const MODEL = '终端客户分级';
const ACCOUNT = '东莞市恒达精密五金有限公司';

// An account with ¥3,000,000 of sales last month, so that a re-grade has something to grade.
async function accountWithSales(page: Page, origin: string): Promise<void> {
  const headers = { Origin: origin };
  const product = await page.request.post('/api/v1/products', { headers, data: { name: '液压油 46#', unit: '桶', standardPriceFen: 150_000 } });
  expect(product.status(), await product.text()).toBe(201);
  const account = await page.request.post('/api/v1/accounts', { headers, data: { name: ACCOUNT } });
  expect(account.status(), await account.text()).toBe(201);
  const soldOn = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  const sale = await page.request.post(`/api/v1/accounts/${(await account.json()).id}/sales`, {
    headers,
    data: { productId: (await product.json()).id, soldOn, quantity: 2000, amountFen: 300_000_000 },
  });
  expect(sale.status(), await sale.text()).toBe(201);
}

const weight = (page: Page, criterion: string) => page.getByLabel(`${zh('scoringModels.field.weight')}：${criterion}`);
const minTotal = (page: Page, grade: string) => page.getByLabel(`${zh('scoringModels.thresholdColumn.minTotal')}：${grade}`);

test('the director edits the end-customer model: weights that do not add up are named, a threshold changes and stays, a re-grade runs to the end', async ({ page, baseURL }) => {
  // Many steps with screenshots at two widths: longer than a one-screen journey.
  test.setTimeout(180_000);
  await accountWithSales(page, baseURL ?? '');

  // 1. The models, from the menu.
  await page.goto('/');
  const menu = page.getByRole('menu');
  await menu.getByRole('menuitem', { name: zh('grading.menu') }).click();
  await menu.getByRole('menuitem', { name: zh('scoringModels.menu') }).click();
  await expect(page).toHaveURL(/\/grading\/models$/);
  await expect(page.getByRole('row').filter({ hasText: '经销商评价' })).toContainText(zh('account.customerType.dealer'));
  await screenshot(page, 'scoring-models', [DESKTOP]);

  // 2. The end-customer model: one weight up, and the sum says what is wrong before saving.
  await page.getByRole('link', { name: MODEL }).click();
  await expect(page.getByRole('heading', { name: MODEL })).toBeVisible();
  await expect(page.getByTestId('weight-sum-all')).toHaveText(zh('scoringModels.weightSum', { sum: 100 }));
  await weight(page, '年采购额').fill('20');
  await expect(page.getByTestId('weight-sum-all')).toHaveText(zh('scoringModels.weightSum', { sum: 105 }));
  const problem = zh('scoringModels.issue.WEIGHTS_NOT_100', { sum: 105 });
  await expect(page.getByRole('alert').filter({ hasText: problem }).first()).toBeVisible();
  await page.getByRole('button', { name: zh('common.save') }).click();
  await expect(page.getByText(zh('scoringModels.fixFirst'))).toBeVisible();
  await screenshot(page, 'scoring-model-editor-weights', [DESKTOP, PHONE]);

  // 3. Fixed by taking 5 from payment days; grade B now needs 60.
  await weight(page, '回款天数').fill('5');
  await expect(page.getByTestId('weight-sum-all')).toHaveText(zh('scoringModels.weightSum', { sum: 100 }));
  await expect(page.getByText(problem)).toHaveCount(0);
  await minTotal(page, 'B').fill('60');
  await expect(page.getByText(zh('scoringModels.thresholdMeaning', { min: 60, grade: 'B' }))).toBeVisible();

  // The bands of a computed criterion, in words.
  await page.getByRole('button', { name: `${zh('common.edit')}：年采购额` }).click();
  const drawer = page.getByRole('dialog', { name: zh('common.edit') });
  await expect(drawer.getByText(zh('scoringModels.band.below', { to: '¥50万' }))).toBeVisible();
  await expect(drawer.getByText(zh('scoringModels.band.atLeast', { from: '¥1,000万' }))).toBeVisible();
  await screenshot(page, 'scoring-model-criterion', [DESKTOP, PHONE]);
  // The bands at phone width: every band, breakpoint and score input within the drawer.
  await page.setViewportSize({ width: PHONE, height: 900 });
  await drawer.getByRole('spinbutton', { name: zh('scoringModels.breakpoint', { n: 4 }) }).scrollIntoViewIfNeeded();
  const body = drawer.locator('.ant-drawer-body');
  expect(await body.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  await body.screenshot({ path: `${SCREENSHOT_DIR}/scoring-model-bands-${PHONE}.png` });
  await page.setViewportSize({ width: DESKTOP, height: 900 });
  await drawer.getByRole('button', { name: zh('common.cancel') }).click();
  await expect(drawer).toBeHidden();

  await page.getByRole('button', { name: zh('common.save') }).click();
  await expect(page.getByText(zh('scoringModels.saved', { version: 2 }))).toBeVisible();
  await expect(page.getByText(zh('scoringModels.unsaved'))).toHaveCount(0);

  // 4. Stored: after a reload the page shows the saved model.
  await page.reload();
  // A reload fetches the page's code again: slow on a busy machine.
  await expect(page.getByRole('heading', { name: MODEL })).toBeVisible({ timeout: 30_000 });
  await expect(weight(page, '年采购额')).toHaveValue('20');
  await expect(weight(page, '回款天数')).toHaveValue('5');
  await expect(minTotal(page, 'B')).toHaveValue('60');

  // 5. Re-grade every account with it: progress, then the account whose grade changed.
  await page.getByRole('button', { name: zh('scoringModels.regrade.button') }).click();
  await page.getByRole('button', { name: zh('scoringModels.regrade.start') }).click();
  const dialog = page.getByRole('dialog', { name: zh('scoringModels.regrade.title', { name: MODEL }) });
  // Other journeys' accounts share the database: the counts depend on which ran before.
  const doneText = zh('scoringModels.regrade.done', { total: '#', changed: '#' }).split('#')[0];
  await expect(dialog.getByText(doneText)).toBeVisible();
  await expect(dialog.getByRole('link', { name: ACCOUNT })).toBeVisible();
  await screenshot(page, 'scoring-model-regrade', [DESKTOP]);
  await dialog.getByRole('link', { name: ACCOUNT }).click();
  await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}$/);
});

test('a new model starts as a copy of the dealer model; a stale save is refused and reloads; the model can be deactivated', async ({ page, baseURL, problems }) => {
  await page.goto('/grading/models');
  await page.getByRole('row').filter({ hasText: '经销商评价' }).getByRole('button', { name: zh('scoringModels.copy') }).click();
  await expect(page.getByRole('heading', { name: zh('scoringModels.newTitle') })).toBeVisible();
  await expect(page.getByLabel(zh('scoringModels.nameZh'))).toHaveValue('经销商评价（副本）');
  await page.getByLabel(zh('scoringModels.nameZh')).fill('二级经销商评价');
  await page.getByLabel(zh('scoringModels.nameEn')).fill('Sub-dealer evaluation');
  await page.getByRole('button', { name: zh('common.save') }).click();
  await expect(page.getByText(zh('scoringModels.created', { name: '二级经销商评价' }))).toBeVisible();
  await expect(page).toHaveURL(/\/grading\/models\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: '二级经销商评价' })).toBeVisible();

  // Someone else saves the model meanwhile: this save is refused as stale, and a reload shows theirs.
  const id = new URL(page.url()).pathname.split('/').pop() ?? '';
  problems.allowFailedRequest(`/api/v1/scoring-models/${id}`, 409);
  await page.getByLabel(zh('scoringModels.nameZh')).fill('二级经销商评价（草稿）');
  const theirs = await page.request.patch(`/api/v1/scoring-models/${id}`, { headers: { Origin: baseURL ?? '' }, data: { version: 1, customerType: 'distributor' } });
  expect(theirs.status(), await theirs.text()).toBe(200);
  await page.getByRole('button', { name: zh('common.save') }).click();
  await expect(page.getByText(zh('scoringModels.conflict'))).toBeVisible();
  await page.getByRole('button', { name: zh('scoringModels.reload') }).click();
  await expect(page.getByText(zh('scoringModels.conflict'))).toHaveCount(0);
  await expect(page.getByLabel(zh('scoringModels.nameZh'))).toHaveValue('二级经销商评价');
  await expect(page.getByText(zh('account.customerType.distributor'))).toBeVisible();

  await page.getByRole('link', { name: zh('scoringModels.back') }).click();
  const row = page.getByRole('row').filter({ hasText: '二级经销商评价' });
  await row.getByRole('button', { name: zh('scoringModels.deactivate') }).click();
  await page.locator('.ant-popover').getByRole('button', { name: zh('scoringModels.deactivate') }).click();
  await expect(row).toContainText(zh('scoringModels.inactive'));
  await expect(row.getByRole('button', { name: zh('scoringModels.reactivate') })).toBeVisible();
  await screenshot(page, 'scoring-models-after-copy', [DESKTOP]);
});

test('a matrix model sums its weights per axis', async ({ page }) => {
  await page.goto('/grading/models');
  await page.getByRole('link', { name: '顾客筛选矩阵' }).click();
  const attractiveness = page.getByTestId('weight-sum-attractiveness');
  await expect(attractiveness).toHaveText(zh('scoringModels.weightSumAxis', { axis: zh('scoringModels.axis.attractiveness'), sum: 100 }));
  await expect(page.getByTestId('weight-sum-ability')).toHaveText(zh('scoringModels.weightSumAxis', { axis: zh('scoringModels.axis.ability'), sum: 100 }));
  await weight(page, '客户产生的利润').fill('30');
  await expect(attractiveness).toHaveText(zh('scoringModels.weightSumAxis', { axis: zh('scoringModels.axis.attractiveness'), sum: 95 }));
  await expect(page.getByRole('alert').filter({ hasText: zh('scoringModels.issue.WEIGHTS_NOT_100_AXIS', { axis: zh('scoringModels.axis.attractiveness'), sum: 95 }) }).first()).toBeVisible();
  await screenshot(page, 'scoring-model-matrix', [DESKTOP, PHONE]);
});

const SALES: Person = { username: 'zhouping', name: '周平', password: 'Kam-e2e-Zhou-2024' };

// A fresh browser (no admin session) signed in as the person.
async function signedIn(browser: Browser, person: Person): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, viewport: { width: DESKTOP, height: 900 } });
  const page = await context.newPage();
  await signIn(page, person);
  return page;
}

test('an account manager reads the models but cannot change them', async ({ page, browser, baseURL }) => {
  const created = await page.request.post('/api/v1/users', { headers: { Origin: baseURL ?? '' }, data: { ...SALES, role: 'account_manager' } });
  expect(created.status(), await created.text()).toBe(201);
  const sales = await signedIn(browser, SALES);
  await sales.goto('/grading/models');
  await expect(sales.getByText(zh('scoringModels.readOnly'))).toBeVisible();
  await expect(sales.getByRole('button', { name: zh('scoringModels.copy') })).toHaveCount(0);
  await expect(sales.getByRole('button', { name: zh('scoringModels.regrade.button') })).toHaveCount(0);
  await sales.getByRole('link', { name: MODEL }).click();
  await expect(sales.getByText(zh('scoringModels.bandScoreText', { band: zh('scoringModels.band.below', { to: '¥50万' }), score: 1 }), { exact: false })).toBeVisible();
  await expect(sales.getByRole('button', { name: zh('common.save') })).toHaveCount(0);
  await expect(sales.getByLabel(`${zh('scoringModels.field.weight')}：年采购额`)).toHaveCount(0);
  await expect(sales.getByText(zh('scoringModels.thresholdMeaning', { min: 60, grade: 'B' }))).toBeVisible();
  await screenshot(sales, 'scoring-model-read-only', [DESKTOP]);
  await sales.context().close();
});
