import { describe, expect, it } from 'vitest';
import { permissionsOf } from '../domain/users/permissions.ts';
import { ROLES, type Role } from '../domain/users/roles.ts';
import { accessOf } from './access.ts';

const viewer = (role: Role) => ({ user: { role }, permissions: permissionsOf(role) });

describe('accessOf', () => {
  it('gives a signed-out visitor nothing', () => {
    expect(Object.values(accessOf(null)).every((flag) => flag === false)).toBe(true);
  });

  it('lets an administrator manage users and read the audit log', () => {
    expect(accessOf(viewer('admin'))).toMatchObject({ canReadUsers: true, canManageUsers: true, canReadAudit: true });
  });

  it('lets a director read users and the audit log but not change users', () => {
    expect(accessOf(viewer('director'))).toMatchObject({ canReadUsers: true, canManageUsers: false, canReadAudit: true });
  });

  it('hides the audit log and user management from an account manager', () => {
    expect(accessOf(viewer('account_manager'))).toMatchObject({ canReadUsers: true, canManageUsers: false, canReadAudit: false });
  });

  it('lets only roles with users:manage manage users', () => {
    const managers = ROLES.filter((role) => accessOf(viewer(role)).canManageUsers);
    expect(managers).toEqual(['admin']);
  });

  it('lets managers and the director hand accounts over and decide access requests, not account managers', () => {
    const deciders = ROLES.filter((role) => accessOf(viewer(role)).canDecideAccess);
    expect(deciders).toEqual(['admin', 'director', 'manager']);
    expect(accessOf(viewer('account_manager'))).toMatchObject({ canReadAccounts: true, canCreateAccounts: true, canTransferAccounts: false });
  });

  it('does not let finance or service create archives', () => {
    expect(accessOf(viewer('finance')).canCreateAccounts).toBe(false);
    expect(accessOf(viewer('service')).canCreateAccounts).toBe(false);
  });

  it('lets only administrators configure the archive (custom fields, completeness checklist)', () => {
    expect(ROLES.filter((role) => accessOf(viewer(role)).canManageSettings)).toEqual(['admin']);
  });

  it('follows the permissions the server sent, not the role name', () => {
    expect(accessOf({ user: { role: 'admin' }, permissions: [] }).canManageUsers).toBe(false);
  });

  it('lets back-office, the director and administrators keep the product catalogue; everyone but service enters sales', () => {
    expect(ROLES.filter((role) => accessOf(viewer(role)).canManageProducts)).toEqual(['admin', 'director', 'back_office']);
    expect(ROLES.filter((role) => !accessOf(viewer(role)).canWriteSales)).toEqual(['service']);
  });
});
