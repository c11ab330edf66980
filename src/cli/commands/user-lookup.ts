import { eq } from 'drizzle-orm';
import type { Db } from '../../server/db/connection.ts';
import { teams, users } from '../../server/modules/users/users.schema.ts';

export async function userIdByName(db: Db, username: string): Promise<{ id: string; version: number }> {
  const [row] = await db.select({ id: users.id, version: users.version }).from(users).where(eq(users.username, username.toLowerCase()));
  if (!row) throw new Error(`no user "${username}"`);
  return row;
}

export async function teamIdByName(db: Db, name: string): Promise<string> {
  const [row] = await db.select({ id: teams.id }).from(teams).where(eq(teams.name, name));
  if (!row) throw new Error(`no team "${name}"`);
  return row.id;
}

