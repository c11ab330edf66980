import { productFullKey, productNameKey, productSpecKey } from './product-key.ts';

// How a row of a sales file names its product: by the company's product code, by name and
// specification in two columns, by both in one cell ("液压油 L-HM46 200L/桶"), or by name alone
// when the catalogue has that name in one specification only.
export type CatalogueEntry = { id: string; code: string | null; name: string; spec: string | null };

export type ProductIndex = {
  byCode: Map<string, string>;
  byNameSpec: Map<string, string>;
  byFull: Map<string, string>;
  byName: Map<string, string[]>;
};

export type ProductMatch = { id: string } | { error: 'PRODUCT_UNKNOWN' | 'PRODUCT_AMBIGUOUS' };

const pair = (nameKey: string, specKey: string) => `${nameKey}\u0000${specKey}`;

export function indexCatalogue(entries: readonly CatalogueEntry[]): ProductIndex {
  const index: ProductIndex = { byCode: new Map(), byNameSpec: new Map(), byFull: new Map(), byName: new Map() };
  for (const p of entries) {
    if (p.code) index.byCode.set(p.code.trim().toUpperCase(), p.id);
    const nameKey = productNameKey(p.name);
    index.byNameSpec.set(pair(nameKey, productSpecKey(p.spec)), p.id);
    index.byFull.set(productFullKey(p.name, p.spec), p.id);
    index.byName.set(nameKey, [...(index.byName.get(nameKey) ?? []), p.id]);
  }
  return index;
}

export function matchProduct(index: ProductIndex, name: string, spec?: string | null): ProductMatch {
  if (spec) {
    const id = index.byNameSpec.get(pair(productNameKey(name), productSpecKey(spec))) ?? index.byFull.get(productFullKey(name, spec));
    return id ? { id } : { error: 'PRODUCT_UNKNOWN' };
  }
  const id = index.byCode.get(name.trim().toUpperCase()) ?? index.byFull.get(productFullKey(name));
  if (id) return { id };
  const byName = index.byName.get(productNameKey(name)) ?? [];
  if (byName.length === 1) return { id: byName[0] };
  return { error: byName.length > 1 ? 'PRODUCT_AMBIGUOUS' : 'PRODUCT_UNKNOWN' };
}
