// Date-only arithmetic on 'YYYY-MM-DD' strings (company calendar dates, ARCHITECTURE: shown in
// Asia/Shanghai). Computed in UTC so the machine's own time zone never shifts a day.

const DAY_MS = 86_400_000;

const toUtc = (date: string): Date => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) throw new RangeError(`Not a calendar date: ${date}`);
  return parsed;
};
const fromUtc = (d: Date): string => d.toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));
}

// Month arithmetic clamps to the end of a shorter month: 2024-02-29 − 12 months = 2023-02-28.
export function addMonths(date: string, months: number): string {
  const d = toUtc(date);
  const firstOfTarget = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return fromUtc(firstOfTarget);
}

// Days from one date to another (to − from); inclusive counts add 1.
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}

// An inclusive range of calendar dates.
export type DateRange = { from: string; to: string };

export type CalendarQuarter = DateRange & { label: string };

export function quarterOf(date: string): CalendarQuarter {
  const d = toUtc(date);
  const year = d.getUTCFullYear();
  const q = Math.floor(d.getUTCMonth() / 3);
  const from = fromUtc(new Date(Date.UTC(year, q * 3, 1)));
  const to = fromUtc(new Date(Date.UTC(year, q * 3 + 3, 0)));
  return { from, to, label: `${year}-Q${q + 1}` };
}
