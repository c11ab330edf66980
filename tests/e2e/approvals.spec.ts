import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { ADMIN_STATE, type Person } from './support/people.ts';
import { DESKTOP, PHONE, screenshot } from './support/screenshots.ts';
import { zh } from './support/texts.ts';
import { choose, signIn } from './support/ui.ts';

// The approval engine's everyday journey (general request, flow: direct manager, then the
// director from ¥5,000): a specialist applies for ¥8,000, their manager approves on a phone, the
// director approves, and the specialist sees it approved with the whole route.
test.use({ storageState: ADMIN_STATE });

const DIRECTOR: Person = { username: 'zhaomin', name: '赵敏', password: 'Kam-e2e-Zhao-2024' };
const MANAGER: Person = { username: 'chenjie', name: '陈杰', password: 'Kam-e2e-Chen-2024' };
const SPECIALIST: Person = { username: 'liuyang', name: '刘洋', password: 'Kam-e2e-Liu-2024' };
const TITLE = '华东石化技术交流会场地及餐费';

async function createUser(request: APIRequestContext, origin: string, person: Person, role: string, managerId?: string): Promise<string> {
  const response = await request.post('/api/v1/users', { headers: { Origin: origin }, data: { ...person, role, ...(managerId ? { managerId } : {}) } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()).id as string;
}

// A fresh browser (no admin session) signed in as the person.
async function signedIn(browser: Browser, person: Person, width = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, viewport: { width, height: 900 } });
  const page = await context.newPage();
  await signIn(page, person);
  return page;
}

const drawer = (page: Page) => page.locator('.ant-drawer-body');
const routeStep = (page: Page, n: number) => drawer(page).locator('.ant-steps-item').nth(n);

test('a ¥8,000 request goes to the manager, then the director, and the applicant sees it approved', async ({ page, browser, baseURL }) => {
  // Three people sign in on their own browsers: longer than one person's journey.
  test.setTimeout(180_000);
  const origin = baseURL ?? '';
  const directorId = await createUser(page.request, origin, DIRECTOR, 'director');
  const managerId = await createUser(page.request, origin, MANAGER, 'manager', directorId);
  await createUser(page.request, origin, SPECIALIST, 'account_manager', managerId);

  // The specialist applies.
  const specialist = await signedIn(browser, SPECIALIST);
  await specialist.goto('/approvals');
  await expect(specialist.getByRole('heading', { name: zh('approvals.menu') })).toBeVisible();
  await specialist.getByRole('button', { name: zh('approvals.new') }).click();
  const dialog = specialist.getByRole('dialog', { name: zh('approvals.new') });
  await dialog.getByLabel(zh('approvals.fields.title')).fill(TITLE);
  await dialog.getByLabel(zh('approvals.fields.amount')).fill('8000');
  await dialog.getByLabel(zh('approvals.fields.description')).fill('邀请客户设备部与采购部共 12 人参加新品润滑方案交流');
  await dialog.getByRole('button', { name: zh('approvals.submit') }).click();
  await expect(drawer(specialist)).toContainText(zh('approvals.statuses.pending'));
  await expect(routeStep(specialist, 0)).toContainText(zh('approvals.relations.direct_manager'));
  await expect(routeStep(specialist, 0)).toContainText(MANAGER.name);
  await expect(routeStep(specialist, 1)).toContainText(zh('approvals.relations.director'));
  await expect(routeStep(specialist, 1)).toContainText(DIRECTOR.name);
  await screenshot(specialist, 'approvals-submitted');
  // Nobody decides their own request.
  await expect(drawer(specialist).getByRole('button', { name: zh('approvals.approve') })).toHaveCount(0);

  // The manager sees the count in the menu and decides on a phone.
  const manager = await signedIn(browser, MANAGER);
  await expect(manager.locator('.ant-menu-item', { hasText: zh('approvals.menu') }).locator('.ant-badge')).toContainText('1');
  await manager.setViewportSize({ width: PHONE, height: 844 });
  await manager.goto('/approvals');
  const card = manager.getByTestId('approval-card').filter({ hasText: TITLE });
  await expect(card).toContainText('¥8,000');
  await screenshot(manager, 'approvals-inbox', [PHONE]);
  await card.click();
  await expect(drawer(manager).getByRole('button', { name: zh('approvals.approve') })).toBeVisible();
  await drawer(manager).getByLabel(zh('approvals.comment')).fill('同意，注意控制餐费标准');
  await screenshot(manager, 'approvals-decision', [PHONE]);
  await drawer(manager).getByRole('button', { name: zh('approvals.approve') }).click();
  await expect(routeStep(manager, 0)).toContainText(zh('approvals.stepStates.approved'));
  await expect(routeStep(manager, 0)).toContainText('同意，注意控制餐费标准');
  await expect(drawer(manager).getByRole('button', { name: zh('approvals.approve') })).toHaveCount(0);

  // The director: above the ¥5,000 threshold, so it is theirs next.
  const director = await signedIn(browser, DIRECTOR);
  await director.goto('/approvals');
  await director.getByRole('row').filter({ hasText: TITLE }).click();
  await drawer(director).getByRole('button', { name: zh('approvals.approve') }).click();
  await expect(drawer(director)).toContainText(zh('approvals.statuses.approved'));

  // The applicant sees where it ended: approved, both steps with who and when.
  await specialist.goto('/approvals?box=mine');
  const row = specialist.getByRole('row').filter({ hasText: TITLE });
  await expect(row).toContainText(zh('approvals.statuses.approved'));
  await row.click();
  await expect(routeStep(specialist, 0)).toContainText(MANAGER.name);
  await expect(routeStep(specialist, 1)).toContainText(`${zh('approvals.stepStates.approved')} · ${DIRECTOR.name}`);
  await expect(drawer(specialist)).toContainText(zh('approvals.actions.approve'));
  await screenshot(specialist, 'approvals-approved', [DESKTOP, PHONE]);
});

