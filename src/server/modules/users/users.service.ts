import { and, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { randomUUID } from 'node:crypto';
import type { Role } from '../../../domain/users/roles.ts';
import { wouldCreateCycle } from '../../../domain/users/visibility.ts';
import type { Db, Executor } from '../../db/connection.ts';
import type { Actor } from '../../auth/current-user.ts';
import { authCredentials, authSessions } from '../../auth/auth.schema.ts';
import { hashPassword } from '../../auth/password.ts';
import { AppError, versionConflict } from '../../lib/errors.ts';
import { eqIf, likePattern, orderBy } from '../../lib/pagination.ts';
import { changedFields, recordAudit } from '../audit/audit.service.ts';
import { UserErrors } from './users.errors.ts';
import { teams, users } from './users.schema.ts';
import { countAll } from '../../db/sql-helpers.ts';

const managers = alias(users, 'managers');

const userColumns = {
  id: users.id,
  username: users.username,
  name: users.name,
  email: users.email,
  role: users.role,
  teamId: users.teamId,
  teamName: teams.name,
  managerId: users.managerId,
  managerName: managers.name,
  locale: users.locale,
  isDisabled: users.isDisabled,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
  version: users.version,
};

export type UserView = {
  id: string;
  username: string;
  name: string;
  email: string | null;
  role: Role;
  teamId: string | null;
  teamName: string | null;
  managerId: string | null;
  managerName: string | null;
  locale: string;
  isDisabled: boolean;
  createdAt: Date;
  updatedAt: Date;
  version: number;
};

const selectUsers = (db: Executor) =>
  db.select(userColumns).from(users).leftJoin(teams, eq(teams.id, users.teamId)).leftJoin(managers, eq(managers.id, users.managerId));

export type UserListQuery = {
  q?: string;
  role?: Role;
  teamId?: string;
  isDisabled?: boolean;
  sort?: string;
  limit: number;
  offset: number;
};

const SORTS = { username: users.username, name: users.name, role: users.role, createdAt: users.createdAt };

export async function listUsers(db: Executor, query: UserListQuery) {
  const filters: (SQL | undefined)[] = [
    query.q ? or(ilike(users.username, likePattern(query.q)), ilike(users.name, likePattern(query.q))) : undefined,
    eqIf(users.role, query.role),
    eqIf(users.teamId, query.teamId),
    query.isDisabled === undefined ? undefined : eq(users.isDisabled, query.isDisabled),
  ];
  const where = and(...filters);
  const [items, [{ total }]] = await Promise.all([
    selectUsers(db)
      .where(where)
      .orderBy(...orderBy(query.sort, SORTS, 'username'), users.id)
      .limit(query.limit)
      .offset(query.offset),
    db.select({ total: countAll }).from(users).where(where),
  ]);
  return { items: items as UserView[], total };
}

export async function getUser(db: Executor, id: string): Promise<UserView> {
  const [row] = await selectUsers(db).where(eq(users.id, id));
  if (!row) throw new AppError(UserErrors.USER_NOT_FOUND);
  return row as UserView;
}

export const countUsers = async (db: Executor): Promise<number> =>
  (await db.select({ n: countAll }).from(users))[0].n;

export async function findUserIdByUsername(db: Executor, username: string) {
  const [row] = await db.select({ id: users.id, isDisabled: users.isDisabled }).from(users).where(eq(users.username, username.toLowerCase()));
  return row ?? null;
}

export type CreateUserInput = {
  username: string;
  name: string;
  email?: string | null;
  password: string;
  role: Role;
  teamId?: string | null;
  managerId?: string | null;
  locale?: string;
  isDemo?: boolean;
};

const managerMap = async (db: Executor) =>
  new Map((await db.select({ id: users.id, managerId: users.managerId }).from(users)).map((u) => [u.id, u.managerId]));

async function assertReferences(db: Executor, userId: string, input: { teamId?: string | null; managerId?: string | null }) {
  if (input.teamId) {
    const [team] = await db.select({ id: teams.id }).from(teams).where(eq(teams.id, input.teamId));
    if (!team) throw new AppError(UserErrors.USER_TEAM_INVALID, undefined, { errors: [{ path: 'teamId', message: 'unknown team' }] });
  }
  if (input.managerId) {
    const [manager] = await db.select({ isDisabled: users.isDisabled }).from(users).where(eq(users.id, input.managerId));
    if (!manager || manager.isDisabled) {
      throw new AppError(UserErrors.USER_MANAGER_INVALID, undefined, { errors: [{ path: 'managerId', message: 'unknown or disabled user' }] });
    }
    if (wouldCreateCycle(userId, input.managerId, await managerMap(db))) {
      throw new AppError(UserErrors.USER_MANAGER_CYCLE, undefined, { errors: [{ path: 'managerId', message: 'loop in the chain' }] });
    }
  }
}

async function assertUnique(db: Executor, userId: string | null, input: { username?: string; email?: string | null }) {
  if (input.username) {
    const [other] = await db.select({ id: users.id }).from(users).where(eq(users.username, input.username));
    if (other && other.id !== userId) throw new AppError(UserErrors.USER_USERNAME_TAKEN, undefined, { errors: [{ path: 'username', message: 'taken' }] });
  }
  if (input.email) {
    const [other] = await db.select({ id: users.id }).from(users).where(eq(users.email, input.email));
    if (other && other.id !== userId) throw new AppError(UserErrors.USER_EMAIL_TAKEN, undefined, { errors: [{ path: 'email', message: 'taken' }] });
  }
}

export async function createUser(db: Db, actor: Actor, input: CreateUserInput): Promise<UserView> {
  const id = randomUUID();
  const username = input.username.toLowerCase();
  const email = input.email ? input.email.toLowerCase() : null;
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    await assertUnique(tx, null, { username, email });
    await assertReferences(tx, id, input);
    const [created] = await tx
      .insert(users)
      .values({
        id,
        username,
        displayUsername: input.username,
        name: input.name,
        email,
        role: input.role,
        teamId: input.teamId ?? null,
        managerId: input.managerId ?? null,
        locale: input.locale ?? 'zh-CN',
        isDemo: input.isDemo ?? false,
        createdBy: actor.id,
      })
      .returning();
    // The credential row better-auth verifies at sign-in.
    await tx.insert(authCredentials).values({ accountId: id, providerId: 'credential', userId: id, password: passwordHash });
    await recordAudit(tx, actor, { entityType: 'user', entityId: id, action: 'create', after: created });
  });
  return getUser(db, id);
}

