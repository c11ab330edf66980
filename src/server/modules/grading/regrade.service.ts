import { and, asc, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import { computeMetrics, metricWindows, scoreAccount, type JudgedScores, type ScoringModel } from '../../../domain/grading/index.ts';
import type { Db, Executor } from '../../db/connection.ts';
import { insertMany } from '../../db/insert-many.ts';
import { selectRows } from '../../db/sql-helpers.ts';
import type { Actor } from '../../auth/current-user.ts';
import { AppError } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { accounts } from '../accounts/accounts.schema.ts';
import { GradingErrors } from './grading.errors.ts';
import { accountEvaluations, gradingJobs } from './grading.schema.ts';
import { summaryOf, today } from './evaluations.service.ts';
import { companyAverageMargin, salesFactsOf } from './sales-facts.ts';
import { usableModel } from './scoring-models.service.ts';

// GRD-4 batch re-grade: every live account scored again with one model from its current sales
// (computed criteria), the judged scores carried over from its latest evaluation with that model.
// Chunks of 1,000 accounts in id order; per chunk one query for the sales facts, one for the
// latest evaluations, one insert and one update, set-based. Only what moved is written: a new
// evaluation where the score changed, the account's grade where the grade changed. The job's
// progress (grading_jobs) is written in each chunk's transaction: after a restart the job goes on
// after the last account it finished, on the same evaluation day.
export const REGRADE_CHUNK = 1000;
const CHANGED_LIMIT = 100;

type JobRow = typeof gradingJobs.$inferSelect;
export type GradingJob = Pick<JobRow, 'id' | 'modelId' | 'status' | 'done' | 'total' | 'changedCount' | 'startedAt' | 'finishedAt' | 'error'> & {
  changed: { accountId: string; from: string | null; to: string | null }[];
};
// What a running job carries between chunks.
type Progress = GradingJob & { lastAccountId: string | null };

const viewOf = ({ id, modelId, status, done, total, changedCount, changed, startedAt, finishedAt, error }: JobRow): GradingJob => ({
  id,
  modelId,
  status,
  done,
  total,
  changedCount,
  changed: changed as GradingJob['changed'],
  startedAt,
  finishedAt,
  error,
});

export async function getJob(db: Executor, id: string): Promise<GradingJob> {
  const [row] = await db.select().from(gradingJobs).where(eq(gradingJobs.id, id));
  if (!row) throw new AppError(GradingErrors.GRADING_JOB_NOT_FOUND);
  return viewOf(row);
}

type ChunkAccount = { id: string; currentGrade: string | null; currentQuadrant: string | null };
type Latest = {
  account_id: string;
  judged: JudgedScores | string | null;
  model_version: number;
  total: string | number | null;
  grade: string | null;
  attractiveness: string | number | null;
  ability: string | number | null;
  quadrant: string | null;
};

const num = (v: string | number | null | undefined) => (v === null || v === undefined ? null : Number(v));
// Whether a new sheet says what the latest evaluation with the same model version said.
const isSameAsLatest = (latest: Latest | undefined, version: number, s: ReturnType<typeof summaryOf>) =>
  latest !== undefined &&
  latest.model_version === version &&
  num(latest.total) === s.total &&
  latest.grade === s.grade &&
  num(latest.attractiveness) === s.attractiveness &&
  num(latest.ability) === s.ability &&
  latest.quadrant === s.quadrant;

// A carried-over judgement the model no longer takes (criterion removed, scale changed) is left
// out rather than failing the account: the criterion then counts as missing.
function scoreWithCarriedJudged(model: ScoringModel, metrics: Record<string, number | null>, judged: JudgedScores) {
  const first = scoreAccount(model, { metrics, judged });
  if (first.ok) return first.sheet;
  const rejected = new Set(first.issues.map((i) => i.path.split('.')[1]));
  const kept = Object.fromEntries(Object.entries(judged).filter(([key]) => !rejected.has(key)));
  const second = scoreAccount(model, { metrics, judged: kept });
  return second.ok ? second.sheet : null;
}

async function regradeChunk(db: Db, job: Progress, actor: Actor, model: { id: string; version: number; definition: ScoringModel }, chunk: ChunkAccount[], context: { evaluatedOn: string; average: number | null }) {
  const windows = metricWindows(context.evaluatedOn);
  const ids = chunk.map((a) => a.id);
  const facts = await salesFactsOf(db, ids, windows, context.average);
  const latest = await selectRows<Latest>(
    db,
    sql`select distinct on (${accountEvaluations.accountId}) ${accountEvaluations.accountId} as account_id, ${accountEvaluations.judged} as judged,
               ${accountEvaluations.modelVersion} as model_version, ${accountEvaluations.total} as total, ${accountEvaluations.grade} as grade,
               ${accountEvaluations.attractiveness} as attractiveness, ${accountEvaluations.ability} as ability, ${accountEvaluations.quadrant} as quadrant
        from ${accountEvaluations}
        where ${accountEvaluations.modelId} = ${model.id} and ${accountEvaluations.accountId} = any(${`{${ids.join(',')}}`}::uuid[])
        order by ${accountEvaluations.accountId}, ${accountEvaluations.evaluatedOn} desc, ${accountEvaluations.createdAt} desc`,
  );
  const latestOf = new Map(latest.map((l) => [l.account_id, l]));
  const judgedOf = (l: Latest | undefined) => (typeof l?.judged === 'string' ? JSON.parse(l.judged) : (l?.judged ?? {})) as JudgedScores;
  const at = new Date();
  const rows: (typeof accountEvaluations.$inferInsert)[] = [];
  const updates: { id: string; grade: string | null; quadrant: string | null }[] = [];
  for (const account of chunk) {
    const f = facts.get(account.id);
    const metrics = f ? computeMetrics(f) : {};
    const previous = latestOf.get(account.id);
    const judged = judgedOf(previous);
    const sheet = scoreWithCarriedJudged(model.definition, metrics, judged);
    if (!sheet) continue;
    const summary = summaryOf(sheet);
    // Nothing scored and never evaluated (e.g. a model of judged criteria only): nothing to record.
    if (!previous && summary.total === null && summary.attractiveness === null && summary.ability === null) continue;
    // History keeps what moved: an account whose score is what its latest evaluation says keeps
    // that evaluation (wide rows are the dominant cost at 100k accounts on PGlite).
    if (!isSameAsLatest(previous, model.version, summary)) {
      rows.push({ accountId: account.id, modelId: model.id, modelVersion: model.version, evaluatedOn: context.evaluatedOn, authorId: actor.id, source: 'regrade', judged, metrics, result: sheet, ...summary, comment: null, createdAt: at });
    }
    const [from, to] = sheet.kind === 'grade' ? [account.currentGrade, summary.grade] : [account.currentQuadrant, summary.quadrant];
    if (from !== to) {
      // Only accounts whose grade (quadrant) changed are rewritten: graded_at is when it last changed
      // or a person evaluated the account.
      updates.push({ id: account.id, grade: summary.grade, quadrant: summary.quadrant });
      job.changedCount += 1;
      if (job.changed.length < CHANGED_LIMIT) job.changed.push({ accountId: account.id, from, to });
    }
  }
  const column = model.definition.kind === 'grade' ? sql.raw('current_grade = u.grade') : sql.raw('current_quadrant = u.quadrant');
  job.done += chunk.length;
  job.lastAccountId = chunk[chunk.length - 1].id;
  await db.transaction(async (tx) => {
    await insertMany(tx, accountEvaluations, rows);
    if (updates.length > 0) {
      await tx.execute(
        sql`update ${accounts} set ${column}, graded_at = ${at.toISOString()}::timestamptz
            from json_to_recordset(${JSON.stringify(updates)}::json) as u(id uuid, grade text, quadrant text)
            where ${accounts.id} = u.id`,
      );
    }
    await tx
      .update(gradingJobs)
      .set({ done: job.done, changedCount: job.changedCount, changed: job.changed, lastAccountId: job.lastAccountId, heartbeatAt: at })
      .where(eq(gradingJobs.id, job.id));
  });
}

async function run(db: Db, job: Progress, actor: Actor, model: { id: string; version: number; definition: ScoringModel }, evaluatedOn: string) {
  const average = await companyAverageMargin(db, metricWindows(evaluatedOn));
  for (;;) {
    const chunk: ChunkAccount[] = await db
      .select({ id: accounts.id, currentGrade: accounts.currentGrade, currentQuadrant: accounts.currentQuadrant })
      .from(accounts)
      .where(and(isNull(accounts.deletedAt), job.lastAccountId ? gt(accounts.id, job.lastAccountId) : undefined))
      .orderBy(asc(accounts.id))
      .limit(REGRADE_CHUNK);
    if (chunk.length === 0) break;
    await regradeChunk(db, job, actor, model, chunk, { evaluatedOn, average });
  }
}

// The jobs this process runs, to wait for them and never to run one twice.
const finishing = new Map<string, Promise<void>>();

function runInBackground(db: Db, row: JobRow, actor: Actor, model: { id: string; version: number; definition: ScoringModel }): Promise<void> {
  const job: Progress = { ...viewOf(row), lastAccountId: row.lastAccountId };
  const end = (fields: Partial<JobRow>) => db.update(gradingJobs).set({ finishedAt: new Date(), ...fields }).where(eq(gradingJobs.id, job.id));
  const done = run(db, job, actor, model, row.evaluatedOn)
    .then(() => end({ status: 'done' }))
    .catch((error: unknown) => end({ status: 'failed', error: error instanceof Error ? error.message : String(error) }))
    .then(() => undefined, () => undefined)
    .finally(() => finishing.delete(job.id));
  finishing.set(job.id, done);
  return done;
}

// Starts the job and answers when it has finished or after `waitMs`, whichever comes first (a
// small installation sees the result at once; a large one follows GET /api/v1/grading/jobs/:id).
// A second start for a model that is being re-graded returns the running job.
export const REGRADE_WAIT_MS = 2000;

export async function startRegrade(db: Db, actor: Actor, modelId: string, waitMs = REGRADE_WAIT_MS): Promise<GradingJob> {
  const model = await usableModel(db, modelId);
  const runningJob = async () => (await db.select().from(gradingJobs).where(and(eq(gradingJobs.modelId, modelId), eq(gradingJobs.status, 'running'))))[0];
  const running = await runningJob();
  if (running) return viewOf(running);
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int`.mapWith(Number) }).from(accounts).where(isNull(accounts.deletedAt));
  // One running job per model (a partial unique index): of two starts at once, the second gets the first's job.
  const [row] = await db
    .insert(gradingJobs)
    .values({ modelId, modelVersion: model.version, status: 'running', evaluatedOn: today(), total, startedBy: actor.id })
    .onConflictDoNothing({ target: gradingJobs.modelId, where: sql`status = 'running'` })
    .returning();
  if (!row) {
    const other = await runningJob();
    if (other) return viewOf(other);
    throw new Error('re-grade job neither created nor running');
  }
  await recordAudit(db, actor, { entityType: 'grading_job', entityId: row.id, action: 'create', after: { modelId, modelVersion: model.version, total } });
  const done = runInBackground(db, row, actor, { id: model.id, version: model.version, definition: model.definition });
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([done, new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)))]);
  clearTimeout(timer);
  return getJob(db, row.id);
}

// Takes over running jobs whose process stopped (heartbeat older than `staleAfterMs`): the claim
// moves the heartbeat, so of two processes only one gets a job. A job whose model was changed
// since it started fails rather than mixing two versions in one re-grade.
export async function resumeStaleRegrades(db: Db, staleAfterMs: number): Promise<number> {
  const claimed = await db
    .update(gradingJobs)
    .set({ heartbeatAt: new Date() })
    .where(and(eq(gradingJobs.status, 'running'), lt(gradingJobs.heartbeatAt, new Date(Date.now() - staleAfterMs))))
    .returning();
  for (const row of claimed) {
    if (finishing.has(row.id)) continue;
    const model = await usableModel(db, row.modelId).catch(() => null);
    if (!model || model.version !== row.modelVersion) {
      await db.update(gradingJobs).set({ status: 'failed', finishedAt: new Date(), error: 'The model changed or was deactivated while the job was stopped; start it again' }).where(eq(gradingJobs.id, row.id));
      continue;
    }
    void runInBackground(db, row, { id: row.startedBy, name: 'regrade', ip: null }, { id: model.id, version: model.version, definition: model.definition });
  }
  return claimed.length;
}

// Waits for the jobs this process runs (tests, shutdown).
export const settleRegrades = () => Promise.all(finishing.values());
