import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { ADMIN, ADMIN_STATE } from './support/people.ts';
import { screenshot } from './support/screenshots.ts';
import { en, zh } from './support/texts.ts';
import { fromUserMenu, userMenu } from './support/ui.ts';

test.use({ storageState: ADMIN_STATE });

// The language on the user's record, asked with the page's own session.
const savedLocale = async (page: Page): Promise<string> => {
  const response = await page.request.get('/api/v1/auth/me');
  expect(response.status()).toBe(200);
  return ((await response.json()) as { user: { locale: string } }).user.locale;
};

test('the language chosen in the user menu applies at once and is remembered for the user', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: zh('home.welcome', { name: ADMIN.name }) })).toBeVisible();

  await fromUserMenu(page, 'English');
  await expect(page.getByRole('heading', { name: en('home.welcome', { name: ADMIN.name }) })).toBeVisible();
  await expect(page.getByRole('menu').getByRole('menuitem', { name: en('menu.home') })).toBeVisible();
  await expect(page.getByText(en('home.intro'))).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
  await userMenu(page, en).click();
  await expect(page.getByRole('menuitem', { name: en('auth.logout') })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: en('menu.tokens') })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menuitem', { name: en('auth.logout') })).toBeHidden();
  await expect.poll(() => savedLocale(page)).toBe('en-US');
  await screenshot(page, 'home-en-US');

  await page.reload();
  await expect(page.getByRole('heading', { name: en('home.welcome', { name: ADMIN.name }) })).toBeVisible();

  // Not only this browser's memory: without it the user's record still says English.
  await page.evaluate('localStorage.clear()');
  await page.reload();
  await expect(page.getByRole('heading', { name: en('home.welcome', { name: ADMIN.name }) })).toBeVisible();
  await expect(page.getByRole('menu').getByRole('menuitem', { name: en('menu.home') })).toBeVisible();

  await fromUserMenu(page, '简体中文', en);
  await expect(page.getByRole('heading', { name: zh('home.welcome', { name: ADMIN.name }) })).toBeVisible();
  await expect(page.getByRole('menu').getByRole('menuitem', { name: zh('menu.home') })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect.poll(() => savedLocale(page)).toBe('zh-CN');
});
