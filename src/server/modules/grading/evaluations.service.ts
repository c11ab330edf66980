import { and, count, desc, eq, sql } from 'drizzle-orm';
import { scoreAccount, type JudgedScores, type MetricValues, type ScoreSheet } from '../../../domain/grading/index.ts';
import { COMPANY_TIME_ZONE, todayIn } from '../../../domain/dates.ts';
import type { Viewer } from '../../../domain/users/visibility.ts';
import type { Db, Executor } from '../../db/connection.ts';
import type { Actor } from '../../auth/current-user.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { assertCanEdit, assertCanSee } from '../accounts/account-access.ts';
import { accounts } from '../accounts/accounts.schema.ts';
import { users } from '../users/users.schema.ts';
import { issuesError } from './grading.errors.ts';
import { accountEvaluations, scoringModels } from './grading.schema.ts';
import type { CreateEvaluationInput } from './grading.schemas.ts';
import { metricsOf } from './sales-facts.ts';
import { getModelRow, usableModel } from './scoring-models.service.ts';

// GRD-1/GRD-3/GRD-4 evaluation of one account: computed criteria from its sales (recomputed on
// the server, never taken from the client), judged ones from the person, scored by the domain.
export const today = () => todayIn(new Date(), COMPANY_TIME_ZONE);

// The columns an evaluation copies out of its sheet, and what it sets on the account: a grade
// model gives the current grade, a matrix model the current quadrant.
export function summaryOf(sheet: ScoreSheet) {
  return sheet.kind === 'grade'
    ? { total: sheet.total, grade: sheet.grade, attractiveness: null, ability: null, quadrant: null }
    : { total: null, grade: null, attractiveness: sheet.axes.attractiveness, ability: sheet.axes.ability, quadrant: sheet.quadrant };
}

export const accountGradeColumns = (sheet: ScoreSheet, at: Date) =>
  sheet.kind === 'grade' ? { currentGrade: sheet.grade, gradedAt: at } : { currentQuadrant: sheet.quadrant, gradedAt: at };

// The judged scores of the account's latest evaluation with this model (to start a new one from).
export async function lastJudged(db: Executor, accountId: string, modelId: string): Promise<Record<string, { score: number; comment: string }>> {
  const [row] = await db
    .select({ judged: accountEvaluations.judged })
    .from(accountEvaluations)
    .where(and(eq(accountEvaluations.accountId, accountId), eq(accountEvaluations.modelId, modelId)))
    .orderBy(desc(accountEvaluations.evaluatedOn), desc(accountEvaluations.createdAt))
    .limit(1);
  return (row?.judged ?? {}) as Record<string, { score: number; comment: string }>;
}

// "Show the data behind each": the metrics and the computed criteria's scores, before any judgement.
export async function evaluationDraft(db: Executor, viewer: Viewer, accountId: string, modelId: string) {
  await assertCanSee(db, viewer, accountId);
  const model = await getModelRow(db, modelId);
  const referenceDate = today();
  const { windows, companyAverageMarginPercent, metrics } = await metricsOf(db, [accountId], referenceDate);
  const values = metrics.get(accountId) ?? {};
  const scored = scoreAccount(model.definition, { metrics: values, judged: {} });
  if (!scored.ok) throw issuesError(scored.issues);
  return {
    accountId,
    modelId,
    modelVersion: model.version,
    referenceDate,
    windows,
    metrics: values,
    companyAverageMarginPercent,
    sheet: scored.sheet,
    lastJudged: await lastJudged(db, accountId, modelId),
  };
}

export async function createEvaluation(db: Db, actor: Actor, viewer: Viewer, accountId: string, input: CreateEvaluationInput) {
  await assertCanEdit(db, viewer, accountId);
  const model = await usableModel(db, input.modelId);
  const evaluatedOn = today();
  const { metrics } = await metricsOf(db, [accountId], evaluatedOn);
  const values: MetricValues = metrics.get(accountId) ?? {};
  const judged = input.judged as JudgedScores;
  const scored = scoreAccount(model.definition, { metrics: values, judged });
  if (!scored.ok) throw issuesError(scored.issues);
  const id = await db.transaction(async (tx) => {
    const at = new Date();
    const [created] = await tx
      .insert(accountEvaluations)
      .values({
        accountId,
        modelId: model.id,
        modelVersion: model.version,
        evaluatedOn,
        authorId: actor.id,
        source: 'manual',
        judged,
        metrics: values,
        result: scored.sheet,
        ...summaryOf(scored.sheet),
        comment: input.comment ?? null,
        createdAt: at,
      })
      .returning({ id: accountEvaluations.id });
    const [before] = await tx.select({ currentGrade: accounts.currentGrade, currentQuadrant: accounts.currentQuadrant }).from(accounts).where(eq(accounts.id, accountId));
    const change = accountGradeColumns(scored.sheet, at);
    await tx.update(accounts).set(change).where(eq(accounts.id, accountId));
    await recordAudit(tx, actor, {
      entityType: 'account_evaluation',
      entityId: created.id,
      accountId,
      action: 'create',
      before,
      after: { modelId: model.id, modelVersion: model.version, judged, ...summaryOf(scored.sheet), comment: input.comment ?? null },
    });
    return created.id;
  });
  const [evaluation] = await selectEvaluations(db).where(eq(accountEvaluations.id, id));
  return evaluation;
}

const selectEvaluations = (db: Executor) =>
  db
    .select({
      id: accountEvaluations.id,
      accountId: accountEvaluations.accountId,
      modelId: accountEvaluations.modelId,
      modelVersion: accountEvaluations.modelVersion,
      modelName: sql<{ 'zh-CN': string; 'en-US': string }>`json_build_object('zh-CN', ${scoringModels.nameZh}, 'en-US', ${scoringModels.nameEn})`,
      evaluatedOn: accountEvaluations.evaluatedOn,
      authorId: accountEvaluations.authorId,
      authorName: users.name,
      source: accountEvaluations.source,
      judged: sql<Record<string, { score: number; comment: string }>>`${accountEvaluations.judged}`,
      metrics: sql<Record<string, number | null>>`${accountEvaluations.metrics}`,
      result: sql<ScoreSheet>`${accountEvaluations.result}`,
      total: accountEvaluations.total,
      grade: accountEvaluations.grade,
      attractiveness: accountEvaluations.attractiveness,
      ability: accountEvaluations.ability,
      quadrant: accountEvaluations.quadrant,
      comment: accountEvaluations.comment,
      createdAt: accountEvaluations.createdAt,
    })
    .from(accountEvaluations)
    .innerJoin(scoringModels, eq(scoringModels.id, accountEvaluations.modelId))
    .leftJoin(users, eq(users.id, accountEvaluations.authorId));

// GRD-4 history, newest first.
export async function listEvaluations(db: Executor, viewer: Viewer, accountId: string, q: { limit: number; offset: number; modelId?: string }) {
  await assertCanSee(db, viewer, accountId);
  const where = and(eq(accountEvaluations.accountId, accountId), q.modelId ? eq(accountEvaluations.modelId, q.modelId) : undefined);
  const [items, [{ total }]] = await Promise.all([
    selectEvaluations(db).where(where).orderBy(desc(accountEvaluations.evaluatedOn), desc(accountEvaluations.createdAt), desc(accountEvaluations.id)).limit(q.limit).offset(q.offset),
    db.select({ total: count() }).from(accountEvaluations).where(where),
  ]);
  return { items, total };
}
