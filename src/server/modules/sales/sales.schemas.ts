import { z } from 'zod';
import { PAYMENT_STATUSES } from '../../../domain/sales/sales-line.ts';
import { pageQuery } from '../../lib/pagination.ts';
import { booleanQuery, optionalText } from '../../lib/schemas.ts';

// Signs and the relations between the figures are the domain's rules (sales-line.ts), checked in
// the service so that each refusal names its field with its own code.
const fen = z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
const day = z.iso.date().refine((d) => d >= '1990-01-01' && d <= '2100-12-31', 'between 1990 and 2100');

export const salesFields = {
  productId: z.uuid(),
  soldOn: day,
  quantity: z.number(),
  isReturn: z.boolean().optional(),
  unitPriceFen: fen.nullable().optional(),
  amountFen: fen.nullable().optional(),
  costFen: fen.nullable().optional(),
  paidFen: fen.nullable().optional(),
  salespersonId: z.uuid().nullable().optional(),
  note: optionalText(1000),
};

export const createSalesBody = z.strictObject(salesFields);
export const updateSalesBody = z.strictObject({
  version: z.number().int().min(1),
  ...salesFields,
  productId: salesFields.productId.optional(),
  soldOn: day.optional(),
  quantity: salesFields.quantity.optional(),
});
export type SalesInput = z.infer<typeof createSalesBody>;
export type UpdateSalesInput = z.infer<typeof updateSalesBody>;

const s = z.string().nullable();
const money = z.number().int();
export const salesRecordSchema = z
  .object({
    id: z.uuid(),
    accountId: z.uuid(),
    accountName: z.string(),
    productId: z.uuid(),
    productName: z.string(),
    productSpec: s,
    productUnit: z.string(),
    productCategory: s,
    isHighMargin: z.boolean(),
    soldOn: z.string(),
    quantity: z.number(),
    unitPriceFen: money.nullable(),
    amountFen: money,
    costFen: money.nullable(),
    marginFen: money.nullable(),
    paidFen: money.nullable(),
    outstandingFen: money,
    paymentStatus: z.enum(PAYMENT_STATUSES),
    currency: z.string(),
    salespersonId: z.uuid().nullable(),
    salespersonName: s,
    isReturn: z.boolean(),
    note: s,
    source: z.enum(['manual', 'import']),
    createdAt: z.date(),
    updatedAt: z.date(),
    version: z.number().int(),
  })
  .meta({ id: 'SalesRecord' });

// Sums over the filtered records, in SQL (net of returns). The margin counts only the records
// whose cost is known; amountWithCostFen is the base for the margin rate.
export const salesTotalsSchema = z
  .object({
    count: z.number().int(),
    amountFen: money,
    returnsFen: money,
    highMarginAmountFen: money,
    costFen: money,
    amountWithCostFen: money,
    marginFen: money,
    marginRate: z.number().nullable(),
    paidFen: money,
    outstandingFen: money,
  })
  .meta({ id: 'SalesTotals' });

export const salesListSchema = z.object({ items: z.array(salesRecordSchema), total: z.number().int(), totals: salesTotalsSchema }).meta({ id: 'SalesList' });

export const accountSalesSchema = salesListSchema
  .extend({ byYear: z.array(z.object({ year: z.number().int(), count: z.number().int(), amountFen: money, marginFen: money, amountWithCostFen: money })) })
  .meta({ id: 'AccountSales' });

export const listSalesQuery = z.object({
  ...pageQuery,
  accountId: z.uuid().optional(),
  productId: z.uuid().optional(),
  category: z.string().trim().max(50).optional(),
  salespersonId: z.uuid().optional(),
  ownerId: z.uuid().optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  isReturn: booleanQuery.optional(),
  isHighMargin: booleanQuery.optional(),
  paymentStatus: z.enum(PAYMENT_STATUSES).optional(),
});
export type ListSalesQuery = z.infer<typeof listSalesQuery>;
