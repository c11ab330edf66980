import { defineErrors } from '../../lib/errors.ts';

export const ProductErrors = defineErrors({
  PRODUCT_NOT_FOUND: { status: 404, title: 'Product not found' },
  PRODUCT_NAME_SPEC_TAKEN: { status: 409, title: 'The catalogue already has a product with this name and specification' },
  PRODUCT_CODE_TAKEN: { status: 409, title: 'Another product already has this product code' },
  PRODUCT_INACTIVE: { status: 400, title: 'The product is deactivated: new sales cannot be recorded for it' },
});
