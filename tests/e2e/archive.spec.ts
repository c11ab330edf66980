import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { ADMIN_STATE } from './support/people.ts';
import { DESKTOP, PHONE, screenshot } from './support/screenshots.ts';
import { zh } from './support/texts.ts';

test.use({ storageState: ADMIN_STATE });

const ACCOUNT = { name: '厦门鹭江精密机械有限公司', creditCode: '91350100M000100Y43' };
const IMPORTED = { name: '东莞市柏安五金制品有限公司', initials: 'bawj' };

// Picks the option of an open antd Select whose text is exactly `option` ("决策者", not "经济决策者").
// `search` types into a Select that searches (long lists are virtual: far options are not rendered).
async function chooseExactly(page: Page, field: Locator, option: string, search?: string): Promise<void> {
  await field.click();
  if (search !== undefined) await field.fill(search);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').getByText(option, { exact: true }).click();
}

type NewContact = { name: string; title: string; buyingRole?: string; attitude?: string; reportsTo?: string };

async function addContact(page: Page, contact: NewContact): Promise<void> {
  await page.getByRole('button', { name: zh('contacts.create') }).click();
  const drawer = page.getByRole('dialog', { name: zh('contacts.createTitle') });
  await drawer.getByLabel(zh('contact.field.name')).fill(contact.name);
  await drawer.getByLabel(zh('contact.field.title')).fill(contact.title);
  if (contact.reportsTo) await chooseExactly(page, drawer.getByLabel(zh('contact.field.reportsToId')), contact.reportsTo);
  if (contact.buyingRole) await chooseExactly(page, drawer.getByLabel(zh('contact.field.buyingRole')), contact.buyingRole);
  if (contact.attitude) await chooseExactly(page, drawer.getByLabel(zh('contact.field.attitude')), contact.attitude);
  await drawer.getByRole('button', { name: zh('contacts.create') }).click();
  await expect(page.getByText(zh('contacts.created', { name: contact.name }))).toBeVisible();
  await expect(drawer).toBeHidden();
}

// The rows of the account table (desktop) whose first cells hold the name.
const accountRows = (page: Page) => page.locator('.ant-table-tbody tr.ant-table-row');

