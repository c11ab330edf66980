// The default company time zone (SPEC: Asia/Shanghai) for calendar dates and quarters.
export const COMPANY_TIME_ZONE = 'Asia/Shanghai';

// Calendar dates in the company's time zone (default Asia/Shanghai): a Date → 'YYYY-MM-DD'.
export function todayIn(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
