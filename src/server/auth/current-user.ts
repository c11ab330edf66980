import type { Role } from '../../domain/users/roles.ts';

// The signed-in user as every service sees it (from the session or an API token).
export type CurrentUser = {
  id: string;
  username: string;
  name: string;
  role: Role;
  teamId: string | null;
  managerId: string | null;
  locale: string;
};

// Who did it and from where, for the audit log. `system` is the CLI / jobs.
export type Actor = { id: string | null; name: string; ip?: string | null };

export const actorOf = (user: CurrentUser, ip?: string | null): Actor => ({ id: user.id, name: user.username, ip: ip ?? null });

export const SYSTEM_ACTOR: Actor = { id: null, name: 'system', ip: null };
