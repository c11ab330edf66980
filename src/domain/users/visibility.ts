import type { Role } from './roles.ts';
import { hasPermission } from './permissions.ts';

// ARC-5 / ARCHITECTURE "Authorization": a user sees an account (and everything under it) when they
// are its owner, a member of its account team, in the owner's management chain, a director/admin,
// or hold an unexpired recorded read grant. This is the pure form of the rule; the SQL form that
// list queries use lives in src/server/auth/visibility-sql.ts and is tested against this one.

export type Viewer = {
  id: string;
  role: Role;
  // Everyone below the viewer in the manager chain (direct and indirect reports).
  subordinateIds: readonly string[];
};

export type AccountAccessFacts = {
  ownerId: string | null;
  teamMemberIds: readonly string[];
  grants: readonly { userId: string; expiresAt: Date }[];
};

export type VisibilityReason = 'all' | 'owner' | 'team' | 'chain' | 'grant';

export function visibilityReason(
  viewer: Viewer,
  account: AccountAccessFacts,
  now: Date = new Date(),
): VisibilityReason | null {
  if (hasPermission(viewer.role, 'accounts:read-all')) return 'all';
  if (account.ownerId === viewer.id) return 'owner';
  if (account.teamMemberIds.includes(viewer.id)) return 'team';
  if (account.ownerId !== null && viewer.subordinateIds.includes(account.ownerId)) return 'chain';
  const hasGrant = account.grants.some((g) => g.userId === viewer.id && g.expiresAt > now);
  return hasGrant ? 'grant' : null;
}

export const canSeeAccount = (viewer: Viewer, account: AccountAccessFacts, now?: Date): boolean =>
  visibilityReason(viewer, account, now) !== null;

// Subordinates from a flat manager map, guarding against cycles in bad data.
export function subordinatesOf(userId: string, managerOf: ReadonlyMap<string, string | null>): string[] {
  const reports = new Map<string, string[]>();
  for (const [user, manager] of managerOf) {
    if (manager) reports.set(manager, [...(reports.get(manager) ?? []), user]);
  }
  const seen = new Set<string>([userId]);
  const queue = [...(reports.get(userId) ?? [])];
  const result: string[] = [];
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    result.push(next);
    queue.push(...(reports.get(next) ?? []));
  }
  return result;
}

// A manager may not be set so that it creates a loop in the chain.
export function wouldCreateCycle(
  userId: string,
  newManagerId: string,
  managerOf: ReadonlyMap<string, string | null>,
): boolean {
  let current: string | null | undefined = newManagerId;
  const seen = new Set<string>();
  while (current) {
    if (current === userId) return true;
    if (seen.has(current)) return false;
    seen.add(current);
    current = managerOf.get(current) ?? null;
  }
  return false;
}
