import { configWith } from '../../src/server/config.ts';
import { closeDatabase, openDatabase } from '../../src/server/db/open.ts';
import { loadViewer } from '../../src/server/auth/visibility-sql.ts';
import { SYSTEM_ACTOR } from '../../src/server/auth/current-user.ts';
import { getAccount, listAccounts } from '../../src/server/modules/accounts/accounts.service.ts';
import { listContacts } from '../../src/server/modules/contacts/contacts.service.ts';
import { composition } from '../../src/server/modules/grading/composition.service.ts';
import { users } from '../../src/server/modules/users/users.schema.ts';
import { eq } from 'drizzle-orm';
import { timeDirect } from './load.ts';
import type { Target } from './data.ts';

// The hot paths of the product. Each has an HTTP form and, where it is a query, the same
// service call made in-process (`direct`) to show what the API adds on top of the database.
export type Ids = { accounts: string[] };
type Operation = {
  name: string;
  as: 'director' | 'specialist';
  paths: (ids: Ids) => string[];
  connections?: number[];
  method?: 'GET' | 'POST';
  body?: string;
};

const Q = encodeURIComponent('东莞');
export const OPERATIONS: Operation[] = [
  { name: 'accounts: first page', as: 'director', paths: () => ['/api/v1/accounts?limit=50&sort=-updatedAt'] },
  { name: 'accounts: filter+sort+search', as: 'director', paths: () => [`/api/v1/accounts?q=${Q}&lifecycleStage=key&sort=name&limit=50`] },
  { name: 'accounts: pinyin initials', as: 'director', paths: () => ['/api/v1/accounts?q=dghf&limit=50'] },
  { name: 'accounts: deep page', as: 'director', paths: () => ['/api/v1/accounts?limit=50&offset=5000&sort=name'] },
  { name: 'accounts: specialist (visibility)', as: 'specialist', paths: () => ['/api/v1/accounts?limit=50&sort=-updatedAt'] },
  { name: 'account detail', as: 'director', paths: (ids) => ids.accounts.map((id) => `/api/v1/accounts/${id}`) },
  { name: 'contacts: search', as: 'director', paths: () => ['/api/v1/contacts?q=wang&limit=50'] },
  // GRD-5 over every sales record of the last 12 months (L: ~340k of 1M lines, 86k accounts).
  { name: 'composition: by grade', as: 'director', paths: () => ['/api/v1/grading/composition?by=grade'] },
  { name: 'composition: by product', as: 'director', paths: () => ['/api/v1/grading/composition?by=product'] },
  { name: 'composition: specialist', as: 'specialist', paths: () => ['/api/v1/grading/composition?by=region'] },
];

export async function sampleIds(url: string, cookie: string): Promise<Ids> {
  const response = await fetch(`${url}/api/v1/accounts?limit=200&sort=name`, { headers: { cookie } });
  const body = (await response.json()) as { items: { id: string }[] };
  return { accounts: body.items.map((a) => a.id) };
}

export async function directTimings(target: Target, ids: Ids) {
  const config = target.kind === 'pglite' ? configWith({ dataDir: target.dataDir, databaseUrl: undefined }) : configWith({ databaseUrl: target.url });
  const database = await openDatabase(config, 'npm run bench');
  const db = database.db;
  const viewerFor = async (username: string) => {
    const [user] = await db.select({ id: users.id, role: users.role }).from(users).where(eq(users.username, username));
    return loadViewer(db, user as { id: string; role: 'director' });
  };
  const director = await viewerFor('director');
  const specialist = await viewerFor('am1_1');
  const page = { limit: 50, offset: 0 };
  let i = 0;
  const n = 200;
  const result = {
    'accounts: first page': await timeDirect(() => listAccounts(db, director, { ...page, sort: '-updatedAt' }), n),
    'accounts: filter+sort+search': await timeDirect(() => listAccounts(db, director, { ...page, q: '东莞', lifecycleStage: 'key', sort: 'name' }), n),
    'accounts: pinyin initials': await timeDirect(() => listAccounts(db, director, { ...page, q: 'dghf' }), n),
    'accounts: deep page': await timeDirect(() => listAccounts(db, director, { limit: 50, offset: 5000, sort: 'name' }), n),
    'accounts: specialist (visibility)': await timeDirect(() => listAccounts(db, specialist, { ...page, sort: '-updatedAt' }), n),
    'account detail': await timeDirect(() => getAccount(db, SYSTEM_ACTOR, director, ids.accounts[i++ % ids.accounts.length]), n),
    'contacts: search': await timeDirect(() => listContacts(db, director, { ...page, q: 'wang' }), n),
    // Seconds each at size L: fewer rounds.
    'composition: by grade': await timeDirect(() => composition(db, director, { by: 'grade' }), 20),
    'composition: by product': await timeDirect(() => composition(db, director, { by: 'product' }), 20),
    'composition: specialist': await timeDirect(() => composition(db, specialist, { by: 'region' }), 20),
  } as Record<string, { p50: number; p95: number; p99: number }>;
  await closeDatabase(database);
  return result;
}
