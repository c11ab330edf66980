// `npm run bench -- [--size S|M|L] [--db pglite|postgres|both] [--seconds 5]`
// Measures the hot API paths over HTTP (autocannon, 1 and 10 connections) against a generated data
// set, and the same service calls in-process (the database limit), then writes a JSON report.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { isSize, type Size } from '../src/server/generate/sizes.ts';
import { GENERATED_PASSWORD } from '../src/server/generate/generate.ts';
import { testDatabaseUrl } from '../src/server/config.ts';
import { prepareData, serverEnv, type Target } from './lib/data.ts';
import { login, startServer } from './lib/server.ts';
import { runLoad, type LoadResult } from './lib/load.ts';
import { directTimings, OPERATIONS, sampleIds } from './lib/operations.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'S' },
    db: { type: 'string', default: 'pglite' },
    seconds: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
  },
});
const size = values.size!.toUpperCase();
if (!isSize(size)) throw new Error('--size must be S, M or L');
const seconds = Number(values.seconds);
const seed = Number(values.seed);
const kinds = values.db === 'both' ? (['pglite', 'postgres'] as const) : [values.db as 'pglite' | 'postgres'];

async function benchOne(kind: 'pglite' | 'postgres', size: Size) {
  const target: Target = await prepareData(kind, size, seed, testDatabaseUrl());
  const server = await startServer(serverEnv(target), 3300 + Math.floor(Math.random() * 500));
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const idleRssMb = Math.round(server.rssMb());
  const cookies = { director: await login(server.url, 'director', GENERATED_PASSWORD), specialist: await login(server.url, 'am1_1', GENERATED_PASSWORD) };
  const ids = await sampleIds(server.url, cookies.director);
  const rows: { operation: string; http: LoadResult[] }[] = [];
  for (const op of OPERATIONS) {
    const paths = op.paths(ids);
    const http: LoadResult[] = [];
    for (const connections of op.connections ?? [1, 10]) {
      http.push(await runLoad({ url: server.url, cookie: cookies[op.as], paths, connections, seconds, method: op.method, body: op.body }));
    }
    rows.push({ operation: op.name, http });
    console.log(`${kind} ${size} ${op.name}: ${http.map((h) => `c${h.connections} p50 ${h.p50} p95 ${h.p95} p99 ${h.p99} ms ${h.rps} req/s${h.non2xx ? ` non2xx ${h.non2xx}` : ''}`).join(' | ')}`);
  }
  const peakRssMb = Math.round(server.peakRssMb());
  await server.stop();
  const direct = await directTimings(target, ids);
  return { kind, size, startMs: Math.round(server.startMs), idleRssMb, peakRssMb, rows, direct };
}

const report = [];
for (const kind of kinds) report.push(await benchOne(kind, size));

console.log('\noperation                         db        conn   p50 ms   p95 ms   p99 ms   req/s   direct p50   API÷direct');
for (const r of report) {
  for (const row of r.rows) {
    for (const h of row.http) {
      const d = r.direct[row.operation];
      const ratio = d ? (h.p50 / d.p50).toFixed(2) : '-';
      console.log(
        `${row.operation.padEnd(34)}${r.kind.padEnd(10)}${String(h.connections).padStart(4)}${String(h.p50).padStart(9)}${String(h.p95).padStart(9)}${String(h.p99).padStart(9)}${String(h.rps).padStart(8)}${String(d?.p50 ?? '-').padStart(13)}${ratio.padStart(13)}`,
      );
    }
  }
  console.log(`${r.kind}: cold start to first answer ${r.startMs} ms, idle RSS ${r.idleRssMb} MB, peak RSS ${r.peakRssMb} MB`);
}
const file = `bench/results/${new Date().toISOString().slice(0, 10)}-${values.db}-${size}.json`;
fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), size, seed, seconds, report }, null, 2));
console.log(`\nWritten ${file}`);
