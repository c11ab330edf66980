import { asc, eq, inArray, sql } from 'drizzle-orm';
import { scoreAccount, type JudgedScores, type Quadrant, type ScoreSheet, type ScoringModel } from '../../domain/grading/index.ts';
import type { Db } from '../db/connection.ts';
import { accounts } from '../modules/accounts/accounts.schema.ts';
import { summaryOf } from '../modules/grading/evaluations.service.ts';
import { accountEvaluations, scoringModels } from '../modules/grading/grading.schema.ts';
import { metricsOf } from '../modules/grading/sales-facts.ts';
import { ensureReadyModels } from '../modules/grading/scoring-models.service.ts';
import { seededRandom, type Random } from './demo-random.ts';

// GRD-1/GRD-3 demo evaluations: every demo account that buys is graded with the end-customer model
// and placed on the screening matrix by its owner, twice — last quarter and at the end of the demo
// sales — so the matrix spreads over all four quadrants and some accounts have moved.
export const DEMO_EVALUATION_DATES = ['2026-08-20', '2026-11-20'] as const;

const COMMENTS: Record<'high' | 'mid' | 'low', string[]> = {
  high: ['高层定期沟通，关系稳固', '明确表示希望长期合作', '我方产品在其产线上表现突出'],
  mid: ['关系正常，有改进空间', '采购部门态度中立', '需要更多技术交流'],
  low: ['主要看价格，关系一般', '竞争对手跟进很紧', '决策层接触不多'],
};

const level = (score: number) => (score >= 4 ? 'high' : score === 3 ? 'mid' : 'low');
const judgement = (r: Random, score: number) => ({ score, comment: r.pick(COMMENTS[level(score)]) });

// A score around a target (1–5): mostly the target, sometimes one off.
const around = (r: Random, target: number) => Math.min(5, Math.max(1, target + r.pick([-1, 0, 0, 0, 1])));

function judgedFor(r: Random, model: ScoringModel, target: (axis: string | undefined) => number, isSure = false): JudgedScores {
  return Object.fromEntries(model.criteria.filter((c) => c.source.type === 'judged').map((c) => [c.key, judgement(r, isSure ? target(c.axis) : around(r, target(c.axis)))]));
}

// Where the demo wants an account on the matrix, from its rank by sales and its stage: the big
// buyers are core, the growing ones core potential, the slipping ones general, the rest spread.
function intendedQuadrant(salesRank: number, stage: string): Quadrant {
  if (stage === 'at_risk' || stage === 'lost') return 'general';
  if (salesRank < 8) return 'core';
  if (stage === 'developing') return 'core_potential';
  return (['core_potential', 'general', 'secondary', 'secondary'] as const)[salesRank % 4];
}
const HIGH = 4;
const LOW = 2;
const targets: Record<Quadrant, { attractiveness: number; ability: number }> = {
  core: { attractiveness: HIGH, ability: HIGH },
  core_potential: { attractiveness: HIGH, ability: LOW },
  general: { attractiveness: LOW, ability: HIGH },
  secondary: { attractiveness: LOW, ability: LOW },
};
// Last quarter a few accounts stood elsewhere: core ones came up from core potential, and so on.
const PREVIOUS: Partial<Record<Quadrant, Quadrant>> = { core: 'core_potential', general: 'core', core_potential: 'secondary' };

type Evaluation = typeof accountEvaluations.$inferInsert;

