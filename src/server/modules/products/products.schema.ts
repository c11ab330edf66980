import { sql } from 'drizzle-orm';
import { bigint, boolean, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from '../../db/sql-helpers.ts';

// The product catalogue sales records refer to (MNY-2 品种/规格): one row per name in one
// specification, with its unit and category. `isHighMargin` marks the products GRD-1 counts as
// "purchases of high-margin products".
export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // The company's own product code (物料编码), when it has one.
    code: text('code'),
    name: text('name').notNull(),
    spec: text('spec'),
    unit: text('unit').notNull(),
    category: text('category'),
    isHighMargin: boolean('is_high_margin').notNull().default(false),
    standardPriceFen: bigint('standard_price_fen', { mode: 'number' }),
    isActive: boolean('is_active').notNull().default(true),
    // Normalised name and specification (width, case, spaces): one product per pair.
    nameKey: text('name_key').notNull(),
    specKey: text('spec_key').notNull().default(''),
    searchText: text('search_text').notNull().default(''),
    ...recordColumns(),
  },
  (t) => [
    uniqueIndex('products_name_spec_uq').on(t.nameKey, t.specKey),
    uniqueIndex('products_code_uq').on(t.code).where(sql`${t.code} is not null`),
    index('products_category_idx').on(t.category),
    index('products_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);
