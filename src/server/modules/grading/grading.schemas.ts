import { z } from 'zod';
import { pageQuery } from '../../lib/pagination.ts';
import { optionalText, text } from '../../lib/schemas.ts';

// Request and response shapes of the grading API. A model's definition is checked here for its
// shape only (types, sizes); its rules (weights add up to 100, breakpoints ascending …) are the
// domain's validateModel(), whose issues come back as 400 with paths under `definition.`.
const label = z.string().max(200);
const localized = z.object({ 'zh-CN': label, 'en-US': label }).meta({ id: 'LocalizedText' });
const finite = z.number().min(-1e15).max(1e15);

const criterionSource = z
  .object({
    type: z.string().max(20),
    metric: z.string().max(40).optional(),
    direction: z.string().max(40).optional(),
    breakpoints: z.array(finite).max(20).optional(),
    scores: z.array(finite).max(21).optional(),
  })
  .meta({ id: 'CriterionSource' });

const criterion = z
  .object({
    key: z.string().max(60),
    name: localized,
    hint: localized.optional(),
    weight: finite,
    scale: z.string().max(10),
    source: criterionSource,
    axis: z.string().max(20).optional(),
    group: z.string().max(60).optional(),
  })
  .meta({ id: 'Criterion' });

export const modelDefinition = z
  .object({
    kind: z.string().max(10),
    name: localized,
    criteria: z.array(criterion).max(60),
    groups: z.array(z.object({ key: z.string().max(60), name: localized })).max(20).optional(),
    thresholds: z.array(z.object({ grade: z.string().max(20), minTotal: finite })).max(20).optional(),
    split: z.object({ attractiveness: finite, ability: finite }).optional(),
  })
  .meta({ id: 'ScoringModelDefinition' });
export type ModelDefinition = z.infer<typeof modelDefinition>;

const modelFields = {
  customerType: optionalText(50),
  isDefault: z.boolean().optional(),
};
export const createModelBody = z.strictObject({ definition: modelDefinition, ...modelFields });
export const updateModelBody = z.strictObject({ version: z.number().int().min(1), definition: modelDefinition.optional(), isActive: z.boolean().optional(), ...modelFields });
export type CreateModelInput = z.infer<typeof createModelBody>;
export type UpdateModelInput = z.infer<typeof updateModelBody>;

export const scoringModelSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['grade', 'matrix']),
    name: localized,
    definition: modelDefinition,
    customerType: z.string().nullable(),
    isDefault: z.boolean(),
    isActive: z.boolean(),
    readyKey: z.string().nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
    version: z.number().int(),
  })
  .meta({ id: 'ScoringModel' });

export const listModelsQuery = z.object({
  kind: z.enum(['grade', 'matrix']).optional(),
  isActive: z.enum(['true', 'false']).optional(),
});
export const modelListSchema = z.object({ items: z.array(scoringModelSchema), total: z.number().int() }).meta({ id: 'ScoringModelList' });

// --- evaluations -----------------------------------------------------------------------------

const judgedScore = z.object({ score: z.number().min(-1e6).max(1e6), comment: z.string().max(2000) });
export const createEvaluationBody = z.strictObject({
  modelId: z.uuid(),
  judged: z.record(z.string().max(60), judgedScore).default({}),
  comment: optionalText(2000),
});
export type CreateEvaluationInput = z.infer<typeof createEvaluationBody>;

const metricValues = z.record(z.string(), z.number().nullable()).meta({ id: 'MetricValues' });

const evidence = z
  .object({
    kind: z.enum(['metric', 'judgement']),
    metric: z.string().optional(),
    value: z.number().optional(),
    band: z.object({ index: z.number().int(), lower: z.number().nullable(), upper: z.number().nullable(), inclusiveEnd: z.enum(['lower', 'upper']), score: z.number() }).optional(),
    comment: z.string().optional(),
  })
  .meta({ id: 'Evidence' });

const criterionResult = z
  .object({
    key: z.string(),
    source: z.enum(['computed', 'judged']),
    weight: z.number(),
    axis: z.string().optional(),
    group: z.string().optional(),
    status: z.enum(['scored', 'missing']),
    metric: z.string().optional(),
    score: z.number().optional(),
    percent: z.number().optional(),
    evidence: evidence.optional(),
    effectiveWeight: z.number(),
    points: z.number(),
  })
  .meta({ id: 'CriterionResult' });

