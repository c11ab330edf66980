import { describe, expect, it } from 'vitest';
import { productFullKey, productLabel, productNameKey, productSpecKey } from './product-key.ts';

describe('product keys', () => {
  it('ignore width, case and spaces, not the specification', () => {
    expect(productNameKey('液压油　L-HM46')).toBe(productNameKey('液压油 l-hm46'));
    expect(productSpecKey('200L/桶')).toBe(productSpecKey(' 200ｌ/桶 '));
    expect(productSpecKey('200L/桶')).not.toBe(productSpecKey('18L/桶'));
    expect(productSpecKey(null)).toBe('');
  });

  it('match a name and specification written in one cell', () => {
    expect(productFullKey('液压油 L-HM46 200L/桶')).toBe(productFullKey('液压油 L-HM46', '200L/桶'));
  });

  it('label a product with its specification', () => {
    expect(productLabel({ name: '齿轮油 L-CKD220', spec: '18L/桶' })).toBe('齿轮油 L-CKD220（18L/桶）');
    expect(productLabel({ name: '导轨油', spec: null })).toBe('导轨油');
  });
});
