import { asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Executor } from '../../db/connection.ts';
import type { Actor } from '../../auth/current-user.ts';
import { AppError, versionConflict } from '../../lib/errors.ts';
import { changedFields, recordAudit } from '../audit/audit.service.ts';
import { UserErrors } from './users.errors.ts';
import { teams, users } from './users.schema.ts';

const teamManagers = alias(users, 'team_managers');

export type TeamView = {
  id: string;
  name: string;
  managerId: string | null;
  managerName: string | null;
  memberCount: number;
  version: number;
};

const memberCount = sql<number>`(select count(*)::int from ${users} where ${users.teamId} = ${teams.id})`;

const selectTeams = (db: Executor) =>
  db
    .select({
      id: teams.id,
      name: teams.name,
      managerId: teams.managerId,
      managerName: teamManagers.name,
      memberCount,
      version: teams.version,
    })
    .from(teams)
    .leftJoin(teamManagers, eq(teamManagers.id, teams.managerId));

export async function listTeams(db: Executor) {
  const items = await selectTeams(db).orderBy(asc(teams.name));
  return { items: items as TeamView[], total: items.length };
}

export async function getTeam(db: Executor, id: string): Promise<TeamView> {
  const [team] = await selectTeams(db).where(eq(teams.id, id));
  if (!team) throw new AppError(UserErrors.TEAM_NOT_FOUND);
  return team as TeamView;
}

async function assertTeamFields(db: Executor, id: string | null, input: { name?: string; managerId?: string | null }) {
  if (input.name) {
    const [other] = await db.select({ id: teams.id }).from(teams).where(eq(teams.name, input.name));
    if (other && other.id !== id) throw new AppError(UserErrors.TEAM_NAME_TAKEN, undefined, { errors: [{ path: 'name', message: 'taken' }] });
  }
  if (input.managerId) {
    const [manager] = await db.select({ id: users.id }).from(users).where(eq(users.id, input.managerId));
    if (!manager) throw new AppError(UserErrors.USER_MANAGER_INVALID, undefined, { errors: [{ path: 'managerId', message: 'unknown user' }] });
  }
}

export async function createTeam(db: Db, actor: Actor, input: { name: string; managerId?: string | null }): Promise<TeamView> {
  const id = await db.transaction(async (tx) => {
    await assertTeamFields(tx, null, input);
    const [team] = await tx.insert(teams).values({ name: input.name, managerId: input.managerId ?? null, createdBy: actor.id }).returning();
    await recordAudit(tx, actor, { entityType: 'team', entityId: team.id, action: 'create', after: team });
    return team.id;
  });
  return getTeam(db, id);
}

export async function updateTeam(
  db: Db,
  actor: Actor,
  id: string,
  patch: { version: number; name?: string; managerId?: string | null },
): Promise<TeamView> {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(teams).where(eq(teams.id, id)).for('update');
    if (!before) throw new AppError(UserErrors.TEAM_NOT_FOUND);
    if (before.version !== patch.version) throw versionConflict();
    await assertTeamFields(tx, id, patch);
    const { version: _version, ...fields } = patch;
    const [after] = await tx
      .update(teams)
      .set({ ...fields, updatedAt: new Date(), version: before.version + 1 })
      .where(eq(teams.id, id))
      .returning();
    await recordAudit(tx, actor, { entityType: 'team', entityId: id, action: 'update', ...changedFields(before, after) });
  });
  return getTeam(db, id);
}
