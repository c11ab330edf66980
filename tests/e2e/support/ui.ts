import { expect, type Locator, type Page } from '@playwright/test';
import type { Person } from './people.ts';
import { zh } from './texts.ts';

// Picks an option of an antd Select: the visible `.ant-select-item-option` of the open dropdown
// (its role=option list is for screen readers and stays hidden). `search` types into a Select
// that searches (the user pickers ask the server).
export async function choose(page: Page, field: Locator, option: string, search?: string): Promise<void> {
  await field.click();
  if (search !== undefined) await field.fill(search);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).click();
}

// Signs in on the login page, in Chinese, and waits until the top bar shows the person. Where
// they land depends on how the last session ended (after a sign-out: the page it left, see
// users.spec.ts), so checking the page is the caller's business.
export async function signIn(page: Page, person: Person): Promise<void> {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: zh('login.title') })).toBeVisible();
  await page.getByLabel(zh('user.username')).fill(person.username);
  await page.getByLabel(zh('user.password')).fill(person.password);
  await page.getByRole('button', { name: zh('auth.login') }).click();
  await expect(userMenu(page)).toContainText(person.name);
}

// The table row with a cell that reads exactly `text`.
export function rowWith(page: Page, text: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('cell', { name: text, exact: true }) });
}

export function userMenu(page: Page, t = zh): Locator {
  return page.getByRole('button', { name: t('layout.userMenu') });
}

// Chooses an entry of the user menu in the top bar.
export async function fromUserMenu(page: Page, entry: string, t = zh): Promise<void> {
  await userMenu(page, t).click();
  await page.getByRole('menuitem', { name: entry }).click();
}

export async function signOut(page: Page, t = zh): Promise<void> {
  await fromUserMenu(page, t('auth.logout'), t);
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: t('login.title') })).toBeVisible();
}
