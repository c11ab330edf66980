import { sql } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { users } from '../modules/users/users.schema.ts';
import { DemoRefusedError } from './demo-refused.ts';
import { seedDemoAccounts } from './demo-accounts.ts';
import { seedDemoGrading } from './demo-grading.ts';
import { seedDemoSales } from './demo-sales.ts';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoUsers } from './demo-users.ts';

export type DemoResult = { status: 'loaded' | 'already-loaded'; users: readonly { username: string; role: string }[]; password: string };

// `kam demo`: fills an empty database with the demo company. Deterministic; later modules add
// their data here. Refuses to touch a database that holds real (non-demo) users.
export async function loadDemo(db: Db): Promise<DemoResult> {
  const [{ real, demo }] = await db
    .select({
      real: sql<number>`count(*) filter (where not ${users.isDemo})::int`,
      demo: sql<number>`count(*) filter (where ${users.isDemo})::int`,
    })
    .from(users);
  if (real > 0) {
    throw new DemoRefusedError(`This database already holds ${real} real user(s); the demo loads only into an empty database.`);
  }
  const summary = { users: DEMO_USERS.map(({ username, role }) => ({ username, role })), password: DEMO_PASSWORD };
  if (demo > 0) return { status: 'already-loaded', ...summary };
  const userIds = await seedDemoUsers(db);
  await seedDemoAccounts(db, userIds);
  await seedDemoSales(db);
  await seedDemoGrading(db);
  return { status: 'loaded', ...summary };
}
