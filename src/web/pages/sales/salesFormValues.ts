import dayjs, { type Dayjs } from 'dayjs';
import type { CreateSaleBody, SalesRecord, UpdateSaleBody } from '../../api/sales.queries.ts';
import { fenToYuan, yuanToFen } from './salesFormat.ts';

// The form shows a return with positive figures and the return switch on (as a 退货单 is
// written); the server stores it negated (src/domain/sales/sales-line.ts).
export type SalesFormValues = {
  accountId?: string | null;
  productId: string | null;
  soldOn: Dayjs | null;
  quantity: number | null;
  isReturn: boolean;
  unitPrice?: number | null;
  amount?: number | null;
  cost?: number | null;
  paid?: number | null;
  salespersonId?: string | null;
  note?: string;
};

const abs = (value: number | null) => (value === null ? null : Math.abs(value));

export const salesFormDefaults = (): SalesFormValues => ({ productId: null, soldOn: dayjs(), quantity: null, isReturn: false });

export const toSalesFormValues = (r: SalesRecord): SalesFormValues => ({
  accountId: r.accountId,
  productId: r.productId,
  soldOn: dayjs(r.soldOn),
  quantity: Math.abs(r.quantity),
  isReturn: r.isReturn,
  unitPrice: fenToYuan(r.unitPriceFen),
  amount: fenToYuan(abs(r.amountFen)),
  cost: fenToYuan(abs(r.costFen)),
  paid: fenToYuan(abs(r.paidFen)),
  salespersonId: r.salespersonId,
  note: r.note ?? undefined,
});

// An empty amount asks the server for unit price × quantity.
export const toCreateSaleBody = (v: SalesFormValues): CreateSaleBody => ({
  productId: v.productId ?? '',
  soldOn: v.soldOn ? v.soldOn.format('YYYY-MM-DD') : '',
  quantity: v.quantity ?? 0,
  isReturn: v.isReturn,
  unitPriceFen: yuanToFen(v.unitPrice),
  amountFen: yuanToFen(v.amount),
  costFen: yuanToFen(v.cost),
  paidFen: yuanToFen(v.paid),
  ...(v.salespersonId ? { salespersonId: v.salespersonId } : {}),
  note: v.note?.trim() || null,
});

export const toUpdateSaleBody = (r: SalesRecord, v: SalesFormValues): UpdateSaleBody => {
  const { salespersonId: _s, ...body } = toCreateSaleBody(v);
  return { ...body, salespersonId: v.salespersonId ?? null, version: r.version };
};

// What price × quantity comes to, shown beside an empty amount.
export const computedAmountFen = (v: Pick<SalesFormValues, 'unitPrice' | 'quantity'>): number | null => {
  const price = yuanToFen(v.unitPrice);
  if (price === null || !v.quantity) return null;
  return Math.round(price * v.quantity);
};
