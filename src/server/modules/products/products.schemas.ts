import { z } from 'zod';
import { pageQuery } from '../../lib/pagination.ts';
import { booleanQuery, optionalText, text } from '../../lib/schemas.ts';

const fen = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().optional();

// Writable fields of a catalogue entry (MNY-2 品种, 规格, 单位).
export const productFields = {
  code: optionalText(40),
  name: text(100),
  spec: optionalText(100),
  unit: text(20),
  category: optionalText(50),
  isHighMargin: z.boolean().optional(),
  standardPriceFen: fen,
};

export const createProductBody = z.strictObject(productFields);
export const updateProductBody = z.strictObject({
  version: z.number().int().min(1),
  ...productFields,
  name: text(100).optional(),
  unit: text(20).optional(),
  isActive: z.boolean().optional(),
});
export type ProductInput = z.infer<typeof createProductBody>;
export type UpdateProductInput = z.infer<typeof updateProductBody>;

const s = z.string().nullable();
export const productSchema = z
  .object({
    id: z.uuid(),
    code: s,
    name: z.string(),
    spec: s,
    unit: z.string(),
    category: s,
    isHighMargin: z.boolean(),
    standardPriceFen: z.number().int().nullable(),
    isActive: z.boolean(),
    createdAt: z.date(),
    updatedAt: z.date(),
    version: z.number().int(),
  })
  .meta({ id: 'Product' });

export const listProductsQuery = z.object({
  ...pageQuery,
  q: z.string().trim().max(100).optional(),
  category: z.string().trim().max(50).optional(),
  isActive: booleanQuery.optional(),
  isHighMargin: booleanQuery.optional(),
});
export type ListProductsQuery = z.infer<typeof listProductsQuery>;

export const categoriesSchema = z.object({ items: z.array(z.object({ category: z.string(), count: z.number().int() })) }).meta({ id: 'ProductCategories' });
