import {
  AXES,
  DEFAULT_GRADE_MODEL,
  round2,
  SCALE_RANGE,
  type Axis,
  type ComputedSource,
  type Criterion,
  type Direction,
  type GradeThreshold,
  type LocalizedText,
  type MetricKey,
  type Scale,
  type ScoringModel,
} from '../../../../domain/grading/index.ts';
import type { CreateScoringModelBody, ScoringModelRecord, UpdateScoringModelBody } from '../../../api/scoringModels.queries.ts';

// The model as the editor holds it: the domain's definition (amounts in fen, as stored) plus the
// two fields kept beside it. Every edit makes a new object, so "unsaved" is a comparison.
export type ModelDraft = { definition: ScoringModel; customerType: string | null; isDefault: boolean };

// The API's definition is the domain's shape with looser types (strings for the enums).
export const draftOf = (model: ScoringModelRecord): ModelDraft => ({
  definition: model.definition as unknown as ScoringModel,
  customerType: model.customerType,
  isDefault: model.isDefault,
});

// A new model starts as a copy of an existing one: same criteria, its own name, not the default.
export function copyDraft(model: ScoringModelRecord, suffix: LocalizedText): ModelDraft {
  const { definition } = draftOf(model);
  const name = { 'zh-CN': `${definition.name['zh-CN']}${suffix['zh-CN']}`, 'en-US': `${definition.name['en-US']}${suffix['en-US']}` };
  return { definition: { ...definition, name }, customerType: model.customerType, isDefault: false };
}

// The sum of the weights that must come to 100: the model's, or each axis's of a matrix.
export type WeightSum = { axis: Axis | null; sum: number; isOk: boolean };
export function weightSums(definition: ScoringModel): WeightSum[] {
  const sumOf = (criteria: readonly Criterion[]) => round2(criteria.reduce((total, c) => total + (Number.isFinite(c.weight) ? c.weight : 0), 0));
  const groups = definition.kind === 'matrix' ? AXES.map((axis) => ({ axis, criteria: definition.criteria.filter((c) => c.axis === axis) })) : [{ axis: null, criteria: definition.criteria }];
  return groups.map(({ axis, criteria }) => {
    const sum = sumOf(criteria);
    return { axis, sum, isOk: sum === 100 };
  });
}

const hasText = (text: LocalizedText | undefined): text is LocalizedText => Boolean(text && (text['zh-CN'].trim() || text['en-US'].trim()));

// Only what the kind and the source use is sent: a criterion switched from computed to judged
// leaves its breakpoints behind, a grade model sends no axes.
function criterionBody(criterion: Criterion, kind: ScoringModel['kind']): Criterion {
  const { source } = criterion;
  return {
    key: criterion.key.trim(),
    name: criterion.name,
    ...(hasText(criterion.hint) ? { hint: criterion.hint } : {}),
    weight: criterion.weight,
    scale: criterion.scale,
    source:
      source.type === 'computed'
        ? { type: 'computed', metric: source.metric, direction: source.direction, breakpoints: [...source.breakpoints], scores: [...source.scores] }
        : { type: 'judged' },
    ...(kind === 'matrix' && criterion.axis ? { axis: criterion.axis } : {}),
    ...(criterion.group ? { group: criterion.group } : {}),
  };
}

export function definitionBody(definition: ScoringModel): ScoringModel {
  const base = {
    name: { 'zh-CN': definition.name['zh-CN'].trim(), 'en-US': definition.name['en-US'].trim() },
    criteria: definition.criteria.map((c) => criterionBody(c, definition.kind)),
    ...(definition.groups && definition.groups.length > 0 ? { groups: definition.groups } : {}),
  };
  return definition.kind === 'grade'
    ? { kind: 'grade', ...base, thresholds: definition.thresholds.map((t) => ({ grade: t.grade.trim(), minTotal: t.minTotal })) }
    : { kind: 'matrix', ...base, split: definition.split };
}

// The API's definition type is the looser generated one; the domain's is assignable to it.
const apiDefinition = (definition: ScoringModel) => definitionBody(definition) as unknown as CreateScoringModelBody['definition'];

export const createBody = (draft: ModelDraft): CreateScoringModelBody => ({
  definition: apiDefinition(draft.definition),
  customerType: draft.customerType,
  isDefault: draft.isDefault,
});

export const updateBody = (draft: ModelDraft, version: number): UpdateScoringModelBody => ({ version, ...createBody(draft) });

// --- criteria --------------------------------------------------------------------------------

