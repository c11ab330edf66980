// Totals, shares and metrics are shown with two decimals, and the rounded number is the one that
// is compared with thresholds and breakpoints: what the user sees decides, and float noise
// (0.3 − 0.25 = 0.04999…) never drops an account below a boundary it visibly reaches.
export function round2(value: number): number {
  const rounded = Math.round(value * 100 + Math.sign(value) * 1e-9) / 100;
  return rounded === 0 ? 0 : rounded;
}

// part / whole in percent with two decimals; undefined when the whole is not positive.
export function percentOf(part: number, whole: number): number | undefined {
  if (!(whole > 0)) return undefined;
  return round2((part / whole) * 100);
}
