// GRD-1 scoring models: the definition a director edits (criteria, weights, breakpoints, grade
// thresholds). Pure data without ids, so the same shape is stored, sent over the API and shipped
// as the ready models in this folder. validateModel() checks one before it is used.

export type Locale = 'zh-CN' | 'en-US';
export type LocalizedText = Readonly<Record<Locale, string>>;

// 'grade': one weighted total (0–100) → a grade (A/B/C/D …).
// 'matrix': two weighted totals, one per axis, → a quadrant of the screening matrix (GRD-3).
export const MODEL_KINDS = ['grade', 'matrix'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

export const SCALES = ['1-5', '0-100'] as const;
export type Scale = (typeof SCALES)[number];
export const SCALE_RANGE: Readonly<Record<Scale, { min: number; max: number; isIntegerOnly: boolean }>> = {
  // A five-point judgement: whole points only, so two people mean the same by "4".
  '1-5': { min: 1, max: 5, isIntegerOnly: true },
  '0-100': { min: 0, max: 100, isIntegerOnly: false },
};

// Metrics the system computes from sales facts (sales-metrics.ts gives units and formulas).
export const METRIC_KEYS = [
  'annualPurchase',
  'quarterlyPurchase',
  'highMarginPurchase',
  'marginVsAverage',
  'purchaseGrowthYoY',
  'paymentDays',
  'paidRatio',
  'purchaseConcentration',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];
export type MetricValues = Partial<Record<MetricKey, number | null>>;

export const DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const;
export type Direction = (typeof DIRECTIONS)[number];

// breakpoints: n strictly ascending thresholds cutting the metric's range into n + 1 bands;
// scores: the n + 1 scores of those bands, lowest band first. A value equal to a breakpoint falls
// on the better side of it (score-band.ts), e.g. "at least ¥5m" or "paid within 30 days".
export type ComputedSource = {
  type: 'computed';
  metric: MetricKey;
  direction: Direction;
  breakpoints: readonly number[];
  scores: readonly number[];
};
// A person gives the score, with a comment that says why (score-account.ts).
export type JudgedSource = { type: 'judged' };
export type CriterionSource = ComputedSource | JudgedSource;

export const AXES = ['attractiveness', 'ability'] as const;
export type Axis = (typeof AXES)[number];

export type Criterion = {
  key: string;
  name: LocalizedText;
  // What a high score means, shown next to a judged criterion ("5 = …").
  hint?: LocalizedText;
  weight: number;
  scale: Scale;
  source: CriterionSource;
  // Matrix models only: the axis the criterion counts towards.
  axis?: Axis;
  // Optional grouping for display and subtotals (the dealer model's four groups, GRD-2).
  group?: string;
};

export type CriterionGroup = { key: string; name: LocalizedText };

// Highest grade first; an account gets the first grade whose minTotal its total reaches.
export type GradeThreshold = { grade: string; minTotal: number };

// Where each axis of the matrix splits low from high (0–100; a value equal to it is high).
export type AxisSplit = Readonly<Record<Axis, number>>;
export const DEFAULT_SPLIT: AxisSplit = { attractiveness: 50, ability: 50 };

type ModelBase = {
  name: LocalizedText;
  criteria: readonly Criterion[];
  groups?: readonly CriterionGroup[];
};
export type GradeModel = ModelBase & { kind: 'grade'; thresholds: readonly GradeThreshold[] };
export type MatrixModel = ModelBase & { kind: 'matrix'; split: AxisSplit };
export type ScoringModel = GradeModel | MatrixModel;

export const DEFAULT_GRADES = ['A', 'B', 'C', 'D'] as const;
