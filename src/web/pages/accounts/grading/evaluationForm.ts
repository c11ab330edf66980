import type { Criterion, JudgedScore, ScoringModel as ModelDefinition } from '../../../../domain/grading/index.ts';
import type { ScoringModel } from '../../../api/grading.queries.ts';

// The evaluation form's values: per judged criterion a score (empty: not judged this time, the
// criterion is left out) and the comment that says why.
export type JudgedValues = Record<string, { score?: number | null; comment?: string } | undefined>;

// The API sends a model's definition with plain strings where the domain has unions; the server
// validated it (validateModel) before storing, so it is the domain's ScoringModel.
export const definitionOf = (model: ScoringModel): ModelDefinition => model.definition as unknown as ModelDefinition;

export const judgedCriteria = (definition: ModelDefinition): Criterion[] => definition.criteria.filter((c) => c.source.type === 'judged');

// The model to propose: a grade model made for the account's customer type (the dealer model for
// a dealer, GRD-2), else the default grade model, else the first active model that fits.
export function proposedModel(models: readonly ScoringModel[], customerType: string | null | undefined): ScoringModel | undefined {
  const active = models.filter((m) => m.isActive);
  const grade = active.filter((m) => m.kind === 'grade');
  const forType = customerType ? grade.filter((m) => m.customerType === customerType) : [];
  return (
    forType.find((m) => m.isDefault) ??
    forType[0] ??
    grade.find((m) => m.isDefault && m.customerType === null) ??
    active.find((m) => m.customerType === null || m.customerType === customerType) ??
    active[0]
  );
}

// The last evaluation's judgements as the form's starting point.
export function initialJudged(definition: ModelDefinition, last: Readonly<Record<string, JudgedScore>>): JudgedValues {
  return Object.fromEntries(judgedCriteria(definition).map((c) => [c.key, last[c.key] ? { ...last[c.key] } : { score: null, comment: '' }]));
}

const hasScore = (value: { score?: number | null } | undefined): value is { score: number; comment?: string } => typeof value?.score === 'number';

// What is sent: only the criteria that were scored, comments trimmed (the server requires one).
export function judgedBody(values: JudgedValues | undefined): Record<string, JudgedScore> {
  return Object.fromEntries(
    Object.entries(values ?? {})
      .filter((entry): entry is [string, { score: number; comment?: string }] => hasScore(entry[1]))
      .map(([key, v]) => [key, { score: v.score, comment: (v.comment ?? '').trim() }]),
  );
}

// For the live preview a score counts before its comment is written (the form still asks for it).
export function previewJudged(values: JudgedValues | undefined): Record<string, JudgedScore> {
  return Object.fromEntries(Object.entries(judgedBody(values)).map(([key, v]) => [key, { score: v.score, comment: v.comment || '…' }]));
}

// `GRADING_COMMENT_REQUIRED` etc. from a field problem's message ("COMMENT_REQUIRED: …").
export const issueCodeOf = (message: string): string | undefined => /^([A-Z][A-Z_]+):/.exec(message)?.[1];