export async function seedDemoGrading(db: Db): Promise<number> {
  await ensureReadyModels(db);
  const models = await db.select().from(scoringModels).where(inArray(scoringModels.readyKey, ['grade', 'matrix']));
  const gradeModel = models.find((m) => m.readyKey === 'grade')!;
  const matrixModel = models.find((m) => m.readyKey === 'matrix')!;
  const list = await db
    .select({ id: accounts.id, ownerId: accounts.ownerId, stage: accounts.lifecycleStage })
    .from(accounts)
    .where(sql`${accounts.deletedAt} is null`)
    .orderBy(asc(accounts.archiveNo));
  const r = seededRandom(20261120);
  const [previousOn, currentOn] = DEMO_EVALUATION_DATES;
  const [previous, now] = [await metricsOf(db, list.map((a) => a.id), previousOn), await metricsOf(db, list.map((a) => a.id), currentOn)];
  const sales = (id: string) => now.metrics.get(id)?.annualPurchase ?? 0;
  const salesRank = new Map([...list].sort((a, b) => sales(b.id) - sales(a.id)).map((a, rank) => [a.id, rank]));
  const rows: Evaluation[] = [];
  const current = new Map<string, { grade: ScoreSheet; matrix: ScoreSheet }>();
  for (const account of list) {
    const rank = salesRank.get(account.id)!;
    const quadrant = intendedQuadrant(rank, account.stage);
    // The owners know their biggest customers best and get on with them best (without doubt for the top few).
    const relation = rank < 5 ? 5 : rank < 15 ? 4 : rank < 35 ? 3 : 2;
    const gradeJudged = judgedFor(r, gradeModel.definition, () => relation, rank < 5);
    const matrixJudged = (q: Quadrant) => judgedFor(r, matrixModel.definition, (axis) => (axis === 'ability' ? targets[q].ability : targets[q].attractiveness));
    const nowJudged = matrixJudged(quadrant);
    // Every fourth account stood in another quadrant last quarter; the others were judged the same.
    const before = rank % 4 === 1 ? PREVIOUS[quadrant] : undefined;
    const rounds = [
      { on: previousOn, metrics: previous.metrics.get(account.id) ?? {}, matrixJudged: before ? matrixJudged(before) : nowJudged },
      { on: currentOn, metrics: now.metrics.get(account.id) ?? {}, matrixJudged: nowJudged },
    ];
    for (const round of rounds) {
      const sheets = { grade: score(gradeModel.definition, round.metrics, gradeJudged), matrix: score(matrixModel.definition, round.metrics, round.matrixJudged) };
      for (const [kind, model] of [['grade', gradeModel], ['matrix', matrixModel]] as const) {
        const sheet = sheets[kind];
        rows.push({ accountId: account.id, modelId: model.id, modelVersion: model.version, evaluatedOn: round.on, authorId: account.ownerId, source: 'manual', judged: judgedOf(sheet), metrics: round.metrics, result: sheet, ...summaryOf(sheet), createdAt: new Date(`${round.on}T10:00:00+08:00`) });
      }
      current.set(account.id, sheets);
    }
  }
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 500) await tx.insert(accountEvaluations).values(rows.slice(i, i + 500));
    const gradedAt = new Date(`${DEMO_EVALUATION_DATES[1]}T10:00:00+08:00`);
    for (const [id, sheets] of current) {
      await tx
        .update(accounts)
        .set({ currentGrade: sheets.grade.kind === 'grade' ? sheets.grade.grade : null, currentQuadrant: sheets.matrix.kind === 'matrix' ? sheets.matrix.quadrant : null, gradedAt })
        .where(eq(accounts.id, id));
    }
  });
  return rows.length;
}

function score(model: ScoringModel, metrics: Parameters<typeof scoreAccount>[1]['metrics'], judged: JudgedScores): ScoreSheet {
  const scored = scoreAccount(model, { metrics, judged });
  if (!scored.ok) throw new Error(`demo evaluation does not score: ${scored.issues[0].message}`);
  return scored.sheet;
}

// The judged scores as stored with an evaluation: the scored criteria with their comments.
const judgedOf = (sheet: ScoreSheet) =>
  Object.fromEntries(sheet.criteria.flatMap((c) => (c.status === 'scored' && c.evidence.kind === 'judgement' ? [[c.key, { score: c.score, comment: c.evidence.comment }]] : [])));
