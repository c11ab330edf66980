import { normaliseCompanyName } from '../text/normalise.ts';

// A product is one name in one specification (规格): 液压油 L-HM46 in 200L/桶 and in 18L/桶 are two
// catalogue entries. Full-/half-width, case and spaces do not make a different product.
export const productNameKey = (name: string): string => normaliseCompanyName(name);
export const productSpecKey = (spec: string | null | undefined): string => normaliseCompanyName(spec ?? '');

// Name and specification written in one cell ("液压油 L-HM46 200L/桶") fold to the same key as the
// two written apart, so an import can match either way.
export const productFullKey = (name: string, spec?: string | null): string => productNameKey(`${name}${spec ?? ''}`);

// "液压油 L-HM46（200L/桶）" for lists and messages.
export const productLabel = (p: { name: string; spec?: string | null }, brackets: [string, string] = ['（', '）']): string =>
  p.spec ? `${p.name}${brackets[0]}${p.spec}${brackets[1]}` : p.name;
