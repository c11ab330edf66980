import { expect, test } from './support/fixtures.ts';
import { ADMIN } from './support/people.ts';
import { DESKTOP, PHONE, screenshot } from './support/screenshots.ts';
import { zh } from './support/texts.ts';

test('a wrong password is refused with a translated message; the right one opens the home page', async ({ page, problems }) => {
  // The refused sign-in answers 401; the browser logs that as a console error.
  problems.allowFailedRequest('/api/v1/auth/login', 401);

  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: zh('login.title') })).toBeVisible();
  await screenshot(page, 'login', [DESKTOP, PHONE]);

  await page.getByLabel(zh('user.username')).fill(ADMIN.username);
  await page.getByLabel(zh('user.password')).fill(`${ADMIN.password}-wrong`);
  await page.getByRole('button', { name: zh('auth.login') }).click();
  await expect(page.getByRole('alert')).toHaveText(zh('error.AUTH_INVALID_CREDENTIALS'));
  await expect(page).toHaveURL(/\/login$/);
  await screenshot(page, 'login-wrong-password');

  await page.getByLabel(zh('user.password')).fill(ADMIN.password);
  await page.getByRole('button', { name: zh('auth.login') }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: zh('home.welcome', { name: ADMIN.name }) })).toBeVisible();
  await expect(page.getByRole('menu').getByRole('menuitem', { name: zh('menu.home') })).toBeVisible();
  await screenshot(page, 'home', [DESKTOP, PHONE]);
});
