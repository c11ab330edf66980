import type { Role } from './roles.ts';

// What each role may do beyond reading its own data. Row-level visibility of accounts is a
// separate policy (src/domain/users/visibility.ts); these are whole-feature permissions.
export const PERMISSIONS = [
  'users:read', // see the user directory and teams
  'users:manage', // create, disable, change role/team/manager, reset passwords
  'audit:read', // read the audit log of the whole system
  'accounts:read-all', // see every account regardless of owner (director)
  'accounts:create', // create accounts (archives)
  'accounts:transfer', // hand accounts over to another owner (managers for their reports)
  'products:manage', // keep the product catalogue (names, specifications, prices, high-margin mark)
  'sales:write', // enter, change and import sales records of the accounts one may change (MNY-2)
  'settings:manage', // configure the archive: custom fields, completeness checklist
  'grading:manage', // keep the scoring models and re-grade all accounts (GRD-1, GRD-4)
  'approvals:read-all', // see every approval request, not only one's own and those one approves
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: ['users:read', 'users:manage', 'audit:read', 'accounts:read-all', 'accounts:create', 'accounts:transfer', 'settings:manage', 'products:manage', 'sales:write', 'grading:manage', 'approvals:read-all'],
  director: ['users:read', 'audit:read', 'accounts:read-all', 'accounts:create', 'accounts:transfer', 'products:manage', 'sales:write', 'grading:manage', 'approvals:read-all'],
  manager: ['users:read', 'accounts:create', 'accounts:transfer', 'sales:write'],
  account_manager: ['users:read', 'accounts:create', 'sales:write'],
  back_office: ['users:read', 'accounts:create', 'products:manage', 'sales:write'],
  finance: ['users:read', 'sales:write'],
  service: ['users:read'],
};

export const permissionsOf = (role: Role): readonly Permission[] => ROLE_PERMISSIONS[role];

export const hasPermission = (role: Role, permission: Permission): boolean =>
  ROLE_PERMISSIONS[role].includes(permission);
