import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from './test/harness.ts';

// T7 concurrent edits: many clients read-modify-write the same rows at once. Optimistic locking
// (the version) must turn every race into a 409 the client retries, never a lost update, a 5xx
// or a deadlock. On PostgreSQL (`npm run test:pg`) the requests really overlap in the database;
// on PGlite they interleave between queries.

const CLIENTS = 20;
let t: TestApp;
let s1a: Client;
let m1: Client;
let director: Client;

beforeAll(async () => {
  t = await createTestApp();
  [s1a, m1, director] = await Promise.all([t.loginAs('s1a'), t.loginAs('m1'), t.loginAs('director')]);
});
afterAll(() => t.close());

const statuses: number[] = [];
const track = async <R extends { statusCode: number }>(response: Promise<R>): Promise<R> => {
  const settled = await response;
  statuses.push(settled.statusCode);
  return settled;
};

// Reads the account, adds one tag and writes it back with the version read; on 409 reads again.
async function addTag(client: Client, id: string, tag: string): Promise<{ attempts: number; status: number }> {
  for (let attempts = 1; attempts <= 200; attempts++) {
    const read = await track(client.get(`/api/v1/accounts/${id}`));
    if (read.statusCode !== 200) return { attempts, status: read.statusCode };
    const account = read.json() as { version: number; tags: string[] };
    const write = await track(client.patch(`/api/v1/accounts/${id}`, { version: account.version, tags: [...account.tags, tag] }));
    if (write.statusCode !== 409) return { attempts, status: write.statusCode };
  }
  throw new Error('no progress after 200 attempts');
}

describe('concurrent edits (T7)', () => {
  it(`${CLIENTS} clients adding a tag each to one account lose no update`, async () => {
    const account = (await s1a.post('/api/v1/accounts', { name: '并发热点客户' })).json();
    const clients = [s1a, m1, director];
    const results = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => addTag(clients[i % clients.length], account.id, `c${i}`)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    const final = (await s1a.get(`/api/v1/accounts/${account.id}`)).json();
    expect([...final.tags].sort()).toEqual(Array.from({ length: CLIENTS }, (_, i) => `c${i}`).sort());
    expect(final.version).toBe(account.version + CLIENTS);
    const conflicts = results.reduce((sum, r) => sum + r.attempts - 1, 0);
    console.log(`T7 hot row: ${CLIENTS} clients, ${CLIENTS} updates kept, ${conflicts} version conflicts retried, 0 lost`);
  });

  it('a handover racing with the owner’s edits leaves one consistent owner and no lost edit', async () => {
    const account = (await s1a.post('/api/v1/accounts', { name: '交接竞争客户' })).json();
    const [edits, transfer] = await Promise.all([
      Promise.all(Array.from({ length: 10 }, (_, i) => addTag(s1a, account.id, `e${i}`))),
      track(m1.post('/api/v1/accounts/transfer', { accountIds: [account.id], toUserId: t.users.s1b.id })),
    ]);
    expect(transfer.statusCode).toBe(200);
    const final = (await m1.get(`/api/v1/accounts/${account.id}`)).json();
    expect(final.ownerId).toBe(t.users.s1b.id);
    // s1a may lose access midway (not owner any more, unless in the same team): every edit that
    // answered 200 is in the tags, every other one was refused cleanly.
    const kept = edits.map((e, i) => ({ ...e, tag: `e${i}` })).filter((e) => e.status === 200).map((e) => e.tag);
    expect(edits.every((e) => [200, 403, 404].includes(e.status))).toBe(true);
    expect([...final.tags].sort()).toEqual(kept.sort());
  });

  it('edits racing with a delete end in 200 before it or 404/409 after it, never a 5xx', async () => {
    const account = (await s1a.post('/api/v1/accounts', { name: '删除竞争客户' })).json();
    const [edits, deleted] = await Promise.all([
      Promise.all(Array.from({ length: 10 }, (_, i) => addTag(s1a, account.id, `d${i}`))),
      (async () => {
        // The manager deletes with the version current when they try, retrying on 409 like a person would.
        for (;;) {
          const current = await track(m1.get(`/api/v1/accounts/${account.id}`));
          const response = await track(m1.delete(`/api/v1/accounts/${account.id}?version=${current.json().version}`));
          if (response.statusCode !== 409) return response;
        }
      })(),
    ]);
    expect(deleted.statusCode).toBe(204);
    expect(edits.every((e) => e.status === 200 || e.status === 404)).toBe(true);
    expect((await s1a.get(`/api/v1/accounts/${account.id}`)).statusCode).toBe(404);
  });

  afterAll(() => {
    const serverErrors = statuses.filter((s) => s >= 500).length;
    console.log(`T7 requests: ${statuses.length}, 5xx: ${serverErrors}`);
    expect(serverErrors).toBe(0);
  });
});
