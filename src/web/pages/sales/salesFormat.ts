// Sales figures as people read them on a sales sheet: yuan with the ¥ sign and two decimals
// (¥11,920.00), exactly from integer fen — not the 万 of company figures (money.ts).
const group = (digits: string) => new Intl.NumberFormat('en-US').format(BigInt(digits));

export function formatYuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—';
  const abs = Math.abs(fen);
  const text = `¥${group(String(Math.floor(abs / 100)))}.${String(abs % 100).padStart(2, '0')}`;
  return fen < 0 ? `-${text}` : text;
}

// 万 for the totals of a period from ¥10万 up: ¥1,234.57万 (zh-CN); yuan in English.
export function formatYuanShort(fen: number, locale: string): string {
  if (locale === 'zh-CN' && Math.abs(fen) >= 100_000_00) {
    return `${fen < 0 ? '-' : ''}¥${new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(fen) / 1_000_000)}万`;
  }
  return formatYuan(fen);
}

// An input's yuan (two decimals at most) → whole fen for the API, and back.
export const yuanToFen = (yuan: number | null | undefined): number | null =>
  yuan === null || yuan === undefined || !Number.isFinite(yuan) ? null : Math.round(yuan * 100);
export const fenToYuan = (fen: number | null | undefined): number | null => (fen === null || fen === undefined ? null : fen / 100);

// Up to three decimals, grouped: 1,200 · 17.5 · 2.375.
export const formatQuantity = (quantity: number): string => new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }).format(quantity);
