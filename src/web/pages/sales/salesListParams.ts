import type { PaymentStatus, SalesListQuery } from '../../api/sales.queries.ts';

// The sales list's state in the address bar (shareable, survives a reload).
export type SalesListState = {
  from: string | null;
  to: string | null;
  accountId: string | null;
  accountName: string | null;
  productId: string | null;
  category: string | null;
  salespersonId: string | null;
  paymentStatus: PaymentStatus | null;
  isReturn: boolean | null;
  sort: SalesSort;
  page: number;
};

export const SALES_SORTS = ['-soldOn', 'soldOn', '-amountFen', 'amountFen'] as const;
export type SalesSort = (typeof SALES_SORTS)[number];
export const PAYMENT_STATUSES: readonly PaymentStatus[] = ['unpaid', 'partial', 'paid', 'unknown'];
export const SALES_PAGE_SIZE = 20;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const dateOf = (value: string | null) => (value && ISO_DATE.test(value) ? value : null);
const idOf = (value: string | null) => (value && UUID.test(value) ? value : null);

export function parseSalesListParams(params: URLSearchParams): SalesListState {
  const page = Number(params.get('page'));
  const sort = params.get('sort');
  const payment = params.get('payment');
  const isReturn = params.get('return');
  return {
    from: dateOf(params.get('from')),
    to: dateOf(params.get('to')),
    accountId: idOf(params.get('accountId')),
    accountName: params.get('account'),
    productId: idOf(params.get('productId')),
    category: params.get('category') || null,
    salespersonId: idOf(params.get('salespersonId')),
    paymentStatus: (PAYMENT_STATUSES as readonly string[]).includes(payment ?? '') ? (payment as PaymentStatus) : null,
    isReturn: isReturn === 'true' ? true : isReturn === 'false' ? false : null,
    sort: (SALES_SORTS as readonly string[]).includes(sort ?? '') ? (sort as SalesSort) : '-soldOn',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function serializeSalesListParams(state: SalesListState): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string | null) => value && params.set(key, value);
  set('from', state.from);
  set('to', state.to);
  set('accountId', state.accountId);
  if (state.accountId) set('account', state.accountName);
  set('productId', state.productId);
  set('category', state.category);
  set('salespersonId', state.salespersonId);
  set('payment', state.paymentStatus);
  if (state.isReturn !== null) params.set('return', String(state.isReturn));
  if (state.sort !== '-soldOn') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

// The API's filters (shared by the list and the export link).
export function toSalesFilters(state: SalesListState): Omit<SalesListQuery, 'limit' | 'offset'> {
  return {
    from: state.from ?? undefined,
    to: state.to ?? undefined,
    accountId: state.accountId ?? undefined,
    productId: state.productId ?? undefined,
    category: state.category ?? undefined,
    salespersonId: state.salespersonId ?? undefined,
    paymentStatus: state.paymentStatus ?? undefined,
    isReturn: state.isReturn === null ? undefined : state.isReturn ? 'true' : 'false',
    sort: state.sort,
  };
}

export const toSalesQuery = (state: SalesListState): SalesListQuery => ({
  ...toSalesFilters(state),
  limit: SALES_PAGE_SIZE,
  offset: (state.page - 1) * SALES_PAGE_SIZE,
});

export const hasSalesFilters = (state: SalesListState): boolean =>
  Boolean(state.from || state.to || state.accountId || state.productId || state.category || state.salespersonId || state.paymentStatus || state.isReturn !== null);
