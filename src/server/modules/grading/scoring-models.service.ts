import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import { DEALER_MODEL, DEFAULT_GRADE_MODEL, SCREENING_MATRIX_MODEL, validateModel, type ScoringModel } from '../../../domain/grading/index.ts';
import type { Db, Executor } from '../../db/connection.ts';
import type { Actor } from '../../auth/current-user.ts';
import { AppError, versionConflict } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { GradingErrors, issuesError } from './grading.errors.ts';
import { scoringModels } from './grading.schema.ts';
import type { CreateModelInput, ModelDefinition, UpdateModelInput } from './grading.schemas.ts';

// GRD-1/GRD-2/GRD-3 scoring models. The three ready models are written on first use (not in the
// migration, so that they always come from the domain's current definitions): one row per
// ready_key, inserted with ON CONFLICT DO NOTHING, so concurrent first reads are harmless and a
// director's later edits are never overwritten.
const READY_MODELS: readonly { readyKey: string; definition: ScoringModel; customerType: string | null; isDefault: boolean }[] = [
  { readyKey: 'grade', definition: DEFAULT_GRADE_MODEL, customerType: null, isDefault: true },
  { readyKey: 'dealer', definition: DEALER_MODEL, customerType: 'dealer', isDefault: false },
  { readyKey: 'matrix', definition: SCREENING_MATRIX_MODEL, customerType: null, isDefault: true },
];

let isSeeded = new WeakSet<object>();
export async function ensureReadyModels(db: Executor): Promise<void> {
  if (isSeeded.has(db)) return;
  await db
    .insert(scoringModels)
    .values(READY_MODELS.map((m) => ({ ...m, kind: m.definition.kind, nameZh: m.definition.name['zh-CN'], nameEn: m.definition.name['en-US'] })))
    .onConflictDoNothing();
  isSeeded.add(db);
}
// Tests that restore or truncate a database start over.
export const forgetSeeding = () => {
  isSeeded = new WeakSet<object>();
};

type ModelRow = typeof scoringModels.$inferSelect;
// The stored definition is the domain's (readonly) ScoringModel; the response schema's shape is the same data.
export const modelView = ({ nameZh, nameEn, createdBy: _createdBy, definition, ...row }: ModelRow) => ({
  ...row,
  definition: definition as unknown as ModelDefinition,
  name: { 'zh-CN': nameZh, 'en-US': nameEn },
});

// The domain decides whether a definition is usable; its issues name the field under `definition.`.
function checkedDefinition(definition: unknown): ScoringModel {
  const issues = validateModel(definition as ScoringModel);
  if (issues.length > 0) throw issuesError(issues, 'definition.');
  return definition as ScoringModel;
}

export async function listModels(db: Executor, q: { kind?: 'grade' | 'matrix'; isActive?: 'true' | 'false' }) {
  await ensureReadyModels(db);
  const where: SQL | undefined = and(q.kind ? eq(scoringModels.kind, q.kind) : undefined, q.isActive ? eq(scoringModels.isActive, q.isActive === 'true') : undefined);
  const rows = await db.select().from(scoringModels).where(where).orderBy(asc(scoringModels.kind), desc(scoringModels.isDefault), asc(scoringModels.createdAt), asc(scoringModels.id));
  return { items: rows.map(modelView), total: rows.length };
}

export async function getModelRow(db: Executor, id: string): Promise<ModelRow> {
  await ensureReadyModels(db);
  const [row] = await db.select().from(scoringModels).where(eq(scoringModels.id, id));
  if (!row) throw new AppError(GradingErrors.GRADING_MODEL_NOT_FOUND);
  return row;
}

export const getModel = async (db: Executor, id: string) => modelView(await getModelRow(db, id));

// A model one may evaluate with: present and active.
export async function usableModel(db: Executor, id: string): Promise<ModelRow> {
  const row = await getModelRow(db, id);
  if (!row.isActive) throw new AppError(GradingErrors.GRADING_MODEL_INACTIVE);
  return row;
}

export async function createModel(db: Db, actor: Actor, input: CreateModelInput) {
  const definition = checkedDefinition(input.definition);
  const created = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(scoringModels)
      .values({
        kind: definition.kind,
        nameZh: definition.name['zh-CN'],
        nameEn: definition.name['en-US'],
        definition,
        customerType: input.customerType ?? null,
        isDefault: input.isDefault ?? false,
        createdBy: actor.id,
      })
      .returning();
    await recordAudit(tx, actor, { entityType: 'scoring_model', entityId: row.id, action: 'create', after: row });
    return row;
  });
  return modelView(created);
}

// Changing a model does not touch past evaluations: each keeps the model version it was scored with.
export async function updateModel(db: Db, actor: Actor, id: string, input: UpdateModelInput) {
  const definition = input.definition === undefined ? undefined : checkedDefinition(input.definition);
  const updated = await db.transaction(async (tx) => {
    const [before] = await tx.select().from(scoringModels).where(eq(scoringModels.id, id)).for('update');
    if (!before) throw new AppError(GradingErrors.GRADING_MODEL_NOT_FOUND);
    if (before.version !== input.version) throw versionConflict();
    if (definition && definition.kind !== before.kind) {
      throw new AppError(GradingErrors.GRADING_MODEL_KIND_CHANGED, undefined, { errors: [{ path: 'definition.kind', message: `must stay ${before.kind}` }] });
    }
    const [row] = await tx
      .update(scoringModels)
      .set({
        ...(definition ? { definition, nameZh: definition.name['zh-CN'], nameEn: definition.name['en-US'] } : {}),
        ...(input.customerType !== undefined ? { customerType: input.customerType } : {}),
        ...(input.isDefault !== undefined ? { isDefault: input.isDefault } : {}),
        ...(input.isActive !== undefined ? { isActive: input.isActive } : {}),
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(scoringModels.id, id), eq(scoringModels.version, input.version)))
      .returning();
    if (!row) throw versionConflict();
    await recordAudit(tx, actor, { entityType: 'scoring_model', entityId: id, action: 'update', before, after: row });
    return row;
  });
  return modelView(updated);
}
