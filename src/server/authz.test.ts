import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, extrasFor, fingerprint, PLAYERS, type Fixture } from './test/authz/fixture.ts';
import { POLICY, READ, RELATIONS, type Relation } from './test/authz/policy.ts';
import { ACCOUNT_SCOPED, isReadOnly, REQUESTS, type Built } from './test/authz/requests.ts';
import { disableGuardForTest, GUARDS, type Guard } from './lib/guards.ts';
import { createTestApp, type Client, type TestApp } from './test/harness.ts';

// T1 authorization matrix: every operation × every relation to a fixture account.
let t: TestApp;
const clients: Record<string, Client> = {};
let counter = 0;

beforeAll(async () => {
  t = await createTestApp();
  for (const username of new Set(Object.values(PLAYERS))) clients[username] = await t.loginAs(username);
  clients.anonymous = t.anonymous;
});
afterAll(() => t.close());

const operationsInDocument = () => {
  const doc = t.app.swagger() as unknown as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
};

// Sessions that an operation ends (logout, password change) are replaced after use.
const SESSION_ENDING = new Set(['POST /api/v1/auth/logout', 'POST /api/v1/auth/password']);

const callerFor = (relation: Relation) => (relation === 'anonymous' ? clients.anonymous : clients[PLAYERS[relation]]);

async function send(relation: Relation, operation: string, built: Built) {
  const response = await callerFor(relation).request(built);
  if (SESSION_ENDING.has(operation) && relation !== 'anonymous') clients[PLAYERS[relation]] = await t.loginAs(PLAYERS[relation]);
  return response;
}

const withRandomIds = (url: string, f: Fixture) =>
  [f.accountId, f.contactId, f.formLinkId, f.saleId, f.approvalId].filter(Boolean).reduce((u, id) => u.replaceAll(id, randomUUID()), url);

// `brokenGuard`: switched off only while the request under test runs (fixtures are built normally).
async function runMatrix(operations: string[], brokenGuard: Guard | null = null) {
  const failures: string[] = [];
  let cases = 0;
  let shared: Fixture | null = null;
  for (const operation of operations) {
    const rule = POLICY[operation];
    const readOnly = isReadOnly(operation);
    const deniedFixture = readOnly
      ? (shared ??= await buildFixture(t, clients, ++counter, ['token', 'view', 'form', 'request', 'product', 'sale', 'approval']))
      : await buildFixture(t, clients, ++counter, extrasFor(operation));
    for (const relation of RELATIONS) {
      const allowed = rule.allow.includes(relation);
      // Writes that succeed change the fixture: each allowed write gets a fresh one.
      const f = allowed && !readOnly ? await buildFixture(t, clients, ++counter, extrasFor(operation)) : deniedFixture;
      const caller = callerFor(relation);
      const built = await REQUESTS[operation]({ t, f, caller, n: ++counter });
      const before = allowed ? '' : await fingerprint(t);
      disableGuardForTest(brokenGuard);
      const response = await send(relation, operation, built).finally(() => disableGuardForTest(null));
      cases++;
      const label = `${operation} as ${relation} → ${response.statusCode} ${response.body.slice(0, 120)}`;
      if (allowed) {
        if (response.statusCode >= 300) failures.push(`false deny: ${label}`);
        continue;
      }
      const expected = relation === 'anonymous' ? [rule.anonymous ?? 401] : rule.deny === 403 || rule.deny === 404 ? [403, 404] : [rule.deny];
      if (!expected.includes(response.statusCode)) failures.push(`leak or wrong refusal (want ${expected.join('/')}): ${label}`);
      if ((await fingerprint(t)) !== before) failures.push(`refused but the database changed: ${label}`);
      if (ACCOUNT_SCOPED(operation) && relation !== 'anonymous' && !READ.includes(relation)) {
        disableGuardForTest(brokenGuard);
        const probe = await caller.request({ ...built, url: withRandomIds(String(built.url), f) }).finally(() => disableGuardForTest(null));
        if (probe.statusCode !== response.statusCode || probe.json().code !== response.json().code) {
          failures.push(`existence leak (answer differs from a missing record's ${probe.statusCode}): ${label}`);
        }
      }
    }
  }
  return { cases, failures };
}

describe('authorization matrix (T1)', () => {
  it('covers every operation of the OpenAPI document, and nothing else', () => {
    const documented = operationsInDocument().sort();
    expect(Object.keys(POLICY).sort()).toEqual(documented);
    expect(Object.keys(REQUESTS).sort()).toEqual(documented);
  });

  // ~1 s per operation (a fresh fixture for every allowed write): it grows with the API, so it
  // gets more than the default minute, which the full suite's parallel load used up at 830 cases.
  it('allows exactly the policy and changes nothing on a refusal', { timeout: 240_000 }, async () => {
    const { cases, failures } = await runMatrix(Object.keys(POLICY));
    console.log(`authorization matrix: ${cases} cases, ${failures.length} failures`);
    expect(failures).toEqual([]);
  });

  it('turns red when any one guard is switched off (seeded guard bugs: k of k caught)', async () => {
    const probes = ['GET /api/v1/accounts/{id}', 'PATCH /api/v1/accounts/{id}', 'DELETE /api/v1/accounts/{id}', 'POST /api/v1/users'];
    const caught: string[] = [];
    for (const guard of GUARDS) {
      if ((await runMatrix(probes, guard)).failures.length > 0) caught.push(guard);
    }
    console.log(`seeded guard bugs caught: ${caught.length} of ${GUARDS.length}`);
    expect(caught).toEqual([...GUARDS]);
  });

  it('lists, searches and exports return only what the caller may read', async () => {
    const f = await buildFixture(t, clients, ++counter, []);
    const name: string = (await clients.s1a.get(`/api/v1/accounts/${f.accountId}`)).json().name;
    const contactName: string = (await clients.s1a.get(`/api/v1/contacts/${f.contactId}`)).json().name;
    for (const relation of RELATIONS.filter((r) => r !== 'anonymous')) {
      const caller = clients[PLAYERS[relation]];
      const accounts = (await caller.get('/api/v1/accounts?limit=200&sort=-createdAt')).json().items.map((a: { id: string }) => a.id);
      const contacts = (await caller.get(`/api/v1/contacts?limit=200&q=${encodeURIComponent(contactName)}`)).json().items.map((c: { id: string }) => c.id);
      const canRead = READ.includes(relation);
      expect(accounts.includes(f.accountId), `accounts list as ${relation}`).toBe(canRead);
      const exported = (await caller.get('/api/v1/accounts/export?format=csv')).body;
      expect(exported.includes(name), `export as ${relation}`).toBe(canRead);
      expect(contacts.includes(f.contactId), `contacts search as ${relation}`).toBe(canRead);
    }
  });
});
