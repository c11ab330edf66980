import type { ApprovalListItem } from '../../api/approvals.queries.ts';
import type { Locale } from '../../i18n/locales.ts';

type Status = ApprovalListItem['status'];

export const STATUS_COLORS: Record<Status, string> = {
  pending: 'processing',
  no_approver: 'error',
  approved: 'success',
  rejected: 'default',
  returned: 'warning',
  withdrawn: 'default',
};

// Approval amounts are read in yuan (a visit budget, an expense claim), not in 万元.
export function formatYuan(fen: number | null | undefined, locale: Locale): string {
  if (fen === null || fen === undefined) return '—';
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', currencyDisplay: locale === 'zh-CN' ? 'narrowSymbol' : 'code', minimumFractionDigits: 0, maximumFractionDigits: 2 })
    .format(fen / 100)
    .replace(/\u00a0/g, ' ');
}

// An input's yuan → whole fen for the API (never a float).
export const yuanToFen = (yuan: number | null | undefined): number | null => (yuan === null || yuan === undefined || !Number.isFinite(yuan) ? null : Math.round(yuan * 100));
export const fenToYuan = (fen: number | null | undefined): number | null => (fen === null || fen === undefined ? null : fen / 100);
