import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from '../../db/sql-helpers.ts';
import { accounts } from '../accounts/accounts.schema.ts';
import { products } from '../products/products.schema.ts';
import { users } from '../users/users.schema.ts';

// MNY-2 sales records (购货记录, seed 001 篇1 §4): purchase date, product (品种, 规格), quantity,
// amount and payment (结款情况), per account. Grading (GRD-1) and composition analysis (GRD-5)
// aggregate them by period over millions of rows, hence the (…, sold_on) indexes.
//
// Quantity is numeric(14,3), not an integer: lubricants are sold by the drum but also by the kilo
// and the tonne (17.5 kg of grease, 2.375 t from a tanker), and numeric sums exactly in SQL.
// Returns are lines with a negative quantity and amount (is_return), so sums give net sales.
export const salesRecords = pgTable(
  'sales_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'restrict' }),
    soldOn: date('sold_on').notNull(),
    quantity: numeric('quantity', { precision: 14, scale: 3, mode: 'number' }).notNull(),
    unitPriceFen: bigint('unit_price_fen', { mode: 'number' }),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    costFen: bigint('cost_fen', { mode: 'number' }),
    // null: the payment is not recorded; 0: nothing paid yet.
    paidFen: bigint('paid_fen', { mode: 'number' }),
    currency: text('currency').notNull().default('CNY'),
    salespersonId: uuid('salesperson_id').references(() => users.id, { onDelete: 'set null' }),
    isReturn: boolean('is_return').notNull().default(false),
    note: text('note'),
    source: text('source').$type<'manual' | 'import'>().notNull().default('manual'),
    importBatchId: uuid('import_batch_id'),
    ...recordColumns(),
  },
  (t) => [
    index('sales_records_account_date_idx').on(t.accountId, t.soldOn),
    index('sales_records_date_idx').on(t.soldOn),
    index('sales_records_product_date_idx').on(t.productId, t.soldOn),
    index('sales_records_salesperson_date_idx').on(t.salespersonId, t.soldOn),
    // The list sorts by amount too (largest orders first).
    index('sales_records_amount_idx').on(t.amountFen),
    index('sales_records_import_batch_idx').on(t.importBatchId),
    // The rule of src/domain/sales/sales-line.ts, also in the database: no zero lines, and a
    // negative quantity exactly when the line is a return.
    check('sales_records_quantity_sign_ck', sql`${t.quantity} <> 0 and (${t.quantity} < 0) = ${t.isReturn}`),
  ],
);
