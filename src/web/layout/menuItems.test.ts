import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { permissionsOf } from '../../domain/users/permissions.ts';
import type { Role } from '../../domain/users/roles.ts';
import { accessOf } from '../access.ts';
import { appRoutes } from '../routes.tsx';
import { activeTrail, menuItems } from './menuItems.tsx';

const t = ((key: string) => key) as unknown as TFunction;
const menuOf = (role: Role) => {
  const access = accessOf({ user: { role }, permissions: permissionsOf(role) });
  const keys = (items: ReturnType<typeof menuItems>): unknown[] =>
    items.flatMap((item) => (item && 'children' in item && item.children ? [item.key, ...keys(item.children)] : [item?.key]));
  return keys(menuItems(appRoutes, access, t));
};

describe('side menu', () => {
  it('shows an administrator the archive, users, teams, the audit log and the settings', () => {
    expect(menuOf('admin')).toEqual(['/', '/accounts', '/contacts', '/sales', '/products', '/grading', '/grading/matrix', '/grading/composition', '/grading/models', '/grading/policies', '/approvals', '/access-requests', '/organization', '/users', '/teams', '/audit', '/settings', '/settings/archive', '/settings/approval-flows']);
  });

  it('shows the settings to administrators only', () => {
    expect(menuOf('director')).not.toContain('/settings');
    expect(menuOf('manager')).not.toContain('/settings/archive');
  });

  it('shows every role the accounts and contacts, but not an account page itself', () => {
    expect(menuOf('service')).toEqual(expect.arrayContaining(['/accounts', '/contacts', '/access-requests']));
    expect(menuOf('service')).not.toContain('/accounts/:id');
  });

  it('shows every role the approvals inbox, and the approval flows to administrators only', () => {
    expect(menuOf('service')).toContain('/approvals');
    expect(menuOf('account_manager')).toContain('/approvals');
    expect(menuOf('director')).not.toContain('/settings/approval-flows');
  });

  it('hides the audit log from an account manager', () => {
    expect(menuOf('account_manager')).not.toContain('/audit');
  });

  it('keeps account pages out of the menu (they are in the user menu)', () => {
    expect(menuOf('admin')).not.toContain('/account');
  });
});

describe('activeTrail', () => {
  it('finds the group and page of a nested route', () => {
    expect(activeTrail(appRoutes, '/teams').map((r) => r.path)).toEqual(['/organization', '/teams']);
  });

  it('prefers the exact page over its parent path', () => {
    expect(activeTrail(appRoutes, '/account/tokens').map((r) => r.path)).toEqual(['/account/tokens']);
  });

  it('keeps the accounts entry active on an account page', () => {
    expect(activeTrail(appRoutes, '/accounts/3e3313bf-dfeb-4b97-8eff-198e4429f33e').map((r) => r.path)).toEqual(['/accounts']);
  });

  it('matches home only on /', () => {
    expect(activeTrail(appRoutes, '/nowhere')).toEqual([]);
  });
});
