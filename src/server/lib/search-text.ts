import { foldWidth, searchKeys } from '../../domain/text/normalise.ts';

// Administrative words dropped for a second set of keys, so that `dgyf` finds 东莞市萦丰…
// as well as `dgsyf` does.
const ADMIN_WORDS = /[省市区县]/g;

// The text a list's `q` searches (trigram-indexed): the name, its full pinyin and initials (the
// initials also without administrative words), plus exact extras such as codes — lower-cased,
// space-separated. Kept short: every trigram is an index entry to write.
export function searchTextOf(name: string, extras: readonly (string | null | undefined)[] = []): string {
  const folded = foldWidth(name);
  const keys = searchKeys(folded);
  const variants = [folded, keys.full, keys.initials];
  const withoutAdmin = folded.replace(ADMIN_WORDS, '');
  // Initials only: the full pinyin already contains the shorter name's pinyin in order.
  if (withoutAdmin !== folded) variants.push(searchKeys(withoutAdmin).initials);
  return [...variants, ...extras]
    .filter(Boolean)
    .join(' ')
    .toLowerCase()
    .replace(/\s+/g, ' ');
}
