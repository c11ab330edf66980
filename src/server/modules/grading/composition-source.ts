import { sql, type SQL } from 'drizzle-orm';
import { salesRecords } from '../sales/sales.schema.ts';

// The sales lines of a period (inclusive dates) as the composition reads them: account, product, net amount.
export const salesInPeriod = (from: string, to: string): SQL =>
  sql`(select ${salesRecords.accountId} as account_id, ${salesRecords.productId} as product_id, ${salesRecords.amountFen} as amount_fen
       from ${salesRecords} where ${salesRecords.soldOn} between ${from}::date and ${to}::date)`;
