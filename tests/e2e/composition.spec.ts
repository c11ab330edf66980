import { expect, test } from './support/fixtures.ts';
import { ADMIN_STATE } from './support/people.ts';
import { DESKTOP, PHONE, screenshot } from './support/screenshots.ts';
import { zh } from './support/texts.ts';

test.use({ storageState: ADMIN_STATE });

// Three textile accounts bought this month: 8,000 + 1,500 + 500 yuan. By region 广东 80 % and
// 江苏 20 %; the top account alone (1 of 3, 33.33 %) makes exactly 80 % of sales.
const SALES = [
  { name: '广州纺织品构成分析客户', region: 'guangdong', yuan: 8_000 },
  { name: '苏州丝绸构成分析客户', region: 'jiangsu', yuan: 1_500 },
  { name: '南通家纺构成分析客户', region: 'jiangsu', yuan: 500 },
];

test('composition by region: the Pareto chart, the shares, the 80/20 line and the export', async ({ page, baseURL }) => {
  const headers = { Origin: baseURL ?? '' };
  const product = await page.request.post('/api/v1/products', { headers, data: { name: '纺织机械润滑油', spec: '18L/桶', unit: '桶', category: '润滑油' } });
  expect(product.status(), await product.text()).toBe(201);
  const productId = (await product.json()).id as string;
  const soldOn = `${new Date().toISOString().slice(0, 7)}-01`;
  for (const s of SALES) {
    const account = await page.request.post('/api/v1/accounts', { headers, data: { name: s.name, region: s.region, industry: 'textiles' } });
    expect(account.status(), await account.text()).toBe(201);
    const sale = await page.request.post(`/api/v1/accounts/${(await account.json()).id}/sales`, { headers, data: { productId, soldOn, quantity: 1, amountFen: s.yuan * 100 } });
    expect(sale.status(), await sale.text()).toBe(201);
  }

  // From the grading menu.
  await page.goto('/');
  const menu = page.getByRole('menu');
  await menu.getByRole('menuitem', { name: zh('grading.menu') }).click();
  await menu.getByRole('menuitem', { name: zh('composition.menu') }).click();
  await expect(page).toHaveURL(/\/grading\/composition/);
  await expect(page.getByRole('heading', { name: zh('composition.title') })).toBeVisible();

  // The textile accounts only (other journeys may have sold elsewhere), by region.
  await page.goto('/grading/composition?industry=textiles');
  await page.getByRole('tab', { name: zh('composition.by.region') }).click();
  await expect(page).toHaveURL(/by=region/);
  await expect(page.getByTestId('composition-pareto-chart').locator('canvas')).toBeVisible();
  const table = page.getByTestId('composition-table');
  await expect(table.getByRole('row').filter({ hasText: '广东' })).toContainText('80.00%');
  await expect(table.getByRole('row').filter({ hasText: '江苏' })).toContainText('20.00%');
  await expect(table.getByRole('row').filter({ hasText: '江苏' })).toContainText('100.00%');
  await expect(page.getByTestId('pareto-summary')).toHaveText(zh('composition.pareto.summary', { count: 1, percent: 33.33, total: 3, target: 80 }));
  await expect(page.getByTestId('composition-curve-chart').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('account-shares-grades')).toContainText(zh('composition.ungraded'));
  await screenshot(page, 'composition', [DESKTOP, PHONE]);

  // The spreadsheet of the same view.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('composition-export').click()]);
  expect(download.suggestedFilename()).toMatch(/^客户构成分析-\d{4}-\d{2}-01-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const file = await download.path();
  expect(file).toBeTruthy();
});
