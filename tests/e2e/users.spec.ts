import { expect, test } from './support/fixtures.ts';
import { ACCOUNT_MANAGER, ADMIN, TEAM } from './support/people.ts';
import { DESKTOP, PHONE, screenshot } from './support/screenshots.ts';
import { zh } from './support/texts.ts';
import { choose, rowWith, signIn, signOut, userMenu } from './support/ui.ts';

// The administrator signs in through the login page (not the stored state): this journey signs
// out, which ends the session it used.
test('an administrator adds a team and an account manager, who then signs in and reads the directory', async ({ page }) => {
  await signIn(page, ADMIN);
  await expect(page.getByRole('heading', { name: zh('home.welcome', { name: ADMIN.name }) })).toBeVisible();
  const menu = page.getByRole('menu');

  // A team led by the administrator.
  await menu.getByRole('menuitem', { name: zh('menu.organization') }).click();
  await menu.getByRole('menuitem', { name: zh('menu.teams') }).click();
  await expect(page).toHaveURL(/\/teams$/);
  await page.getByRole('button', { name: zh('teams.create') }).click();
  const teamForm = page.getByRole('dialog', { name: zh('teams.createTitle') });
  await teamForm.getByLabel(zh('team.name')).fill(TEAM.name);
  await choose(page, teamForm.getByLabel(zh('team.manager')), `${ADMIN.name} (${ADMIN.username})`, ADMIN.name);
  await teamForm.getByRole('button', { name: zh('teams.create') }).click();
  await expect(page.getByText(zh('teams.saved', { name: TEAM.name }))).toBeVisible();
  await expect(teamForm).toBeHidden();
  const teamRow = rowWith(page, TEAM.name);
  await expect(teamRow).toContainText(ADMIN.name);
  await screenshot(page, 'teams');

  // An account manager in that team, reporting to the administrator.
  await menu.getByRole('menuitem', { name: zh('menu.users') }).click();
  await expect(page).toHaveURL(/\/users/);
  await expect(page.getByRole('heading', { name: zh('menu.users') })).toBeVisible();
  await page.getByRole('button', { name: zh('users.create') }).click();
  const userForm = page.getByRole('dialog', { name: zh('users.createTitle') });
  await userForm.getByLabel(zh('user.username')).fill(ACCOUNT_MANAGER.username);
  await userForm.getByLabel(zh('user.name')).fill(ACCOUNT_MANAGER.name);
  await userForm.getByLabel(zh('user.initialPassword')).fill(ACCOUNT_MANAGER.password);
  await userForm.getByLabel(zh('password.confirm')).fill(ACCOUNT_MANAGER.password);
  await choose(page, userForm.getByLabel(zh('user.role')), zh('role.account_manager'));
  await choose(page, userForm.getByLabel(zh('user.team')), TEAM.name);
  await choose(page, userForm.getByLabel(zh('user.manager')), `${ADMIN.name} (${ADMIN.username})`, ADMIN.name);
  await screenshot(page, 'user-form');
  await userForm.getByRole('button', { name: zh('users.create') }).click();
  await expect(page.getByText(zh('users.created', { name: ACCOUNT_MANAGER.name }))).toBeVisible();
  await expect(userForm).toBeHidden();

  // Found by name in the directory, with the role, team and manager given.
  await page.getByLabel(zh('users.search')).fill(ACCOUNT_MANAGER.name);
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === ACCOUNT_MANAGER.name);
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows).toHaveCount(1);
  for (const text of [ACCOUNT_MANAGER.username, ACCOUNT_MANAGER.name, zh('role.account_manager'), TEAM.name, ADMIN.name]) {
    await expect(rows.first()).toContainText(text);
  }
  await screenshot(page, 'users', [DESKTOP, PHONE]);

  await signOut(page);

  // The account manager's own view: after a deliberate sign-out, the next user starts at Home,
  // not at the page the previous user left.
  await signIn(page, ACCOUNT_MANAGER);
  await expect(userMenu(page)).toContainText(zh('role.account_manager'));
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: zh('home.welcome', { name: ACCOUNT_MANAGER.name }) })).toBeVisible();
  const welcome = page.locator('.ant-card').first();
  await expect(welcome.getByText(zh('role.account_manager'), { exact: true })).toBeVisible();
  await expect(welcome.getByText(zh('home.team', { team: TEAM.name }))).toBeVisible();
  await expect(welcome.getByText(zh('home.manager', { manager: ADMIN.name }))).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: zh('menu.audit') })).toHaveCount(0);
  await screenshot(page, 'home-account-manager', [DESKTOP, PHONE]);

  await menu.getByRole('menuitem', { name: zh('menu.organization') }).click();
  await menu.getByRole('menuitem', { name: zh('menu.users') }).click();
  await expect(page.getByRole('heading', { name: zh('menu.users') })).toBeVisible();
  await expect(rowWith(page, ADMIN.username)).toBeVisible();
  await expect(rowWith(page, ACCOUNT_MANAGER.username)).toBeVisible();
  await expect(page.getByRole('button', { name: zh('users.create') })).toHaveCount(0);
  await expect(page.getByRole('button', { name: zh('users.resetPassword') })).toHaveCount(0);
  await expect(page.getByRole('columnheader', { name: zh('common.actions') })).toHaveCount(0);
  await screenshot(page, 'users-account-manager', [DESKTOP, PHONE]);
});
