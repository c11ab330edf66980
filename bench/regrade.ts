// `npm run bench:regrade -- [--size S|M|L] [--seed 1]`: the batch re-grade (GRD-4) of every
// account with the ready end-customer model, on a copy of a generated PGlite data set, twice — the
// first run writes an evaluation and a grade for every account that buys, the second finds nothing
// changed — with the time and the process's peak RSS of each. Results: stdout and
// bench/results/<date>-pglite-<size>-regrade.json.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../src/server/auth/current-user.ts';
import { configWith } from '../src/server/config.ts';
import { closeDatabase, openDatabase } from '../src/server/db/open.ts';
import { isSize } from '../src/server/generate/sizes.ts';
import { scoringModels } from '../src/server/modules/grading/grading.schema.ts';
import { getJob, settleRegrades, startRegrade } from '../src/server/modules/grading/regrade.service.ts';
import { ensureReadyModels } from '../src/server/modules/grading/scoring-models.service.ts';
import { prepareData } from './lib/data.ts';

const { values } = parseArgs({ options: { size: { type: 'string', default: 'M' }, seed: { type: 'string', default: '1' } } });
const size = values.size.toUpperCase();
if (!isSize(size)) throw new Error('--size must be S, M or L');

const source = await prepareData('pglite', size, Number(values.seed), '');
if (source.kind !== 'pglite') throw new Error('unreachable');
const copy = path.resolve(`bench/.data/regrade-${size}`);
fs.rmSync(copy, { recursive: true, force: true });
fs.cpSync(source.dataDir, copy, { recursive: true });

const database = await openDatabase(configWith({ dataDir: copy, databaseUrl: undefined }), 'npm run bench:regrade');
const db = database.db;
await ensureReadyModels(db);
const [model] = await db.select({ id: scoringModels.id }).from(scoringModels).where(eq(scoringModels.readyKey, 'grade'));

async function timed(label: string) {
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 100);
  const started = performance.now();
  const launched = await startRegrade(db, SYSTEM_ACTOR, model.id, 0);
  await settleRegrades();
  const job = await getJob(db, launched.id);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  if (job.status !== 'done') throw new Error(`re-grade ${job.status}: ${job.error}`);
  const row = { run: label, accounts: job.total, changedGrades: job.changedCount, seconds: Math.round(seconds * 10) / 10, peakRssMb: Math.round(peak / 1e6) };
  console.log(row);
  return row;
}

const results = [await timed('first: every account scored and graded'), await timed('again: nothing changed')];
await closeDatabase(database);
fs.rmSync(copy, { recursive: true, force: true });
const file = `bench/results/${new Date().toISOString().slice(0, 10)}-pglite-${size}-regrade.json`;
fs.writeFileSync(file, `${JSON.stringify({ size, results }, null, 2)}\n`);
console.log(`→ ${file}`);
