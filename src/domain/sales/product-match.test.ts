import { describe, expect, it } from 'vitest';
import { indexCatalogue, matchProduct } from './product-match.ts';

const catalogue = indexCatalogue([
  { id: 'hm46-200', code: 'RD-HM46-200', name: '液压油 L-HM46', spec: '200L/桶' },
  { id: 'hm46-18', code: null, name: '液压油 L-HM46', spec: '18L/桶' },
  { id: 'grease', code: null, name: '锂基润滑脂 2#', spec: '15kg/桶' },
  { id: 'guide', code: null, name: '导轨油', spec: null },
]);

describe('matching a file row to the catalogue', () => {
  it('finds a product by name and specification in two columns, whatever the width and spacing', () => {
    expect(matchProduct(catalogue, '液压油L-HM46', '18Ｌ/桶')).toEqual({ id: 'hm46-18' });
  });

  it('finds a product by its code or by name and specification in one cell', () => {
    expect(matchProduct(catalogue, 'rd-hm46-200')).toEqual({ id: 'hm46-200' });
    expect(matchProduct(catalogue, '液压油 L-HM46 200L/桶')).toEqual({ id: 'hm46-200' });
  });

  it('takes a name alone only when the catalogue has it in one specification', () => {
    expect(matchProduct(catalogue, '锂基润滑脂 2#')).toEqual({ id: 'grease' });
    expect(matchProduct(catalogue, '导轨油')).toEqual({ id: 'guide' });
    expect(matchProduct(catalogue, '液压油 L-HM46')).toEqual({ error: 'PRODUCT_AMBIGUOUS' });
  });

  it('reports a product or specification the catalogue does not have', () => {
    expect(matchProduct(catalogue, '齿轮油')).toEqual({ error: 'PRODUCT_UNKNOWN' });
    expect(matchProduct(catalogue, '液压油 L-HM46', '1L/瓶')).toEqual({ error: 'PRODUCT_UNKNOWN' });
  });
});
