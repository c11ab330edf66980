import { expect, test } from './support/fixtures.ts';
import { ADMIN } from './support/people.ts';
import { screenshot } from './support/screenshots.ts';
import { zh } from './support/texts.ts';
import { choose, fromUserMenu, rowWith, signIn } from './support/ui.ts';

const TOKEN_NAME = 'ERP 同步';

// Signed in through the login page (no stored state), so the `request` fixture carries no session
// cookie and only the token can authenticate its calls.
test('an API token shown once authenticates API calls until it is revoked', async ({ page, request }) => {
  expect((await request.get('/api/v1/auth/me')).status()).toBe(401);

  await signIn(page, ADMIN);
  await fromUserMenu(page, zh('menu.tokens'));
  await expect(page).toHaveURL(/\/account\/tokens$/);
  await expect(page.getByRole('heading', { name: zh('menu.tokens') })).toBeVisible();
  await expect(page.getByText(zh('tokens.empty'))).toBeVisible();
  await screenshot(page, 'tokens-empty');

  await page.getByRole('button', { name: zh('tokens.create') }).click();
  const create = page.getByRole('dialog', { name: zh('tokens.createTitle') });
  await create.getByLabel(zh('tokens.name')).fill(TOKEN_NAME);
  await choose(page, create.getByLabel(zh('tokens.expiresIn')), zh('tokens.days', { n: 30 }));
  await create.getByRole('button', { name: zh('tokens.create') }).click();

  const shown = page.getByRole('dialog', { name: zh('tokens.createdTitle', { name: TOKEN_NAME }) });
  await expect(shown.getByText(zh('tokens.showOnce'))).toBeVisible();
  const secret = await shown.getByLabel(zh('tokens.secret')).inputValue();
  expect(secret.length).toBeGreaterThan(20);
  await screenshot(page, 'token-secret');
  await shown.getByRole('button', { name: zh('tokens.savedIt') }).click();
  await expect(shown).toBeHidden();

  const row = rowWith(page, TOKEN_NAME);
  await expect(row).toBeVisible();
  await expect(row).toContainText(secret.slice(0, 4));
  await expect(page.getByText(secret)).toHaveCount(0);
  await screenshot(page, 'tokens');

  const authorization = { Authorization: `Bearer ${secret}` };
  const allowed = await request.get('/api/v1/auth/me', { headers: authorization });
  expect(allowed.status()).toBe(200);
  expect(((await allowed.json()) as { user: { username: string } }).user.username).toBe(ADMIN.username);

  await row.getByRole('button', { name: zh('tokens.revoke') }).click();
  const confirm = page.locator('.ant-popconfirm:visible');
  await expect(confirm).toContainText(zh('tokens.revokeConfirm', { name: TOKEN_NAME }));
  await confirm.getByRole('button', { name: zh('tokens.revoke') }).click();
  await expect(page.getByText(zh('tokens.revoked'))).toBeVisible();
  await expect(row).toHaveCount(0);
  await expect(page.getByText(zh('tokens.empty'))).toBeVisible();

  const refused = await request.get('/api/v1/auth/me', { headers: authorization });
  expect(refused.status()).toBe(401);
});
