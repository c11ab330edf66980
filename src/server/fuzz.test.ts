import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, extrasFor, PLAYERS } from './test/authz/fixture.ts';
import { POLICY, type Relation } from './test/authz/policy.ts';
import { REQUESTS, type Built } from './test/authz/requests.ts';
import { createTestApp, type Client, type TestApp } from './test/harness.ts';

// T2 API fuzzing: for every operation of the OpenAPI document, its valid request (from the T1
// matrix) is mutated — wrong types, missing and extra keys, 1 MB strings, NUL, lone surrogates,
// deep JSON, 1e309, __proto__, malformed ids, mojibake, broken bytes — and sent by a caller who
// may use it. Every answer must be < 500 and must not carry a stack trace or SQL.
// FUZZ_RUNS sets the mutations per operation (`npm run test:fuzz` runs many), FUZZ_SEED replays.

const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);

// Operations whose success ends the caller's session or the fixture's users: fuzzing them would
// fuzz the login of every later operation instead.
const SKIPPED = new Set(['POST /api/v1/auth/logout', 'POST /api/v1/auth/password', 'POST /api/v1/users/{id}/password', 'POST /api/v1/setup']);

const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const HOSTILE: unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  '',
  ' ',
  'x'.repeat(1 << 20),
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '鍙傛暟閿欒', // GBK bytes read as UTF-8
  "' or 1=1 --",
  '"; drop table accounts; --',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%00',
  '2026-02-30',
  'NaN',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  [],
  [1, 'a', null],
  {},
  { nested: { deeper: { deepest: [1] } } },
];
const RAW_BODIES = ['{"version": 1e309}', '{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"x": 1}}}', deep(5000), '{"a":', 'null', '"just a string"'];
const BAD_IDS = ['not-a-uuid', '1', '%2e%2e%2f', 'x'.repeat(5000), '00000000-0000-0000-0000-00000000000g', '%00', encodeURIComponent('鍙傛暟')];
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

type Mutation = { describe: string; apply: (built: Built) => Built };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);
const asJson = (built: Built, payload: string): Built => ({ ...built, payload, headers: { ...built.headers, 'content-type': 'application/json' } });

function mutations(built: Built, documentedQuery: string[]): fc.Arbitrary<Mutation> {
  const keys = isObject(built.payload) ? Object.keys(built.payload) : [];
  const hostile = fc.constantFrom(...HOSTILE);
  const options: fc.Arbitrary<Mutation>[] = [
    fc.constantFrom(...RAW_BODIES).map((raw) => ({ describe: `raw body ${raw.slice(0, 40)}`, apply: (b: Built) => asJson(b, raw) })),
    fc.constant({ describe: 'broken UTF-8 bytes', apply: (b: Built) => ({ ...b, payload: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0xc3, 0x7d]), headers: { ...b.headers, 'content-type': 'application/json' } }) }),
    hostile.map((value) => ({ describe: `body replaced by ${JSON.stringify(value)?.slice(0, 40)}`, apply: (b: Built) => asJson(b, JSON.stringify(value)) })),
    fc.tuple(fc.string({ maxLength: 20 }), hostile).map(([param, value]) => ({
      describe: `query ${param}=${String(value).slice(0, 40)}`,
      apply: (b: Built) => {
        const url = new URL(String(b.url), 'http://x');
        url.searchParams.set(param || 'q', typeof value === 'string' ? value : JSON.stringify(value));
        return { ...b, url: url.pathname + url.search };
      },
    })),
  ];
  if (UUID.test(String(built.url))) {
    options.push(fc.constantFrom(...BAD_IDS).map((id) => ({ describe: `id ${id.slice(0, 40)}`, apply: (b: Built) => ({ ...b, url: String(b.url).replace(UUID, id) }) })));
  }
  const queryParams = [...new Set([...new URL(String(built.url), 'http://x').searchParams.keys(), ...documentedQuery])];
  if (queryParams.length > 0) {
    options.push(
      fc.tuple(fc.constantFrom(...queryParams), hostile).map(([param, value]) => ({
        describe: `known query ${param}=${String(value).slice(0, 40)}`,
        apply: (b: Built) => {
          const url = new URL(String(b.url), 'http://x');
          url.searchParams.set(param, typeof value === 'string' ? value : JSON.stringify(value));
          return { ...b, url: url.pathname + url.search };
        },
      })),
    );
  }
  if (keys.length > 0) {
    const payload = built.payload as Record<string, unknown>;
    options.push(
      fc.tuple(fc.constantFrom(...keys), hostile).map(([key, value]) => ({
        describe: `${key} = ${JSON.stringify(value)?.slice(0, 40)}`,
        apply: (b: Built) => asJson(b, JSON.stringify({ ...payload, [key]: value })),
      })),
      fc.constantFrom(...keys).map((key) => ({
        describe: `${key} missing`,
        apply: (b: Built) => asJson(b, JSON.stringify(Object.fromEntries(Object.entries(payload).filter(([k]) => k !== key)))),
      })),
      fc.tuple(fc.constantFrom('__proto__', 'constructor', 'extra', 'ownerId', 'version', 'id', 'createdBy'), hostile).map(([key, value]) => ({
        describe: `extra key ${key}`,
        apply: (b: Built) => asJson(b, `{${JSON.stringify(key)}: ${JSON.stringify(value)}, ${JSON.stringify(payload).slice(1)}`),
      })),
    );
  }
  return fc.oneof(...options);
}

