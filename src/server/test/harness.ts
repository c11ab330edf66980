import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Role } from '../../domain/users/roles.ts';
import { buildApp } from '../app.ts';
import { configWith, type Config } from '../config.ts';
import type { Database } from '../db/connection.ts';
import { SYSTEM_ACTOR } from '../auth/current-user.ts';
import { createTeam } from '../modules/users/teams.service.ts';
import { createUser, type UserView } from '../modules/users/users.service.ts';
import { openTestDatabase } from './test-database.ts';

export const TEST_PASSWORD = 'test-password-1';
export const ORIGIN = 'http://localhost:80';

// QUALITY.md's fixture organisation: director; department D1 (manager M1, specialists S1a, S1b),
// D2 (manager M2, specialist S2); back-office B1; finance F1; a disabled user; and the admin.
export const FIXTURE_USERS = ['admin', 'director', 'm1', 's1a', 's1b', 'm2', 's2', 'b1', 'f1', 'disabled'] as const;
export type FixtureUser = (typeof FIXTURE_USERS)[number];

export type TestApp = {
  app: FastifyInstance;
  database: Database;
  config: Config;
  users: Record<FixtureUser, UserView>;
  teams: { d1: string; d2: string };
  // Signs in through the real login route and returns a client that sends the cookie and Origin.
  loginAs: (user: FixtureUser | string, password?: string) => Promise<Client>;
  anonymous: Client;
  close: () => Promise<void>;
};

export type Client = {
  cookie: string | null;
  request: (options: InjectOptions) => Promise<LightMyRequestResponse>;
  get: (url: string) => Promise<LightMyRequestResponse>;
  post: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
  patch: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
  put: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
  delete: (url: string) => Promise<LightMyRequestResponse>;
};

export function clientFor(app: FastifyInstance, cookie: string | null, remoteAddress = '127.0.0.1'): Client {
  const request = (options: InjectOptions) =>
    app.inject({
      remoteAddress,
      ...options,
      headers: { origin: ORIGIN, host: 'localhost:80', ...(cookie ? { cookie } : {}), ...options.headers },
    });
  return {
    cookie,
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, payload) => request({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as object }) }),
    patch: (url, payload) => request({ method: 'PATCH', url, payload: payload as object }),
    put: (url, payload) => request({ method: 'PUT', url, payload: payload as object }),
    delete: (url) => request({ method: 'DELETE', url }),
  };
}

export const sessionCookieFrom = (response: LightMyRequestResponse): string | null => {
  const cookie = response.cookies.find((c) => c.name.endsWith('session_token'));
  return cookie && cookie.value ? `${cookie.name}=${cookie.value}` : null;
};

async function seedOrganisation(db: Database['db']) {
  const make = (username: string, role: Role, extra: { teamId?: string; managerId?: string } = {}) =>
    createUser(db, SYSTEM_ACTOR, { username, name: username.toUpperCase(), password: TEST_PASSWORD, role, ...extra });
  const admin = await make('admin', 'admin');
  const director = await make('director', 'director');
  const d1 = await createTeam(db, SYSTEM_ACTOR, { name: 'D1' });
  const d2 = await createTeam(db, SYSTEM_ACTOR, { name: 'D2' });
  const m1 = await make('m1', 'manager', { teamId: d1.id, managerId: director.id });
  const m2 = await make('m2', 'manager', { teamId: d2.id, managerId: director.id });
  const users: Record<FixtureUser, UserView> = {
    admin,
    director,
    m1,
    m2,
    s1a: await make('s1a', 'account_manager', { teamId: d1.id, managerId: m1.id }),
    s1b: await make('s1b', 'account_manager', { teamId: d1.id, managerId: m1.id }),
    s2: await make('s2', 'account_manager', { teamId: d2.id, managerId: m2.id }),
    b1: await make('b1', 'back_office'),
    f1: await make('f1', 'finance'),
    disabled: await make('disabled', 'account_manager', { teamId: d1.id }),
  };
  return { users, teams: { d1: d1.id, d2: d2.id } };
}

let addressCounter = 0;

// `logger`: Fastify logger options, for tests that read what the server logs (T6 canaries).
export async function createTestApp(options: { seed?: boolean; logger?: object } = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const config = configWith({ port: 80, logLevel: 'silent' });
  const app = await buildApp({ database, config, serveWeb: false, logger: options.logger ?? false });
  const seeded = options.seed === false ? null : await seedOrganisation(database.db);
  if (seeded) {
    const { updateUser } = await import('../modules/users/users.service.ts');
    seeded.users.disabled = await updateUser(database.db, SYSTEM_ACTOR, seeded.users.disabled.id, { version: 1, isDisabled: true });
  }
  // Each test app signs in from its own address so that login throttling never crosses tests.
  const address = `10.0.${Math.floor(++addressCounter / 250)}.${addressCounter % 250}`;
  return {
    app,
    database,
    config,
    users: seeded?.users ?? ({} as TestApp['users']),
    teams: seeded?.teams ?? { d1: '', d2: '' },
    anonymous: clientFor(app, null, address),
    loginAs: async (username, password = TEST_PASSWORD) => {
      const response = await clientFor(app, null, address).post('/api/v1/auth/login', { username, password });
      if (response.statusCode !== 200) throw new Error(`login as ${username} failed: ${response.statusCode} ${response.body}`);
      return clientFor(app, sessionCookieFrom(response), address);
    },
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
