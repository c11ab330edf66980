import { useTeams } from '../../api/teams.queries.ts';
import { useUsers } from '../../api/users.queries.ts';

// The audit log stores ids; readers want names. Users (up to the API's page limit) and teams are
// fetched once and ids without a match are shown shortened.
export function useAuditLookups() {
  const users = useUsers({ limit: 200, sort: 'name' });
  const teams = useTeams();
  const userNames = new Map((users.data?.items ?? []).map((user) => [user.id, user.name]));
  const teamNames = new Map((teams.data?.items ?? []).map((team) => [team.id, team.name]));
  return {
    userName: (id: string) => userNames.get(id) ?? null,
    teamName: (id: string) => teamNames.get(id) ?? null,
  };
}

export type AuditLookups = ReturnType<typeof useAuditLookups>;
