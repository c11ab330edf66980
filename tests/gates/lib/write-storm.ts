import type { ApiClient } from './api.ts';

// Concurrent writers through the HTTP API, remembering every write the server acknowledged (a
// 2xx response received in full) and every write whose outcome is unknown (in flight when the
// server died). Writes: create an account, add a contact, change an account's address (with its
// version), import a CSV of accounts (all rows or none).

export type WriteKind = 'account' | 'contact' | 'update' | 'import';
export type Write = {
  kind: WriteKind;
  id?: string; // account or contact id
  accountId?: string; // the account an update or contact belongs to
  value?: string; // an update's new address
  tag?: string; // an import's name tag: its rows are named `${tag}-${i}`
  rows?: number;
  sentAt: number;
  ackedAt?: number;
};

// `importers` of the clients only import (so that a kill often lands inside an import); the others
// create accounts and contacts and change addresses.
export type StormOptions = { clients: number; importers: number; random: () => number; prefix: string; importRows: number };

type Owned = { id: string; version: number };

const rows = (tag: string, n: number) => `客户名称,地址\n${Array.from({ length: n }, (_, i) => `${tag}-${i},导入地址${i}`).join('\n')}\n`;

export class WriteStorm {
  readonly acked: Write[] = [];
  readonly unknown: Write[] = [];
  // Non-2xx answers while the server was up: each one is a defect (the storm sends only valid writes).
  readonly refused: string[] = [];
  #isStopped = false;
  #loops: Promise<void>[] = [];
  #onFirstAck: () => void = () => undefined;
  // Resolves when the server has acknowledged the storm's first write: it is up and writing.
  readonly firstAck = new Promise<void>((resolve) => (this.#onFirstAck = resolve));
  readonly #api: ApiClient;
  readonly #options: StormOptions;

  constructor(api: ApiClient, options: StormOptions) {
    this.#api = api;
    this.#options = options;
  }

  start(): void {
    for (let c = 0; c < this.#options.clients; c++) this.#loops.push(this.#loop(c));
  }

  // Stops issuing writes and waits for the ones in flight (a killed server fails them at once).
  async stop(): Promise<void> {
    this.#isStopped = true;
    await Promise.all(this.#loops);
  }

  async #loop(client: number): Promise<void> {
    const { random, prefix, importRows, importers } = this.#options;
    const isImporter = client < importers;
    const owned: Owned[] = [];
    for (let n = 0; !this.#isStopped; n++) {
      const roll = random();
      const mine = owned.length > 0 ? owned[Math.floor(random() * owned.length)] : null;
      let write: Write;
      let send: () => Promise<{ status: number; body: string; json: <T>() => T }>;
      if (isImporter) {
        const tag = `${prefix}i${client}x${n}`;
        write = { kind: 'import', tag, rows: importRows, sentAt: Date.now() };
        send = () => this.#api.importCsv('/api/v1/accounts/import', rows(tag, importRows), { dryRun: false });
      } else if (mine && roll < 0.3) {
        write = { kind: 'contact', accountId: mine.id, sentAt: Date.now() };
        send = () => this.#api.post(`/api/v1/accounts/${mine.id}/contacts`, { name: `联系人${prefix}${client}x${n}` });
      } else if (mine && roll < 0.55) {
        const value = `地址${prefix}c${client}x${n}`;
        write = { kind: 'update', accountId: mine.id, value, sentAt: Date.now() };
        send = () => this.#api.patch(`/api/v1/accounts/${mine.id}`, { version: mine.version, address: value });
      } else {
        write = { kind: 'account', sentAt: Date.now() };
        send = () => this.#api.post('/api/v1/accounts', { name: `${prefix}客户c${client}x${n}` });
      }
      let reply;
      try {
        reply = await send();
      } catch {
        // The server died with this write in flight: it may or may not have committed.
        this.unknown.push(write);
        return;
      }
      if (reply.status >= 300) {
        this.refused.push(`${write.kind} → ${reply.status} ${reply.body.slice(0, 200)}`);
        continue;
      }
      write.ackedAt = Date.now();
      const body = reply.json<{ id?: string; version?: number; created?: number }>();
      if (write.kind === 'account') {
        write.id = body.id;
        owned.push({ id: body.id!, version: body.version! });
      } else if (write.kind === 'contact') {
        write.id = body.id;
      } else if (write.kind === 'update') {
        mine!.version = body.version!;
      } else if (body.created !== importRows) {
        this.refused.push(`import ${write.tag} acknowledged with ${body.created} of ${importRows} rows created`);
      }
      this.acked.push(write);
      this.#onFirstAck();
    }
  }
}

export type Check = { checked: number; lost: string[]; halfImports: string[] };

async function pool<T>(items: T[], size: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]);
  }));
}

const importCount = async (api: ApiClient, tag: string) => {
  const reply = await api.get(`/api/v1/accounts?q=${encodeURIComponent(`${tag}-`)}&limit=1`);
  if (reply.status !== 200) throw new Error(`listing ${tag}: ${reply.status} ${reply.body}`);
  return reply.json<{ total: number }>().total;
};

// T8: after a restart, every acknowledged write is there; an import is all or nothing.
export async function checkWrites(api: ApiClient, storm: WriteStorm): Promise<Check> {
  const lost: string[] = [];
  const halfImports: string[] = [];
  const acked = storm.acked;
  const lastUpdate = new Map<string, Write>();
  for (const w of acked) if (w.kind === 'update') lastUpdate.set(w.accountId!, w);
  const inFlightUpdates = new Map(storm.unknown.filter((w) => w.kind === 'update').map((w) => [w.accountId!, w.value!]));

  await pool(acked, 8, async (w) => {
    if (w.kind === 'account' || w.kind === 'contact') {
      const reply = await api.get(`/api/v1/${w.kind === 'account' ? 'accounts' : 'contacts'}/${w.id}`);
      if (reply.status !== 200) lost.push(`${w.kind} ${w.id} → ${reply.status}`);
    } else if (w.kind === 'update') {
      if (lastUpdate.get(w.accountId!) !== w) return; // an earlier value, overwritten by a later acknowledged one
      const reply = await api.get(`/api/v1/accounts/${w.accountId}`);
      const address = reply.status === 200 ? reply.json<{ address: string | null }>().address : null;
      // A later update that was in flight at the kill may have committed over it.
      if (address !== w.value && address !== inFlightUpdates.get(w.accountId!)) lost.push(`update of ${w.accountId}: ${address} ≠ ${w.value}`);
    } else {
      const count = await importCount(api, w.tag!);
      if (count !== w.rows) lost.push(`import ${w.tag}: ${count} of ${w.rows} rows`);
    }
  });
  await pool(storm.unknown.filter((w) => w.kind === 'import'), 4, async (w) => {
    const count = await importCount(api, w.tag!);
    if (count !== 0 && count !== w.rows) halfImports.push(`import ${w.tag}: ${count} of ${w.rows} rows`);
  });
  return { checked: acked.length, lost, halfImports };
}
