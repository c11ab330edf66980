import { addDays, addMonths, type DateRange } from './calendar.ts';

export type MetricWindows = { year: DateRange; previousYear: DateRange; quarter: DateRange };

// The periods the server sums sales over for the metrics of a reference date (inclusive ranges).
// Rolling, not calendar, periods: a grade computed on any day compares like with like (a
// re-grading in March does not see a quarter of this year against a full last year).
// year: the 12 months ending on the reference date; previousYear: the 12 months before them;
// quarter: the 3 months ending on the reference date. Counting back from the day after the
// reference date keeps month ends whole: on 2025-06-30 the quarter is 2025-04-01…2025-06-30.
export function metricWindows(referenceDate: string): MetricWindows {
  const dayAfter = addDays(referenceDate, 1);
  const yearFrom = addMonths(dayAfter, -12);
  return {
    year: { from: yearFrom, to: referenceDate },
    previousYear: { from: addMonths(dayAfter, -24), to: addDays(yearFrom, -1) },
    quarter: { from: addMonths(dayAfter, -3), to: referenceDate },
  };
}
