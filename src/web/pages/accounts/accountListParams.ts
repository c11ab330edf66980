import { CUSTOMER_TYPES, INDUSTRIES, LIFECYCLE_STAGES, OWNERSHIP_TYPES, REGIONS } from '../../../domain/accounts/lists.ts';
import type { AccountListQuery } from '../../api/accounts.queries.ts';

// The account list's filters, sort and page live in the address bar (reload, bookmark, share);
// a saved view stores the same values plus the visible columns.
export const SORTABLE_ACCOUNT_FIELDS = ['name', 'archiveNo', 'updatedAt', 'createdAt', 'lifecycleStage', 'builtOn'] as const;
export const REVIEW_STATUSES = ['draft', 'submitted', 'reviewed', 'returned'] as const;
// Completeness bands: archives below 60 %, below 80 %, not complete.
export const COMPLETENESS_BANDS = [60, 80, 100] as const;
export const PAGE_SIZES = [20, 50, 100, 200] as const;
const DEFAULT_PAGE_SIZE = 20;

type Choice<T extends readonly string[]> = T[number] | null;

export type AccountListState = {
  q: string;
  ownerId: string | null;
  isMine: boolean;
  lifecycleStage: Choice<typeof LIFECYCLE_STAGES>;
  industry: Choice<typeof INDUSTRIES>;
  region: Choice<typeof REGIONS>;
  ownership: Choice<typeof OWNERSHIP_TYPES>;
  customerType: Choice<typeof CUSTOMER_TYPES>;
  tag: string | null;
  parentId: string | null;
  reviewStatus: Choice<typeof REVIEW_STATUSES>;
  completenessBelow: (typeof COMPLETENESS_BANDS)[number] | null;
  isToReassign: boolean;
  updatedSince: string | null; // YYYY-MM-DD
  sort: string | null; // `field` or `-field`
  page: number;
  pageSize: number;
  viewId: string | null; // the saved view the list was opened from
};

const oneOf = <T extends readonly string[]>(list: T, value: string | null): T[number] | null =>
  value !== null && (list as readonly string[]).includes(value) ? value : null;

const positiveInt = (value: string | null, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

const isSort = (value: string | null): value is string =>
  value !== null && (SORTABLE_ACCOUNT_FIELDS as readonly string[]).includes(value.replace(/^-/, ''));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid = (value: string | null) => (value && UUID.test(value) ? value : null);
const isoDate = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);

export function parseAccountListParams(params: URLSearchParams): AccountListState {
  const band = Number(params.get('completenessBelow'));
  const pageSize = positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE);
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? '',
    ownerId: uuid(params.get('ownerId')),
    isMine: params.get('mine') === 'true',
    lifecycleStage: oneOf(LIFECYCLE_STAGES, params.get('lifecycleStage')),
    industry: oneOf(INDUSTRIES, params.get('industry')),
    region: oneOf(REGIONS, params.get('region')),
    ownership: oneOf(OWNERSHIP_TYPES, params.get('ownership')),
    customerType: oneOf(CUSTOMER_TYPES, params.get('customerType')),
    tag: params.get('tag')?.trim().slice(0, 30) || null,
    parentId: uuid(params.get('parentId')),
    reviewStatus: oneOf(REVIEW_STATUSES, params.get('reviewStatus')),
    completenessBelow: (COMPLETENESS_BANDS as readonly number[]).includes(band) ? (band as AccountListState['completenessBelow']) : null,
    isToReassign: params.get('toReassign') === 'true',
    updatedSince: isoDate(params.get('updatedSince')),
    sort: isSort(sort) ? sort : null,
    page: positiveInt(params.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
    viewId: uuid(params.get('view')),
  };
}

// The address-bar form, defaults left out. Also the flat record a saved view stores.
export function accountListEntries(state: AccountListState, options: { withPage?: boolean } = {}): [string, string][] {
  const entries: [string, string | null | false][] = [
    ['q', state.q.trim()],
    ['ownerId', state.ownerId],
    ['mine', state.isMine && 'true'],
    ['lifecycleStage', state.lifecycleStage],
    ['industry', state.industry],
    ['region', state.region],
    ['ownership', state.ownership],
    ['customerType', state.customerType],
    ['tag', state.tag],
    ['parentId', state.parentId],
    ['reviewStatus', state.reviewStatus],
    ['completenessBelow', state.completenessBelow === null ? null : String(state.completenessBelow)],
    ['toReassign', state.isToReassign && 'true'],
    ['updatedSince', state.updatedSince],
    ['sort', state.sort],
    ['pageSize', state.pageSize === DEFAULT_PAGE_SIZE ? null : String(state.pageSize)],
  ];
  if (options.withPage !== false) {
    entries.push(['page', state.page > 1 ? String(state.page) : null], ['view', state.viewId]);
  }
  return entries.filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
}

export const serializeAccountListParams = (state: AccountListState): URLSearchParams => new URLSearchParams(accountListEntries(state));

// Changing a filter or the sort goes back to the first page.
export function nextAccountListState(state: AccountListState, patch: Partial<AccountListState>): AccountListState {
  const isPaging = Object.keys(patch).every((key) => key === 'page' || key === 'pageSize' || key === 'viewId');
  return { ...state, ...patch, page: isPaging ? (patch.page ?? state.page) : 1 };
}

export const hasFilters = (state: AccountListState): boolean =>
  accountListEntries({ ...state, sort: null, pageSize: DEFAULT_PAGE_SIZE }, { withPage: false }).length > 0;

export const clearedFilters = (state: AccountListState): AccountListState => ({
  ...parseAccountListParams(new URLSearchParams()),
  sort: state.sort,
  pageSize: state.pageSize,
});

export function toAccountListQuery(state: AccountListState): AccountListQuery {
  return {
    q: state.q.trim() || undefined,
    ownerId: state.ownerId ?? undefined,
    mine: state.isMine ? 'true' : undefined,
    lifecycleStage: state.lifecycleStage ?? undefined,
    industry: state.industry ?? undefined,
    region: state.region ?? undefined,
    ownership: state.ownership ?? undefined,
    customerType: state.customerType ?? undefined,
    tag: state.tag ?? undefined,
    parentId: state.parentId ?? undefined,
    reviewStatus: state.reviewStatus ?? undefined,
    completenessBelow: state.completenessBelow ?? undefined,
    toReassign: state.isToReassign ? 'true' : undefined,
    updatedSince: state.updatedSince ?? undefined,
    sort: state.sort ?? undefined,
    limit: state.pageSize,
    offset: (state.page - 1) * state.pageSize,
  };
}

// A saved view: the list's filters and sort as a flat record, plus the visible columns.
export function toViewState(state: AccountListState, columns: readonly string[]): Record<string, string | string[]> {
  return { ...Object.fromEntries(accountListEntries(state, { withPage: false })), columns: [...columns] };
}

export function fromViewState(viewId: string, record: Record<string, unknown>): { state: AccountListState; columns: string[] | null } {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) if (typeof value === 'string' || typeof value === 'number') params.set(key, String(value));
  const columns = Array.isArray(record.columns) ? record.columns.filter((c): c is string => typeof c === 'string') : null;
  return { state: { ...parseAccountListParams(params), page: 1, viewId }, columns };
}
