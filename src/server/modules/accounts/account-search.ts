import { normaliseCompanyName } from '../../../domain/text/normalise.ts';
import { searchTextOf } from '../../lib/search-text.ts';

export const accountSearchText = (a: { name: string; creditCode?: string | null; archiveNo: string }): string =>
  searchTextOf(a.name, [a.creditCode, a.archiveNo]);

// Duplicate key (ARC-8): full-/half-width, brackets and spaces do not make a different company.
export const accountNameKey = normaliseCompanyName;
