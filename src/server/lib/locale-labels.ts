import fs from 'node:fs';
import type { EnumOption } from '../../domain/import/parse-values.ts';

// Domain lists keep their labels in the UI's locale files (`account.stage.key` → 重点客户 /
// Key account). The server reads the same files to match imported cells and to label exports,
// so a label is written once.
export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];

type Tree = { [key: string]: string | Tree };
const cache = new Map<Locale, Tree>();

const load = (locale: Locale): Tree => {
  let tree = cache.get(locale);
  if (!tree) {
    tree = JSON.parse(fs.readFileSync(new URL(`../../web/locales/${locale}.json`, import.meta.url), 'utf8')) as Tree;
    cache.set(locale, tree);
  }
  return tree;
};

// The text of a dotted key, or the key itself when the file has none.
export function labelOf(locale: Locale, key: string): string {
  let node: string | Tree | undefined = load(locale);
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : key;
}

// Options for parseEnum: each id with its Chinese and English labels, the id, and any synonyms.
export function enumOptions(prefix: string, ids: readonly string[], synonyms: Readonly<Record<string, readonly string[]>> = {}): EnumOption[] {
  return ids.map((id) => ({ id, labels: [...LOCALES.map((l) => labelOf(l, `${prefix}.${id}`)), id, ...(synonyms[id] ?? [])] }));
}
