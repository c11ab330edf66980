import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from './db/sql-helpers.ts';
import { webDistDir } from './web.ts';
import { buildFixture, extrasFor, PLAYERS, type Fixture } from './test/authz/fixture.ts';
import { POLICY, READ, RELATIONS, type Relation } from './test/authz/policy.ts';
import { REQUESTS } from './test/authz/requests.ts';
import { createTestApp, type Client, type TestApp } from './test/harness.ts';
import { report } from '../../tests/gates/lib/report.ts';
import { textFields, type OpenApi } from '../../tests/gates/lib/text-fields.ts';

// T6 audit (QUALITY.md). (a) Every write operation of the OpenAPI document, sent by a caller the
// T1 policy allows, leaves at least one audit row in the same database: who (actor), what
// (action, entity), before → after where the action has them; every read of someone else's
// archive leaves a 'read' row. (b) Canary strings planted in the confidential fields of an
// account never reach a caller who may not see the account (every GET operation, the exports,
// the search), the server's log, or the built UI bundle.

let t: TestApp;
let logged = '';
const clients: Record<string, Client> = {};
let counter = 0;

beforeAll(async () => {
  // The server logs at the production default level into a buffer the canary check reads.
  const stream = new Writable({ write: (chunk, _encoding, done) => ((logged += chunk.toString()), done()) });
  t = await createTestApp({ logger: { level: 'info', stream } });
  for (const username of new Set(Object.values(PLAYERS))) clients[username] = await t.loginAs(username);
  clients.anonymous = t.anonymous;
});
afterAll(() => t.close());