// Scores spread evenly over a scale from the worst band to the best (1, 2, 3, 4, 5 for five
// bands on 1–5), reversed when lower values are better.
export function evenScores(scale: Scale, bands: number, direction: Direction): number[] {
  const { min, max, isIntegerOnly } = SCALE_RANGE[scale];
  const scores = Array.from({ length: bands }, (_, i) => {
    const value = bands === 1 ? max : min + ((max - min) * i) / (bands - 1);
    return isIntegerOnly ? Math.round(value) : round2(value);
  });
  return direction === 'lower_is_better' ? scores.reverse() : scores;
}

// A sensible start for a metric: the ready model's bands where it has them, else quartiles of a
// percentage.
export function defaultComputedSource(metric: MetricKey, scale: Scale): ComputedSource {
  const ready = DEFAULT_GRADE_MODEL.criteria.find((c) => c.source.type === 'computed' && c.source.metric === metric)?.source;
  if (ready?.type === 'computed') return { ...ready, scores: evenScores(scale, ready.breakpoints.length + 1, ready.direction) };
  return { type: 'computed', metric, direction: 'higher_is_better', breakpoints: [25, 50, 75], scores: evenScores(scale, 4, 'higher_is_better') };
}

const existingKeys = (definition: ScoringModel) => new Set(definition.criteria.map((c) => c.key));

// A blank judged criterion with a free key (criterion1, criterion2 …); the weight is left at 0 so
// that the weight check asks where its share comes from.
export function newCriterion(definition: ScoringModel): Criterion {
  const keys = existingKeys(definition);
  let n = definition.criteria.length + 1;
  while (keys.has(`criterion${n}`)) n += 1;
  return {
    key: `criterion${n}`,
    name: { 'zh-CN': '', 'en-US': '' },
    weight: 0,
    scale: '1-5',
    source: { type: 'judged' },
    ...(definition.kind === 'matrix' ? { axis: 'attractiveness' as const } : {}),
  };
}

export function withSourceType(criterion: Criterion, type: 'computed' | 'judged'): Criterion {
  if (criterion.source.type === type) return criterion;
  return { ...criterion, source: type === 'judged' ? { type: 'judged' } : defaultComputedSource('annualPurchase', criterion.scale) };
}

// Band scores carried to another scale at the same height (1–5's 2 is 0–100's 25).
export function rescaleScores(scores: readonly number[], from: Scale, to: Scale): number[] {
  if (from === to) return [...scores];
  const a = SCALE_RANGE[from];
  const b = SCALE_RANGE[to];
  return scores.map((s) => {
    const value = b.min + ((s - a.min) / (a.max - a.min)) * (b.max - b.min);
    return b.isIntegerOnly ? Math.min(b.max, Math.max(b.min, Math.round(value))) : round2(value);
  });
}

export function withScale(criterion: Criterion, scale: Scale): Criterion {
  const { source } = criterion;
  return { ...criterion, scale, source: source.type === 'computed' ? { ...source, scores: rescaleScores(source.scores, criterion.scale, scale) } : source };
}

// Turning the direction round keeps the bands and turns their scores round, so the best band
// stays the best.
export const withDirection = (source: ComputedSource, direction: Direction): ComputedSource =>
  source.direction === direction ? source : { ...source, direction, scores: [...source.scores].reverse() };

// A new top band above the last breakpoint, scored like the band it was split from.
export function addBreakpoint(source: ComputedSource): ComputedSource {
  const { breakpoints, scores } = source;
  const last = breakpoints.at(-1);
  const step = breakpoints.length >= 2 ? breakpoints[breakpoints.length - 1] - breakpoints[breakpoints.length - 2] : Math.abs(last ?? 0) || 10;
  const next = last === undefined ? 0 : last + step;
  return { ...source, breakpoints: [...breakpoints, next], scores: [...scores, scores.at(-1) ?? 0] };
}

// Removing a breakpoint joins the two bands around it; the lower band's score stays.
export function removeBreakpoint(source: ComputedSource, index: number): ComputedSource {
  return { ...source, breakpoints: source.breakpoints.filter((_, i) => i !== index), scores: source.scores.filter((_, i) => i !== index + 1) };
}

export const replaceAt = <T>(list: readonly T[], index: number, value: T): T[] => list.map((item, i) => (i === index ? value : item));

// The item at `index` one place up (-1) or down (1).
export function moveItem<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

// --- grade thresholds --------------------------------------------------------------------------

// A new grade goes just above the lowest one, halfway between it and the grade above.
export function addThreshold(thresholds: readonly GradeThreshold[]): GradeThreshold[] {
  if (thresholds.length === 0) return [{ grade: 'A', minTotal: 0 }];
  const lowest = thresholds[thresholds.length - 1];
  const above = thresholds.length >= 2 ? thresholds[thresholds.length - 2].minTotal : 100;
  const minTotal = Math.round((lowest.minTotal + above) / 2);
  return [...thresholds.slice(0, -1), { grade: '', minTotal }, lowest];
}
