import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { ADMIN_STATE } from './support/people.ts';
import { DESKTOP, PHONE, screenshot } from './support/screenshots.ts';
import { zh } from './support/texts.ts';
import { choose } from './support/ui.ts';

test.use({ storageState: ADMIN_STATE });

const BRAND = { key: 'current_brand', zh: '现用品牌', en: 'Current brand', options: ['美孚', '壳牌'] };
const VOLUME = { key: 'oil_volume', zh: '年用油量', en: 'Annual oil volume' };
const ACCOUNT = '佛山市顺德区华锐液压机械有限公司';

type NewField = { key: string; zh: string; en: string; type: string; options?: string[]; isRequired?: boolean };

async function openSettings(page: Page): Promise<void> {
  await page.goto('/');
  const menu = page.getByRole('menu');
  await menu.getByRole('menuitem', { name: zh('menu.settings') }).click();
  await menu.getByRole('menuitem', { name: zh('menu.archiveSettings') }).click();
  await expect(page).toHaveURL(/\/settings\/archive$/);
  await expect(page.getByRole('heading', { name: zh('menu.archiveSettings') })).toBeVisible();
}

async function addField(page: Page, field: NewField): Promise<void> {
  await page.getByRole('button', { name: zh('archiveSettings.addField') }).click();
  const drawer = page.getByRole('dialog', { name: zh('archiveSettings.addField') });
  await drawer.getByLabel(zh('archiveSettings.column.key')).fill(field.key);
  await drawer.getByLabel(zh('archiveSettings.column.labelZh')).fill(field.zh);
  await drawer.getByLabel(zh('archiveSettings.column.labelEn')).fill(field.en);
  await choose(page, drawer.getByLabel(zh('archiveSettings.column.type')), field.type);
  if (field.options) await drawer.getByLabel(zh('archiveSettings.column.options')).pressSequentially(field.options.map((option) => `${option},`).join(''));
  if (field.isRequired) await drawer.getByLabel(zh('archiveSettings.column.required')).click();
  await drawer.getByRole('button', { name: zh('common.confirm') }).click();
  await expect(drawer).toBeHidden();
}

// The row of the custom field table showing `key`.
const fieldRow = (page: Page, key: string): Locator => page.locator('.ant-table-tbody tr.ant-table-row').filter({ has: page.getByText(key, { exact: true }) });

async function saveSettings(page: Page, done: string): Promise<void> {
  await page.getByRole('button', { name: zh('common.save') }).click();
  await expect(page.getByText(done)).toBeVisible();
  await expect(page.getByText(zh('archiveSettings.unsaved'))).toHaveCount(0);
}