test('the administrator sees the ready flows under settings', async ({ page }) => {
  await page.goto('/settings/approval-flows');
  await expect(page.getByRole('heading', { name: zh('approvals.flows.menu') })).toBeVisible();
  await page.getByText(zh('approvals.kinds.visit'), { exact: true }).first().click();
  await expect(page.getByTestId('flow-step')).toHaveCount(3);
  await screenshot(page, 'approval-flows', [DESKTOP, PHONE]);
});

test('a request whose first step has nobody waits for the administrator, who assigns an approver', async ({ page, baseURL }) => {
  const origin = baseURL ?? '';
  const finance: Person = { username: 'sunli', name: '孙丽', password: 'Kam-e2e-Sun-2024' };
  await createUser(page.request, origin, finance, 'finance');
  // The administrator has no manager: the general flow's first step (direct manager) has nobody.
  const created = await page.request.post('/api/v1/approvals', { headers: { Origin: origin }, data: { title: '年度客户答谢会预算', amountFen: 3_000_00 } });
  expect(created.status(), await created.text()).toBe(201);
  expect((await created.json()).status).toBe('no_approver');

  await page.goto('/approvals');
  const row = page.getByRole('row').filter({ hasText: '年度客户答谢会预算' });
  await expect(row).toContainText(zh('approvals.statuses.no_approver'));
  await row.click();
  await expect(drawer(page)).toContainText(zh('error.APPROVAL_NO_APPROVER'));
  await screenshot(page, 'approvals-no-approver', [DESKTOP, PHONE]);
  await choose(page, drawer(page).getByLabel(zh('approvals.assignee')), finance.name, finance.name);
  await drawer(page).getByRole('button', { name: zh('approvals.reassign') }).click();
  await expect(drawer(page)).toContainText(zh('approvals.statuses.pending'));
  await expect(routeStep(page, 0)).toContainText(zh('approvals.reassignedTo', { names: finance.name }));
});
