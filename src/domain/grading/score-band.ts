import type { ComputedSource } from './model.ts';

// The band of a computed criterion a metric value falls in, so the UI can show the data behind a
// score: "¥3,200,000 → band ¥2m–¥5m → 3 points". lower/upper are null for the open-ended bands.
export type ScoreBand = {
  index: number;
  lower: number | null;
  upper: number | null;
  // Which end of the band holds a value equal to it: always the end nearer the better score.
  inclusiveEnd: 'lower' | 'upper';
  score: number;
};

// GRD-1: a value equal to a breakpoint earns the better score. Higher-is-better bands are
// [lower, upper) ("at least ¥5m → 5"); lower-is-better bands are (lower, upper] ("within 30
// days → 5"). Assumes a valid source (validateModel): ascending breakpoints, n + 1 scores.
export function scoreBand(source: ComputedSource, value: number): ScoreBand {
  const isHigherBetter = source.direction === 'higher_is_better';
  const index = source.breakpoints.filter((b) => (isHigherBetter ? b <= value : b < value)).length;
  return {
    index,
    lower: index > 0 ? source.breakpoints[index - 1] : null,
    upper: index < source.breakpoints.length ? source.breakpoints[index] : null,
    inclusiveEnd: isHigherBetter ? 'lower' : 'upper',
    score: source.scores[index],
  };
}