export type UpdateUserInput = {
  version: number;
  name?: string;
  email?: string | null;
  role?: Role;
  teamId?: string | null;
  managerId?: string | null;
  locale?: string;
  isDisabled?: boolean;
};

async function assertAdminRemains(tx: Executor, userId: string, patch: UpdateUserInput) {
  const losesAdmin = patch.isDisabled === true || (patch.role !== undefined && patch.role !== 'admin');
  if (!losesAdmin) return;
  const [{ others }] = await tx
    .select({ others: countAll })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.isDisabled, false), sql`${users.id} <> ${userId}`));
  const [self] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId));
  if (self?.role === 'admin' && others === 0) throw new AppError(UserErrors.USER_LAST_ADMIN);
}

export async function updateUser(db: Db, actor: Actor, id: string, patch: UpdateUserInput): Promise<UserView> {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, id)).for('update');
    if (!before) throw new AppError(UserErrors.USER_NOT_FOUND);
    if (before.version !== patch.version) throw versionConflict();
    const email = patch.email === undefined ? undefined : patch.email ? patch.email.toLowerCase() : null;
    await assertUnique(tx, id, { email });
    await assertReferences(tx, id, patch);
    await assertAdminRemains(tx, id, patch);
    const { version: _version, ...fields } = patch;
    const [after] = await tx
      .update(users)
      .set({
        ...fields,
        ...(email !== undefined ? { email } : {}),
        ...(patch.isDisabled === undefined ? {} : { disabledAt: patch.isDisabled ? new Date() : null }),
        updatedAt: new Date(),
        version: before.version + 1,
      })
      .where(eq(users.id, id))
      .returning();
    // A disabled user is signed out everywhere at once.
    if (patch.isDisabled) await tx.delete(authSessions).where(eq(authSessions.userId, id));
    const diff = changedFields(before, after);
    await recordAudit(tx, actor, { entityType: 'user', entityId: id, action: 'update', ...diff });
  });
  return getUser(db, id);
}

export async function setPassword(db: Db, actor: Actor, id: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, id));
    if (!user) throw new AppError(UserErrors.USER_NOT_FOUND);
    const updated = await tx
      .update(authCredentials)
      .set({ password: passwordHash, updatedAt: new Date() })
      .where(and(eq(authCredentials.userId, id), eq(authCredentials.providerId, 'credential')))
      .returning({ id: authCredentials.id });
    if (updated.length === 0) {
      await tx.insert(authCredentials).values({ accountId: id, providerId: 'credential', userId: id, password: passwordHash });
    }
    await tx.delete(authSessions).where(eq(authSessions.userId, id));
    await recordAudit(tx, actor, { entityType: 'user', entityId: id, action: 'password' });
  });
}
