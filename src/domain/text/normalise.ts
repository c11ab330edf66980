import { pinyin } from 'pinyin-pro';

// Text folding for matching what people type against what is stored: company names for duplicate
// detection (ARC-8), column headers and list labels on import. Only changes that cannot turn one
// company into another are made: NFKC (full-width → half-width, （）→ ()), whitespace and
// invisible characters removed, bracket shapes unified, Latin letters case-folded.
// 有限公司 and 有限责任公司 stay different: they are different legal names.

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const WHITESPACE = /\s+/g;
// Opening and closing brackets of every shape a name is written with → ( and ).
const OPENING = /[[{〔【〖〘〚⟦⦅]/g;
const CLOSING = /[\]}〕】〗〙〛⟧⦆]/g;
const MIDDLE_DOTS = /[・•‧∙⋅]/g;

// NFKC plus removal of invisible characters; keeps spaces (for display-preserving uses).
export const foldWidth = (text: string): string => text.normalize('NFKC').replace(INVISIBLE, '');

// The key two spellings of one company name share: 东莞市萦丰电子（东莞）有限公司 and
// 东莞市萦丰电子 (东莞) 有限公司 → 东莞市萦丰电子(东莞)有限公司.
export function normaliseCompanyName(name: string): string {
  return foldWidth(name)
    .replace(WHITESPACE, '')
    .replace(OPENING, '(')
    .replace(CLOSING, ')')
    .replace(MIDDLE_DOTS, '·')
    .toLowerCase();
}

// Looser key for column headers and list labels: a company-name key without the punctuation
// people put around labels (*客户名称, 客户名称：, 注册资本(万元) → 注册资本万元).
export function foldLabel(text: string): string {
  return normaliseCompanyName(text).replace(/[*:：_\-–—/\\|.,;'"`~!?()·#]/g, '');
}

export type SearchKeys = {
  // Full pinyin without tones or spaces, lower case: dongguanshiyingfengdianzi.
  full: string;
  // Initials: dgsyfdz. Latin and digit runs are kept whole in both (3M中国 → 3mzg).
  initials: string;
};

const keepAlphanumeric = (tokens: string[]) =>
  tokens
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

// Pinyin search keys of a name (ARCHITECTURE: pinyin/initials columns beside the trigram index).
// Polyphones follow pinyin-pro's word segmentation (长沙 → changsha, 重庆 → chongqing).
export function searchKeys(name: string): SearchKeys {
  const text = foldWidth(name);
  const full = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const initials = pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' });
  return { full: keepAlphanumeric(full), initials: keepAlphanumeric(initials) };
}
