import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { hasPermission } from '../../../domain/users/permissions.ts';
import type { Viewer, VisibilityReason } from '../../../domain/users/visibility.ts';
import type { Executor } from '../../db/connection.ts';
import { visibleAccountsWhere } from '../../auth/visibility-sql.ts';
import { AppError } from '../../lib/errors.ts';
import { isGuardOn } from '../../lib/guards.ts';
import { AccountErrors } from './accounts.errors.ts';
import { accountAccessGrants, accounts, accountTeamMembers } from './accounts.schema.ts';

// ARC-5: the account-visibility policy bound to this module's tables. Every account query and
// every query of an account's children filters with `visibleAccounts(viewer)`.
export const visibleAccounts = (viewer: Viewer): SQL | undefined =>
  and(
    isNull(accounts.deletedAt),
    !isGuardOn('account-visibility') ? undefined : visibleAccountsWhere(viewer, {
      account: { id: accounts.id, ownerId: accounts.ownerId },
      teamMembers: { table: accountTeamMembers, columns: { accountId: accountTeamMembers.accountId, userId: accountTeamMembers.userId } },
      grants: {
        table: accountAccessGrants,
        columns: { accountId: accountAccessGrants.accountId, userId: accountAccessGrants.userId, expiresAt: accountAccessGrants.expiresAt },
      },
    }),
  );

// Why the viewer sees this one account (null: not at all → 404), in one query.
export async function accessReason(db: Executor, viewer: Viewer, accountId: string): Promise<VisibilityReason | null> {
  const [row] = await db
    .select({
      ownerId: accounts.ownerId,
      isTeam: sql<boolean>`exists (select 1 from ${accountTeamMembers} where ${accountTeamMembers.accountId} = ${accounts.id} and ${accountTeamMembers.userId} = ${viewer.id})`,
    })
    .from(accounts)
    .where(and(eq(accounts.id, accountId), visibleAccounts(viewer)));
  if (!row) return null;
  if (hasPermission(viewer.role, 'accounts:read-all')) return 'all';
  if (row.ownerId === viewer.id) return 'owner';
  if (row.isTeam) return 'team';
  if (row.ownerId && viewer.subordinateIds.includes(row.ownerId)) return 'chain';
  return 'grant';
}

// Reading is enough for a grant; changing the archive needs a working relation to the account.
const CAN_EDIT: readonly VisibilityReason[] = ['all', 'owner', 'team', 'chain'];

export async function assertCanSee(db: Executor, viewer: Viewer, accountId: string): Promise<VisibilityReason> {
  const reason = await accessReason(db, viewer, accountId);
  if (!reason) throw new AppError(AccountErrors.ACCOUNT_NOT_FOUND);
  return reason;
}

export async function assertCanEdit(db: Executor, viewer: Viewer, accountId: string): Promise<VisibilityReason> {
  const reason = await assertCanSee(db, viewer, accountId);
  // A read grant shows the archive but does not open it for changes: same answer as not found
  // would hide that it exists, which the grant holder already knows, so 403 is honest here.
  if (!CAN_EDIT.includes(reason) && isGuardOn('account-edit')) throw new AppError({ code: 'FORBIDDEN', status: 403, title: 'Your access to this account is read-only' });
  return reason;
}

// Deleting and reassigning are management acts: the owner's managers, the director, an admin.
export const canManage = (viewer: Viewer, ownerId: string | null): boolean =>
  hasPermission(viewer.role, 'accounts:read-all') || (ownerId !== null && viewer.subordinateIds.includes(ownerId)) || !isGuardOn('account-manage');

// What the viewer may do with one account they can see; the UI shows only these actions. The
// write paths check the same rules themselves.
export function accountCapabilities(viewer: Viewer, reason: VisibilityReason, account: { ownerId: string | null; reviewStatus: string }) {
  const manages = canManage(viewer, account.ownerId);
  return {
    edit: CAN_EDIT.includes(reason),
    delete: manages,
    transfer: manages && hasPermission(viewer.role, 'accounts:transfer'),
    review: manages && account.ownerId !== viewer.id && account.reviewStatus === 'submitted',
  };
}