test('an administrator adds custom fields and puts one on the checklist; the archive form asks for them and the profile shows them', async ({ page }) => {
  // 1. Two fields: a required choice and a number; the choice joins the completeness checklist.
  await openSettings(page);
  await addField(page, { key: BRAND.key, zh: BRAND.zh, en: BRAND.en, type: zh('archiveSettings.type.select'), options: BRAND.options, isRequired: true });
  await addField(page, { key: VOLUME.key, zh: VOLUME.zh, en: VOLUME.en, type: zh('archiveSettings.type.number') });
  await expect(fieldRow(page, BRAND.key)).toContainText(BRAND.options.join(''));
  await expect(fieldRow(page, BRAND.key)).toContainText(zh('archiveSettings.new'));
  // The number field goes first in the form.
  await fieldRow(page, VOLUME.key).getByRole('button', { name: zh('archiveSettings.moveUp') }).click();
  await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toContainText(VOLUME.key);
  await page.getByRole('checkbox', { name: BRAND.zh }).check();
  await expect(page.getByText(zh('archiveSettings.unsaved'))).toBeVisible();
  await screenshot(page, 'archive-settings', [DESKTOP, PHONE]);
  await saveSettings(page, zh('archiveSettings.savedRescoring'));
  await expect(fieldRow(page, BRAND.key)).not.toContainText(zh('archiveSettings.new'));

  // 2. A new archive: the required choice is asked for before anything is sent.
  await page.getByRole('menu').getByRole('menuitem', { name: zh('menu.accounts') }).click();
  await page.getByRole('button', { name: zh('accounts.create') }).click();
  const form = page.getByRole('dialog', { name: zh('accounts.createTitle') });
  await form.getByLabel(zh('account.field.name')).fill(ACCOUNT);
  const section = form.getByRole('region', { name: zh('accounts.group.custom') });
  await expect(section.getByLabel(VOLUME.zh)).toBeVisible();
  await form.getByRole('button', { name: zh('accounts.create') }).click();
  const brandItem = section.locator('.ant-form-item').filter({ hasText: BRAND.zh });
  await expect(brandItem.getByText(zh('validation.required'))).toBeVisible();
  await expect(form).toBeVisible();
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, 'archive-settings-account-form');

  await choose(page, section.getByLabel(BRAND.zh), BRAND.options[1]);
  await section.getByLabel(VOLUME.zh).fill('1200.5');
  await expect(brandItem.getByText(zh('validation.required'))).toHaveCount(0);
  // On a phone the drawer takes the whole screen; the section is scrolled to after the resize.
  const desktop = page.viewportSize() ?? { width: DESKTOP, height: 720 };
  await page.setViewportSize({ width: PHONE, height: desktop.height });
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, 'archive-settings-account-form', [PHONE]);
  await page.setViewportSize(desktop);
  await form.getByRole('button', { name: zh('accounts.create') }).click();
  await expect(page.getByText(zh('accounts.created', { name: ACCOUNT }))).toBeVisible();
  await expect(page).toHaveURL(/\/accounts\/[^/?]+$/);
  const accountUrl = page.url();

  // 3. The profile shows the values, formatted; the checklist item is satisfied.
  const values = page.locator('.ant-card').filter({ has: page.getByText(zh('accounts.group.custom'), { exact: true }) });
  await expect(values).toContainText(BRAND.zh);
  await expect(values).toContainText(BRAND.options[1]);
  await expect(values).toContainText(VOLUME.zh);
  await expect(values).toContainText('1,200.5');
  const missing = page.getByText(zh('accounts.missingList', { items: '' }).trim());
  await expect(missing).toBeVisible();
  await expect(missing).not.toContainText(BRAND.zh);
  // The history names custom values by their field's label, like the standard fields.
  await page.getByRole('tab', { name: zh('accounts.tab.history') }).click();
  const created = page.getByRole('tabpanel').getByText(`${BRAND.zh}${zh('common.colon')}`);
  await expect(created).toBeVisible();
  await expect(created.locator('..')).toContainText(BRAND.options[1]);
  await page.getByRole('tab', { name: zh('accounts.tab.profile') }).click();

  // 4. Settings restored for the journeys that follow: both fields retired, the default checklist.
  await openSettings(page);
  for (const key of [BRAND.key, VOLUME.key]) {
    await fieldRow(page, key).getByRole('button', { name: zh('archiveSettings.retire') }).click();
    await page.locator('.ant-popover:visible').getByRole('button', { name: zh('archiveSettings.retire') }).click();
    await expect(fieldRow(page, key)).toContainText(zh('archiveSettings.retired'));
  }
  await expect(page.getByRole('checkbox', { name: BRAND.zh })).toHaveCount(0);
  await page.getByRole('button', { name: zh('archiveSettings.restoreDefaults') }).click();
  await saveSettings(page, zh('archiveSettings.savedRescoring'));

  // Retired fields' values stay readable on the profile, marked as retired; the form no longer asks.
  await page.goto(accountUrl);
  await expect(values).toContainText(BRAND.options[1]);
  await expect(values).toContainText('1,200.5');
  await expect(values.getByText(zh('archiveSettings.retired'), { exact: true })).toHaveCount(2);
  await values.scrollIntoViewIfNeeded();
  await screenshot(page, 'archive-settings-profile');
  await page.getByRole('button', { name: zh('common.edit') }).first().click();
  const editForm = page.getByRole('dialog', { name: zh('accounts.editTitle', { name: ACCOUNT }) });
  await expect(editForm.getByLabel(zh('account.field.name'))).toHaveValue(ACCOUNT);
  await expect(editForm.getByRole('region', { name: zh('accounts.group.custom') })).toHaveCount(0);
});
