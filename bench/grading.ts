// `npm run bench:grading -- [--size S|M|L] [--seed 1]`, on a copy of a generated PGlite data set:
// 1. the batch re-grade (GRD-4) of every account with the ready end-customer model, twice — the
//    first run writes an evaluation and a grade for every account that buys, the second finds
//    nothing changed — with the time and the process's peak RSS of each;
// 2. the screening matrix (GRD-3) of 10,000 accounts evaluated twice with the ready matrix model:
//    p50/p95 of the service call for the director (generated data has no judged scores, so the
//    bench writes them).
// Results: stdout and bench/results/<date>-pglite-<size>-grading.json.
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
import { screeningMatrix } from '../src/server/modules/grading/matrix.service.ts';
import { accounts } from '../src/server/modules/accounts/accounts.schema.ts';
import { accountEvaluations } from '../src/server/modules/grading/grading.schema.ts';
import { summaryOf } from '../src/server/modules/grading/evaluations.service.ts';
import { insertMany } from '../src/server/db/insert-many.ts';
import { loadViewer } from '../src/server/auth/visibility-sql.ts';
import { users } from '../src/server/modules/users/users.schema.ts';
import { scoreAccount, SCREENING_MATRIX_MODEL } from '../src/domain/grading/index.ts';
import { seededRandom } from '../src/server/demo/demo-random.ts';
import { timeDirect } from './lib/load.ts';
import { ensureReadyModels } from '../src/server/modules/grading/scoring-models.service.ts';
import { prepareData } from './lib/data.ts';

const { values } = parseArgs({ options: { size: { type: 'string', default: 'M' }, seed: { type: 'string', default: '1' } } });
const size = values.size.toUpperCase();
if (!isSize(size)) throw new Error('--size must be S, M or L');

const source = await prepareData('pglite', size, Number(values.seed), '');
if (source.kind !== 'pglite') throw new Error('unreachable');
const copy = path.resolve(`bench/.data/grading-${size}`);
fs.rmSync(copy, { recursive: true, force: true });
fs.cpSync(source.dataDir, copy, { recursive: true });

const database = await openDatabase(configWith({ dataDir: copy, databaseUrl: undefined }), 'npm run bench:grading');
const db = database.db;
await ensureReadyModels(db);
const [model] = await db.select({ id: scoringModels.id }).from(scoringModels).where(eq(scoringModels.readyKey, 'grade'));
const [matrixModel] = await db.select().from(scoringModels).where(eq(scoringModels.readyKey, 'matrix'));

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

const regrade = [await timed('first: every account scored and graded'), await timed('again: nothing changed')];

// Two evaluations with the matrix model (a quarter apart) for 10,000 accounts, judged at random.
const MATRIX_ACCOUNTS = 10_000;
const r = seededRandom(7);
const sample = await db.select({ id: accounts.id }).from(accounts).orderBy(accounts.archiveNo).limit(MATRIX_ACCOUNTS);
for (const evaluatedOn of ['2026-08-20', '2026-11-20']) {
  const rows = sample.map(({ id }) => {
    const judged = Object.fromEntries(SCREENING_MATRIX_MODEL.criteria.map((c) => [c.key, { score: r.int(1, 5), comment: 'bench' }]));
    const scored = scoreAccount(SCREENING_MATRIX_MODEL, { metrics: {}, judged });
    if (!scored.ok) throw new Error('matrix sheet');
    return { accountId: id, modelId: matrixModel.id, modelVersion: matrixModel.version, evaluatedOn, source: 'manual' as const, judged, metrics: {}, result: scored.sheet, ...summaryOf(scored.sheet) };
  });
  for (let i = 0; i < rows.length; i += 1000) await insertMany(db, accountEvaluations, rows.slice(i, i + 1000));
}
const [director] = await db.select({ id: users.id, role: users.role }).from(users).where(eq(users.username, 'director'));
const viewer = await loadViewer(db, director as { id: string; role: 'director' });
const matrixTimes = await timeDirect(async () => {
  const matrix = await screeningMatrix(db, viewer, { modelId: matrixModel.id });
  if (matrix.total !== MATRIX_ACCOUNTS) throw new Error(`matrix has ${matrix.total} points`);
}, 30);
console.log({ matrix: `${MATRIX_ACCOUNTS} accounts`, ...matrixTimes });

await closeDatabase(database);
fs.rmSync(copy, { recursive: true, force: true });
const file = `bench/results/${new Date().toISOString().slice(0, 10)}-pglite-${size}-grading.json`;
fs.writeFileSync(file, `${JSON.stringify({ size, regrade, matrix: { accounts: MATRIX_ACCOUNTS, ...matrixTimes } }, null, 2)}\n`);
console.log(`→ ${file}`);