export const scoreSheetSchema = z
  .object({
    kind: z.enum(['grade', 'matrix']),
    criteria: z.array(criterionResult),
    missing: z.array(z.string()),
    groups: z.array(z.object({ key: z.string(), total: z.number().nullable() })),
    total: z.number().nullable().optional(),
    grade: z.string().nullable().optional(),
    axes: z.object({ attractiveness: z.number().nullable(), ability: z.number().nullable() }).optional(),
    point: z.object({ attractiveness: z.number(), ability: z.number() }).nullable().optional(),
    quadrant: z.string().nullable().optional(),
  })
  .meta({ id: 'ScoreSheet' });

const dateRange = z.object({ from: z.string(), to: z.string() });
export const evaluationDraftSchema = z
  .object({
    accountId: z.uuid(),
    modelId: z.uuid(),
    modelVersion: z.number().int(),
    referenceDate: z.string(),
    windows: z.object({ year: dateRange, previousYear: dateRange, quarter: dateRange }),
    metrics: metricValues,
    companyAverageMarginPercent: z.number().nullable(),
    sheet: scoreSheetSchema,
    // The judged scores of the account's latest evaluation with this model, to start from.
    lastJudged: z.record(z.string(), judgedScore),
  })
  .meta({ id: 'EvaluationDraft' });

export const evaluationSchema = z
  .object({
    id: z.uuid(),
    accountId: z.uuid(),
    modelId: z.uuid(),
    modelVersion: z.number().int(),
    modelName: localized,
    evaluatedOn: z.string(),
    authorId: z.uuid().nullable(),
    authorName: z.string().nullable(),
    source: z.enum(['manual', 'regrade']),
    judged: z.record(z.string(), judgedScore),
    metrics: metricValues,
    result: scoreSheetSchema,
    total: z.number().nullable(),
    grade: z.string().nullable(),
    attractiveness: z.number().nullable(),
    ability: z.number().nullable(),
    quadrant: z.string().nullable(),
    comment: z.string().nullable(),
    createdAt: z.date(),
  })
  .meta({ id: 'AccountEvaluation' });

export const listEvaluationsQuery = z.object({ limit: pageQuery.limit, offset: pageQuery.offset, modelId: z.uuid().optional() });
export const evaluationListSchema = z.object({ items: z.array(evaluationSchema), total: z.number().int() }).meta({ id: 'AccountEvaluationList' });
export const draftQuery = z.object({ modelId: z.uuid() });

// --- matrix and re-grading -------------------------------------------------------------------

export const matrixQuery = z.object({
  modelId: z.uuid(),
  ownerId: z.uuid().optional(),
  region: text(100).optional(),
  industry: text(100).optional(),
});
export type MatrixQuery = z.infer<typeof matrixQuery>;

const point = z.object({ attractiveness: z.number(), ability: z.number(), quadrant: z.string().nullable(), evaluatedOn: z.string() });
export const matrixSchema = z
  .object({
    modelId: z.uuid(),
    split: z.object({ attractiveness: z.number(), ability: z.number() }),
    items: z.array(
      z.object({
        accountId: z.uuid(),
        accountName: z.string(),
        ownerId: z.uuid().nullable(),
        grade: z.string().nullable(),
        salesFen: z.number().int(),
        current: point,
        previous: point.nullable(),
      }),
    ),
    total: z.number().int(),
  })
  .meta({ id: 'ScreeningMatrix' });

export const regradeBody = z.strictObject({ modelId: z.uuid() });
export const gradingJobSchema = z
  .object({
    id: z.uuid(),
    modelId: z.uuid(),
    status: z.enum(['running', 'done', 'failed']),
    done: z.number().int(),
    total: z.number().int(),
    changedCount: z.number().int(),
    changed: z.array(z.object({ accountId: z.uuid(), from: z.string().nullable(), to: z.string().nullable() })),
    startedAt: z.date(),
    finishedAt: z.date().nullable(),
    error: z.string().nullable(),
  })
  .meta({ id: 'GradingJob' });