test('an account is created with its contacts and map, a GBK CSV is imported and the list exported to xlsx', async ({ page, baseURL }, testInfo) => {
  // 1. A new archive from the account list.
  await page.goto('/');
  await page.getByRole('menu').getByRole('menuitem', { name: zh('menu.accounts') }).click();
  await expect(page).toHaveURL(/\/accounts$/);
  await page.getByRole('button', { name: zh('accounts.create') }).click();
  const form = page.getByRole('dialog', { name: zh('accounts.createTitle') });
  await form.getByLabel(zh('account.field.name')).fill(ACCOUNT.name);
  await form.getByLabel(zh('account.field.creditCode')).fill(ACCOUNT.creditCode);
  await chooseExactly(page, form.getByLabel(zh('account.field.region')), zh('account.region.guangdong'), zh('account.region.guangdong'));
  await chooseExactly(page, form.getByLabel(zh('account.field.lifecycleStage')), zh('account.stage.key'));
  await form.getByRole('button', { name: zh('accounts.create') }).click();
  await expect(page.getByText(zh('accounts.created', { name: ACCOUNT.name }))).toBeVisible();
  await expect(form).toBeHidden();

  await expect(page).toHaveURL(/\/accounts\/[^/?]+$/);
  await expect(page.getByRole('heading', { name: ACCOUNT.name })).toBeVisible();
  await expect(page.getByText(/^KA\d{10} · 广东$/)).toBeVisible();
  // A new archive has no contacts: the coverage warning says so.
  const coverage = page.getByText(zh('accounts.coverage.title'));
  await expect(coverage).toBeVisible();
  await screenshot(page, 'archive-detail');

  // 2. Three contacts: 王总 at the top, 陈容 reporting to him, 李工 to her.
  await page.getByRole('tab', { name: zh('accounts.tab.contacts') }).click();
  await expect(page).toHaveURL(/tab=contacts/);
  await addContact(page, { name: '王总', title: '总经理', buyingRole: zh('contact.buyingRole.decision_maker'), attitude: zh('contact.attitude.supporter') });
  await addContact(page, { name: '陈容', title: '采购经理', reportsTo: '王总 · 总经理' });
  await addContact(page, { name: '李工', title: '设备工程师', reportsTo: '陈容 · 采购经理' });

  const contactRows = page.getByRole('tabpanel').locator('.ant-table-tbody tr.ant-table-row');
  await expect(contactRows).toHaveCount(3);
  // The row of a contact: its first cell holds the name (陈容's row names 王总 as her manager).
  const contactRow = (name: string) => contactRows.filter({ has: page.locator('td:first-child').getByText(name, { exact: true }) });
  await expect(contactRow('王总')).toContainText(zh('contact.buyingRole.decision_maker'));
  await expect(contactRow('王总')).toContainText(zh('contact.attitude.supporter'));
  await expect(contactRow('陈容')).toContainText('王总');
  await expect(contactRow('李工')).toContainText('陈容');
  await expect(coverage).toHaveCount(0);
  await expect(page.getByText(zh('contact.gap.no_decision_maker'))).toHaveCount(0);
  await expect(page.getByText(zh('contact.gap.few_contacts'))).toHaveCount(0);
  await screenshot(page, 'archive-contacts');

  // 3. The relationship map draws the org chart on a G6 canvas.
  await page.getByRole('tab', { name: zh('accounts.tab.map') }).click();
  await expect(page).toHaveURL(/tab=map/);
  const canvas = page.getByRole('tabpanel').locator('canvas').first();
  await expect(canvas).toBeVisible();
  await expect(page.getByText(zh('map.empty'))).toHaveCount(0);
  const box = await canvas.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(0);
  expect(box?.height ?? 0).toBeGreaterThan(0);
  // The drawing buffer, not only the element's box.
  const size = await canvas.evaluate((element) => {
    const drawn = element as unknown as { width: number; height: number };
    return { width: drawn.width, height: drawn.height };
  });
  expect(size.width).toBeGreaterThan(0);
  expect(size.height).toBeGreaterThan(0);
  await screenshot(page, 'archive-map');

  // 4. A GBK-encoded CSV through the import API, with the page's session and a same-origin Origin.
  const buffer = iconv.encode(`客户名称,电话,地区\n${IMPORTED.name},0769-85550000,广东\n`, 'gbk');
  const imported = await page.request.post('/api/v1/accounts/import', {
    headers: { Origin: baseURL ?? '' },
    multipart: { file: { name: 'a.csv', mimeType: 'text/csv', buffer }, options: JSON.stringify({ dryRun: false }) },
  });
  expect(imported.status(), await imported.text()).toBe(200);
  expect(await imported.json()).toMatchObject({ created: 1 });

  // Found in the list by its pinyin initials, and by its name.
  await page.goto('/accounts');
  const search = page.getByLabel(zh('accounts.search'));
  await search.fill(IMPORTED.initials);
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === IMPORTED.initials);
  await expect(accountRows(page)).toHaveCount(1);
  await expect(accountRows(page).first()).toContainText(IMPORTED.name);
  await search.fill(IMPORTED.name);
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === IMPORTED.name);
  await expect(accountRows(page)).toHaveCount(1);
  await expect(accountRows(page).first()).toContainText(IMPORTED.name);
  await search.fill('');
  await expect(page).toHaveURL((url) => !url.searchParams.get('q'));
  await expect(accountRows(page).filter({ hasText: ACCOUNT.name })).toHaveCount(1);
  await expect(accountRows(page).filter({ hasText: IMPORTED.name })).toHaveCount(1);
  await screenshot(page, 'archive-list', [DESKTOP, PHONE]);

  // 5. The list exported to Excel and read back.
  await page.getByRole('button', { name: zh('accounts.export.title') }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: zh('accounts.export.xlsx') }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const file = testInfo.outputPath('accounts.xlsx');
  await download.saveAs(file);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  expect(sheet).toBeDefined();
  const texts = (row: ExcelJS.Row) => (row.values as unknown[]).map((value) => (value === null || value === undefined ? '' : String(value)));
  const header = texts(sheet.getRow(1));
  expect(header).toContain(zh('accounts.column.name'));
  const names = new Set<string>();
  sheet.eachRow((row, number) => {
    if (number > 1) for (const text of texts(row)) names.add(text);
  });
  expect(names).toContain(ACCOUNT.name);
  expect(names).toContain(IMPORTED.name);
});
