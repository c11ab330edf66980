import type { Permission } from '../domain/users/permissions.ts';
import type { Role } from '../domain/users/roles.ts';

// What the signed-in user may see and do in the UI, derived from the permissions the server sent
// with /auth/me. The server checks every request again; these flags only shape menus and guards.
export type Access = {
  isSignedIn: boolean;
  canReadUsers: boolean;
  canManageUsers: boolean;
  canReadAudit: boolean;
  // Every signed-in user has a list of the accounts they may see (possibly empty).
  canReadAccounts: boolean;
  canCreateAccounts: boolean;
  // Managers, the director and administrators: handover, batch reassignment, the to-reassign list.
  canTransferAccounts: boolean;
  canReadAllAccounts: boolean;
  // ARC-5: the owner's manager (or the director) decides requests to read an archive; the same
  // roles hold accounts:transfer.
  canDecideAccess: boolean;
  // ARC-1 / ARC-4: the archive's custom fields and completeness checklist (administrators).
  canManageSettings: boolean;
  // MNY-2: keep the product catalogue (administrator, director, back-office); enter and import sales.
  canManageProducts: boolean;
  canWriteSales: boolean;
  // GRD-1, GRD-3, GRD-4: scoring models, strategy templates, service levels, batch re-grade (director, administrator).
  canManageGrading: boolean;
  // Approvals: every request, not only one's own and those one approves (director, administrator).
  canReadAllApprovals: boolean;
};

export type AccessFlag = Exclude<keyof Access, 'isSignedIn'>;

export type Viewer = { user: { role: Role }; permissions: readonly Permission[] };

export function accessOf(viewer: Viewer | null | undefined): Access {
  const can = (permission: Permission) => viewer?.permissions.includes(permission) ?? false;
  return {
    isSignedIn: Boolean(viewer),
    canReadUsers: can('users:read'),
    // Managing users without seeing them would leave nothing to click.
    canManageUsers: can('users:manage') && can('users:read'),
    canReadAudit: can('audit:read'),
    canReadAccounts: Boolean(viewer),
    canCreateAccounts: can('accounts:create'),
    canTransferAccounts: can('accounts:transfer'),
    canReadAllAccounts: can('accounts:read-all'),
    canDecideAccess: can('accounts:transfer') || can('accounts:read-all'),
    canManageSettings: can('settings:manage'),
    canManageProducts: can('products:manage'),
    canWriteSales: can('sales:write'),
    canManageGrading: can('grading:manage'),
    canReadAllApprovals: can('approvals:read-all'),
  };
}