// What an answer must never show: a stack frame, a file path of ours, SQL, driver internals.
const LEAKS = [/\bat .+:\d+:\d+/, /node_modules/, /\/src\/server\//, /\b(select|insert|update|delete)\b[^"]{0,80}\b(from|into|set|where)\b/i, /@electric-sql|drizzle-orm|ZodError|syntax error at|PGlite/];

let t: TestApp;
const clients: Partial<Record<string, Client>> = {};
beforeAll(async () => {
  t = await createTestApp();
  for (const username of new Set(Object.values(PLAYERS))) clients[username] = await t.loginAs(username);
  clients.anonymous = t.anonymous;
});
afterAll(() => t.close());

// A caller the policy allows (the fixture's owner first, else an administrator or the director).
const PREFERRED: Relation[] = ['owner', 'admin', 'director', 'chain_manager', 'granted', 'same_team'];
const callerFor = (operation: string): Client => {
  const allowed = PREFERRED.find((relation) => POLICY[operation].allow.includes(relation));
  return allowed && allowed !== 'anonymous' ? clients[PLAYERS[allowed as Exclude<Relation, 'anonymous'>]]! : t.anonymous;
};

// The query parameters the OpenAPI document declares for an operation ("GET /api/v1/x/{id}").
const documentedQueryOf = (operation: string): string[] => {
  const [method, path] = operation.split(' ');
  const doc = t.app.swagger() as unknown as { paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>> };
  return (doc.paths[path]?.[method.toLowerCase()]?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
};

describe('API fuzzing (T2)', () => {
  it('answers every mutated request of every operation with < 500 and no internals', async () => {
    const failures: string[] = [];
    let requests = 0;
    let n = 0;
    const operations = Object.keys(REQUESTS).filter((op) => !SKIPPED.has(op));
    for (const operation of operations) {
      const caller = callerFor(operation);
      const f = await buildFixture(t, clients as Record<string, Client>, ++n, extrasFor(operation));
      const built = await REQUESTS[operation]({ t, f, caller, n: ++n });
      await fc.assert(
        fc.asyncProperty(mutations(built, documentedQueryOf(operation)), async (mutation) => {
          const request = mutation.apply(built);
          requests++;
          const response = await caller.request(request).catch((error: Error) => ({ statusCode: 599, body: `no answer: ${error.message}` }));
          const leak = LEAKS.find((pattern) => pattern.test(response.body));
          if (response.statusCode >= 500 || leak) {
            failures.push(`${operation} with ${mutation.describe} → ${response.statusCode} ${response.body.slice(0, 200)}`);
          }
          return true;
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    }
    console.log(`API fuzzing (seed ${SEED}): ${operations.length} operations, ${requests} requests, ${failures.length} failures`);
    expect(failures).toEqual([]);
  }, 60_000 + RUNS * 8_000);
});
