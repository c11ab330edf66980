import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/fixtures.ts';
import { ADMIN, ADMIN_STATE } from './support/people.ts';
import { DESKTOP, PHONE, screenshot } from './support/screenshots.ts';
import { signIn, signOut } from './support/ui.ts';
import { zh } from './support/texts.ts';

// Runs first (the `first-run` project): the server's database is empty, so whoever arrives
// creates the administrator. Every other spec depends on this one.
test('on an empty database the first visitor creates the administrator and is signed in', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole('heading', { name: zh('setup.title') })).toBeVisible();
  await expect(page.getByText(zh('setup.description'))).toBeVisible();
  await screenshot(page, 'setup');

  await page.getByLabel(zh('user.username')).fill(ADMIN.username);
  await page.getByLabel(zh('user.name')).fill(ADMIN.name);
  await page.getByLabel(zh('user.password'), { exact: true }).fill(ADMIN.password);
  await page.getByLabel(zh('password.confirm')).fill(ADMIN.password);
  await page.getByRole('button', { name: zh('setup.submit') }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: zh('home.welcome', { name: ADMIN.name }) })).toBeVisible();
  await expect(page.getByRole('button', { name: zh('layout.userMenu') })).toContainText(zh('role.admin'));
  await screenshot(page, 'home-admin', [DESKTOP, PHONE]);

  await signOut(page);
  // The setup page is gone for good: it now sends visitors to the login page.
  await page.goto('/setup');
  await expect(page).toHaveURL(/\/login$/);

  // Sign in again and keep the session for the specs that start signed in as the administrator.
  await signIn(page, ADMIN);
  await expect(page.getByRole('heading', { name: zh('home.welcome', { name: ADMIN.name }) })).toBeVisible();
  fs.mkdirSync(path.dirname(ADMIN_STATE), { recursive: true });
  await page.context().storageState({ path: ADMIN_STATE });
});