const document = () => t.app.swagger() as unknown as OpenApi;
const operations = () => Object.entries(document().paths).flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${p}`));
const callerFor = (relation: Relation) => (relation === 'anonymous' ? clients.anonymous : clients[PLAYERS[relation]]);
const userIdOf = (relation: Relation) => (relation === 'anonymous' ? null : t.users[PLAYERS[relation] as keyof TestApp['users']].id);

// Writes that may leave no audit row, each with the reason. Anything else unaudited fails the
// gate. None today: sign-in and sign-out are audited ('login', 'logout'), and so is the backup.
const EXEMPT: Record<string, string> = {};

// Writes whose audit row rightly names someone other than the session that sent them.
const ACTOR_IS_NOT_CALLER: Record<string, string> = {
  'POST /api/v1/auth/login': 'the row names the user who signs in (the request signs in as the director)',
  'POST /api/v1/public/customer-forms/{token}': "the customer fills the form without a session: the row's actor is 'customer' with the address",
};

// Reads that hand a record to whoever holds a secret link rather than to a role: not walked by
// the canary check.
const CAPABILITY_READS: Record<string, string> = {
  'GET /api/v1/public/customer-forms/{token}':
    "the customer's own update form: the owner hands its unguessable link to the customer, and it is prefilled with the customer's own company data (FORM); the token is the permission",
};

// The caller used for a write: the account's owner when allowed (the everyday case), else the
// most ordinary relation the policy allows.
const PREFERENCE: Relation[] = ['owner', 'team_member', 'chain_manager', 'director', 'admin', 'granted', 'same_team', 'other_manager', 'expired_grant', 'anonymous'];

type AuditRow = { id: number; actor_id: string | null; actor_name: string | null; entity_type: string; entity_id: string; action: string; before: unknown; after: unknown };
const lastAuditId = async () => (await selectRows<{ id: number }>(t.database.db, sql`select coalesce(max(id), 0)::int as id from audit_log`))[0].id;
const auditSince = (id: number) => selectRows<AuditRow>(t.database.db, sql`select id, actor_id, actor_name, entity_type, entity_id, action, before, after from audit_log where id > ${id} order by id`);

// What an audit row must carry for its action.
function rowProblems(row: AuditRow): string[] {
  const problems: string[] = [];
  if (!row.entity_type || !row.entity_id || !row.action) problems.push(`row ${row.id} lacks entity or action`);
  if (!row.actor_id && !row.actor_name) problems.push(`row ${row.id} names no actor`);
  if (row.action === 'create' && row.after === null) problems.push(`create row ${row.id} has no after`);
  if (row.action === 'delete' && row.before === null) problems.push(`delete row ${row.id} has no before`);
  if (row.action === 'update' && row.after === null) problems.push(`update row ${row.id} has no after`);
  return problems;
}

describe('audit trail (T6)', () => {
  it('every successful write leaves an audit row naming who, what and before → after', { timeout: 240_000 }, async () => {
    const writes = operations().filter((op) => !op.startsWith('GET ') && !op.startsWith('HEAD '));
    const unaudited: string[] = [];
    const failures: string[] = [];
    const exempt: string[] = [];
    let audited = 0;
    let notCallable = 0;
    for (const operation of writes) {
      const rule = POLICY[operation];
      const build = REQUESTS[operation];
      if (!rule || !build) {
        failures.push(`${operation}: no policy or request in the T1 tables`);
        continue;
      }
      const relation = PREFERENCE.find((r) => rule.allow.includes(r));
      if (!relation) {
        notCallable++; // refused to everybody in this state (setup once users exist)
        continue;
      }
      const f: Fixture = await buildFixture(t, clients, ++counter, extrasFor(operation));
      const caller = callerFor(relation);
      let built = await build({ t, f, caller, n: ++counter });
      // The T1 table checks some imports as dry runs (they write nothing); here they must write.
      if (typeof built.payload === 'string' && built.payload.includes('"dryRun":true')) built = { ...built, payload: built.payload.replace('"dryRun":true', '"dryRun":false') };
      const before = await lastAuditId();
      const response = await caller.request(built);
      if (relation !== 'anonymous' && (operation.endsWith('/logout') || operation.endsWith('/auth/password'))) {
        clients[PLAYERS[relation]] = await t.loginAs(PLAYERS[relation]);
      }
      if (response.statusCode >= 300) {
        failures.push(`${operation} as ${relation}: allowed write refused ${response.statusCode} ${response.body.slice(0, 120)}`);
        continue;
      }
      const rows = await auditSince(before);
      if (rows.length === 0) {
        if (EXEMPT[operation]) exempt.push(operation);
        else unaudited.push(operation);
        continue;
      }
      audited++;
      const actorId = userIdOf(relation);
      if (actorId && !ACTOR_IS_NOT_CALLER[operation] && !rows.some((r) => r.actor_id === actorId)) failures.push(`${operation}: no audit row names the caller ${relation}`);
      for (const row of rows) failures.push(...rowProblems(row).map((p) => `${operation}: ${p}`));
    }
    // Reads of someone else's archive: one 'read' row per read by everyone who sees it but does not own it.
    const f = await buildFixture(t, clients, ++counter, []);
    let reads = 0;
    for (const relation of READ.filter((r) => r !== 'owner')) {
      const before = await lastAuditId();
      const response = await callerFor(relation).get(`/api/v1/accounts/${f.accountId}`);
      const rows = (await auditSince(before)).filter((r) => r.action === 'read' && r.entity_id === f.accountId && r.actor_id === userIdOf(relation));
      reads++;
      if (response.statusCode !== 200 || rows.length !== 1) failures.push(`read of S1a's archive by ${relation}: ${response.statusCode}, ${rows.length} read rows`);
    }
    if (failures.length > 0) console.log(failures.join('\n'));
    report('audit', { writeOperations: writes.length, audited, unaudited: unaudited.length, exempt: exempt.length, refusedToAll: notCallable, otherReadsChecked: reads, failures: failures.length });
    expect(unaudited, 'unaudited writes').toEqual([]);
    expect(failures).toEqual([]);
    expect(audited).toBeGreaterThan(30);
  });

  it('canaries in confidential fields never reach other roles, anonymous callers, the log or the UI bundle', { timeout: 120_000 }, async () => {
    const f = await buildFixture(t, clients, ++counter, ['token', 'view', 'form', 'request', 'product', 'sale']);
    const owner = clients.s1a;
    // S2 leaves the account's team: now a specialist of another department with no relation to it.
    expect((await owner.put(`/api/v1/accounts/${f.accountId}/team`, { members: [] })).statusCode).toBeLessThan(300);

    // Plant one canary per free-text field of the account, a contact, a sale and a relationship
    // note. The account name is not confidential (the duplicate lookup answers it by design).
    const canaries = new Map<string, string>();
    const doc = document();
    const canary = (field: string) => {
      const value = `kamcanary${canaries.size}z${randomBytes(4).toString('hex')}`;
      canaries.set(value, field);
      return value;
    };
    const plant = async (operation: string, url: string, skip: string[] = []) => {
      const [method, route] = operation.split(' ');
      for (const field of textFields(doc, method, route)) {
        const key = field.path.join('.');
        if (field.path.length !== 1 && key !== 'tags.[]' && key !== 'vestedInterests.[]') continue;
        if (skip.includes(key)) continue;
        const name = field.path[0];
        const value = canary(`${operation} ${key}`);
        const version = (await owner.get(url)).json().version as number;
        const response = await owner.request({ method: method as 'PATCH', url, payload: { version, [name]: key.endsWith('[]') ? [value] : value } });
        if (response.statusCode >= 300) canaries.delete(value); // the field refuses such text: nothing stored
      }
    };
    await plant('PATCH /api/v1/accounts/{id}', `/api/v1/accounts/${f.accountId}`, ['name']);
    await plant('PATCH /api/v1/contacts/{id}', `/api/v1/contacts/${f.contactId}`);
    await plant('PATCH /api/v1/sales/{id}', `/api/v1/sales/${f.saleId}`);
    const note = canary('PUT /api/v1/contacts/{id}/relationships links.[].note');
    expect((await owner.put(`/api/v1/contacts/${f.contactId}/relationships`, { links: [{ userId: t.users.s1a.id, strength: 3, note }] })).statusCode).toBeLessThan(300);
    // The owner sees every one of them (the check below could not fail otherwise).
    const seenByOwner = [
      (await owner.get(`/api/v1/accounts/${f.accountId}`)).body,
      (await owner.get(`/api/v1/contacts/${f.contactId}`)).body,
      (await owner.get(`/api/v1/sales/${f.saleId}`)).body,
      (await owner.get(`/api/v1/accounts/${f.accountId}/contacts`)).body,
    ].join('');
    const planted = [...canaries.keys()];
    expect(planted.filter((c) => !seenByOwner.includes(c)), 'planted canaries the owner cannot read back').toEqual([]);
    expect(planted.length).toBeGreaterThan(20);

    const hits: string[] = [];
    const scan = (where: string, text: string) => {
      for (const c of planted) if (text.includes(c)) hits.push(`${where}: ${canaries.get(c)}`);
    };
    // Every GET of the document, by everybody who may not see the account.
    const outsiders: Relation[] = [...RELATIONS.filter((r) => !READ.includes(r)), 'anonymous'];
    let calls = 0;
    const uncovered: string[] = [];
    for (const operation of operations().filter((op) => op.startsWith('GET ') && !CAPABILITY_READS[op])) {
      if (!REQUESTS[operation]) {
        uncovered.push(`${operation}: no request in the T1 table`);
        continue;
      }
      for (const relation of new Set(outsiders)) {
        const caller = callerFor(relation);
        const built = await REQUESTS[operation]({ t, f, caller, n: ++counter });
        scan(`${operation} as ${relation}`, (await caller.request(built)).body);
        calls++;
      }
    }
    // The exports again in both formats (the T1 table asks for CSV).
    for (const relation of outsiders.filter((r) => r !== 'anonymous')) {
      for (const url of ['/api/v1/accounts/export?format=xlsx', '/api/v1/sales/export?format=xlsx']) {
        scan(`${url} as ${relation}`, (await callerFor(relation).get(url)).rawPayload.toString('latin1'));
        calls++;
      }
    }
    // Everything up to here was logged by the server while serving the owner's writes and the
    // outsiders' reads. (The searches below put the canaries into URLs themselves, so they come after.)
    scan('server log', logged);
    // Search by the confidential text: it must not find the account (an existence oracle).
    for (const url of ['/api/v1/accounts', '/api/v1/contacts', '/api/v1/sales']) {
      for (const relation of outsiders.filter((r) => r !== 'anonymous')) {
        for (const c of planted) {
          const found = (await callerFor(relation).get(`${url}?q=${c}`)).json() as { total?: number };
          calls++;
          if ((found.total ?? 0) > 0) hits.push(`${url}?q= as ${relation} finds ${canaries.get(c)}`);
        }
      }
    }
    // The built UI carries code, never data (checked when a build exists).
    let bundleFiles = 0;
    if (fs.existsSync(webDistDir)) {
      for (const file of fs.readdirSync(webDistDir, { recursive: true }) as string[]) {
        const full = path.join(webDistDir, file);
        if (!fs.statSync(full).isFile()) continue;
        bundleFiles++;
        scan(`bundle ${file}`, fs.readFileSync(full, 'latin1'));
      }
    }
    report('audit-canaries', { canaries: planted.length, calls, logBytes: logged.length, bundleFiles, hits: hits.length, uncovered: uncovered.length });
    expect(uncovered).toEqual([]);
    expect(logged.length, 'the server logged nothing: the log check would be empty').toBeGreaterThan(0);
    expect(hits).toEqual([]);
  });
});
