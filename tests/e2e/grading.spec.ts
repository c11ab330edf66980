import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { ADMIN_STATE } from './support/people.ts';
import { DESKTOP, PHONE, screenshot } from './support/screenshots.ts';
import { zh } from './support/texts.ts';
import { choose, rowWith } from './support/ui.ts';

test.use({ storageState: ADMIN_STATE });

const ACCOUNT = '江门市恒通精密五金有限公司';
const MATRIX = '顾客筛选矩阵';
const ATTRACTIVENESS = ['profit', 'growth', 'referralValue', 'strategicValue'];
const ABILITY = ['productAdvantage', 'serviceAdvantage', 'locationAdvantage', 'competitorAttention'];

type Scores = { attractiveness?: number; ability?: number };

// Scores the judged criteria of the screening matrix in the open evaluation drawer, per axis.
async function judge(drawer: Locator, scores: Scores): Promise<void> {
  for (const [keys, score] of [[ATTRACTIVENESS, scores.attractiveness], [ABILITY, scores.ability]] as const) {
    if (score === undefined) continue;
    for (const key of keys) {
      const criterion = drawer.getByTestId(`judged-${key}`);
      await criterion.locator('.ant-segmented-item').getByText(String(score), { exact: true }).click();
      await criterion.getByRole('textbox').fill(`第${score}档：与竞争对手比较后的判断`);
    }
  }
}

async function evaluate(page: Page, scores: Scores, expected: string): Promise<void> {
  await page.getByRole('button', { name: zh('grading.evaluate') }).click();
  const drawer = page.getByRole('dialog', { name: zh('grading.evaluateTitle', { name: ACCOUNT }) });
  await choose(page, drawer.getByLabel(zh('grading.model')), MATRIX);
  await expect(drawer.getByTestId('judged-profit')).toBeVisible();
  await judge(drawer, scores);
  // The result is worked out while scoring, before anything is saved.
  await expect(drawer.getByTestId('evaluation-result')).toContainText(expected);
  await drawer.getByRole('button', { name: zh('grading.saveEvaluation') }).click();
  await expect(page.getByText(zh('grading.saved'))).toBeVisible();
  await expect(drawer).toBeHidden();
}

test('an account manager evaluates an account on the screening matrix twice and sees it move on the matrix', async ({ page, baseURL }) => {
  test.setTimeout(150_000); // two evaluations of eight scored and commented criteria
  const created = await page.request.post('/api/v1/accounts', { headers: { Origin: baseURL ?? '' }, data: { name: ACCOUNT } });
  expect(created.status(), await created.text()).toBe(201);
  const id = (await created.json()).id as string;

  // 1. First evaluation: attractive and winnable → core, consolidate.
  await page.goto(`/accounts/${id}?tab=grading`);
  await expect(page.getByText(zh('grading.noEvaluations'))).toBeVisible();
  await evaluate(page, { attractiveness: 4, ability: 4 }, `${zh('grading.quadrants.core')} · ${zh('grading.strategies.consolidate')}`);
  await expect(page.getByText(zh('grading.axisValues', { attractiveness: 75, ability: 75 }))).toBeVisible();

  // 2. A competitor moved in: our ability to win drops → core potential, invest. The form starts
  //    from the last judgements, so only the ability scores are given again.
  await evaluate(page, { ability: 2 }, `${zh('grading.quadrants.core_potential')} · ${zh('grading.strategies.invest')}`);
  await expect(page.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(2);
  await expect(page.getByText(zh('grading.quadrant')).locator('..')).toContainText(zh('grading.quadrants.core_potential'));
  // The score sheet behind the latest evaluation: each criterion with the comment it rests on.
  await page.locator('.ant-table-tbody tr.ant-table-row').first().getByRole('button').first().click();
  await expect(page.getByRole('cell', { name: '产品上的优势' }).first()).toBeVisible();
  await screenshot(page, 'grading-account-tab', [DESKTOP, PHONE]);

  // 3. The matrix shows the account in core potential, having come from core.
  await page.goto('/grading/matrix');
  await expect(page.getByTestId('matrix-chart').locator('canvas').first()).toBeVisible();
  await page.getByTestId('quadrant-core_potential').click();
  const row = rowWith(page, ACCOUNT);
  await expect(row).toContainText(zh('grading.quadrants.core_potential'));
  await expect(row).toContainText(zh('grading.quadrants.core'));
  await screenshot(page, 'grading-matrix', [DESKTOP, PHONE]);

  // 4. The quadrant's list downloads as a spreadsheet.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: zh('grading.matrix.exportQuadrant', { quadrant: zh('grading.quadrants.core_potential') }) }).click();
  expect((await download).suggestedFilename()).toMatch(/^客户筛选矩阵-\d{4}-\d{2}-\d{2}\.xlsx$/);

  // 5. The account opens from the list on its grading tab.
  await row.getByRole('link', { name: ACCOUNT }).click();
  await expect(page).toHaveURL((url) => url.pathname === `/accounts/${id}` && url.search === '?tab=grading');
});
