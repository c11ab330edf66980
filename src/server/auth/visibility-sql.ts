import { and, eq, gt, inArray, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { hasPermission } from '../../domain/users/permissions.ts';
import type { Viewer } from '../../domain/users/visibility.ts';
import type { Executor } from '../db/connection.ts';
import type { CurrentUser } from './current-user.ts';
import { selectRows } from '../db/sql-helpers.ts';

// The SQL form of src/domain/users/visibility.ts, for the `where` of every account query (and of
// every query on an account's children, joined through account_id). Tested against the pure rule.
export type AccountColumns = { id: AnyColumn; ownerId: AnyColumn };
export type MembershipColumns = { accountId: AnyColumn; userId: AnyColumn };
export type GrantColumns = MembershipColumns & { expiresAt: AnyColumn };

export type VisibilitySources = {
  account: AccountColumns;
  teamMembers: { table: unknown; columns: MembershipColumns };
  grants: { table: unknown; columns: GrantColumns };
};

// Returns undefined when the viewer sees everything (no filter needed).
export function visibleAccountsWhere(viewer: Viewer, s: VisibilitySources, now: Date = new Date()): SQL | undefined {
  if (hasPermission(viewer.role, 'accounts:read-all')) return undefined;
  const team = s.teamMembers.columns;
  const grant = s.grants.columns;
  return or(
    eq(s.account.ownerId, viewer.id),
    viewer.subordinateIds.length > 0 ? inArray(s.account.ownerId, [...viewer.subordinateIds]) : undefined,
    sql`${s.account.id} in (select ${team.accountId} from ${s.teamMembers.table} where ${eq(team.userId, viewer.id)})`,
    sql`${s.account.id} in (select ${grant.accountId} from ${s.grants.table} where ${and(eq(grant.userId, viewer.id), gt(grant.expiresAt, now))})`,
  );
}

// Everyone below the user in the management chain, in one recursive query.
export async function loadViewer(db: Executor, user: Pick<CurrentUser, 'id' | 'role'>): Promise<Viewer> {
  if (hasPermission(user.role, 'accounts:read-all')) return { id: user.id, role: user.role, subordinateIds: [] };
  const rows = await selectRows<{ id: string }>(db, sql`
    with recursive chain(id) as (
      select id from users where manager_id = ${user.id}
      union
      select u.id from users u join chain c on u.manager_id = c.id
    )
    select id from chain`);
  return { id: user.id, role: user.role, subordinateIds: rows.map((r) => r.id).filter((id) => id !== user.id) };
}
