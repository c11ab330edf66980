// ARC-1: the unified social credit code (统一社会信用代码) of an account, GB 32100-2015.
// 18 characters: registration authority (1), organisation type (1), administrative division of the
// registering office (6 digits, GB/T 2260), the organisation code (9, GB 11714: 8 characters and
// its own check character) and a final mod-31 check character.

// The alphabet leaves out I, O, S, V and Z; a character's value is its index here.
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const ALPHABET_VALUE = new Map([...CREDIT_CODE_ALPHABET].map((c, i) => [c, i]));

// Registration authority (position 1) → the organisation types (position 2) it may issue, as in
// the GB 32100 annex and its amendments (外交, 司法行政, 文化, 旅游, 宗教, 工会, 军队, 农业 added).
const AUTHORITY_TYPES: Record<string, string> = {
  '1': '1239', // 机构编制: 机关, 事业单位, 中央编办直管群众团体, 其他
  '2': '19', // 外交: 外国常驻新闻机构, 其他
  '3': '123459', // 司法行政: 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
  '4': '19', // 文化: 外国在华文化中心, 其他
  '5': '1239', // 民政: 社会团体, 民办非企业单位, 基金会, 其他
  '6': '129', // 旅游: 外国旅游部门常驻代表机构, 港澳台旅游部门常驻代表机构, 其他
  '7': '129', // 宗教: 宗教活动场所, 宗教院校, 其他
  '8': '19', // 工会: 基层工会, 其他
  '9': '123', // 工商 (市场监管): 企业, 个体工商户, 农民专业合作社
  A: '19', // 中央军委改革和编制办公室: 军队事业单位, 其他
  N: '1239', // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
  Y: '1', // 其他
};

// First two digits of a GB/T 2260 division: the provinces, Hong Kong/Macao/Taiwan, and 10 for
// offices at national level (e.g. 12100000… for institutions registered by the central office).
const PROVINCE_PREFIXES = new Set([
  '10', '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82',
]);

// Weights of the final check character: 3^i mod 31.
const CHECK_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

// GB 11714 organisation code weights for its 8 body characters.
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export type CreditCodeError =
  | 'CREDIT_CODE_EMPTY'
  | 'CREDIT_CODE_LENGTH'
  | 'CREDIT_CODE_CHARSET'
  | 'CREDIT_CODE_AUTHORITY'
  | 'CREDIT_CODE_TYPE'
  | 'CREDIT_CODE_DIVISION'
  | 'CREDIT_CODE_ORG_CHECK'
  | 'CREDIT_CODE_CHECK';

// What people paste: full-width characters (ＡＢ１２), lower case, spaces and hyphens from
// formatted print-outs. Letters are not guessed (O is not turned into 0): the check says so.
export function normaliseCreditCode(input: string): string {
  return input.normalize('NFKC').replace(/[\s\-_]/g, '').toUpperCase();
}

// The final check character for the first 17 characters, or null when one is outside the alphabet.
export function creditCodeCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET_VALUE.get(first17[i]);
    if (value === undefined) return null;
    sum += value * CHECK_WEIGHTS[i];
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

// GB 11714: the check character of an organisation code's 8-character body. Letters count
// A=10 … Z=35 here (the full Latin alphabet, unlike the USCC's own check).
export function organisationCodeCheckChar(body8: string): string | null {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8[i];
    let value: number;
    if (c >= '0' && c <= '9') value = c.charCodeAt(0) - 48;
    else if (c >= 'A' && c <= 'Z') value = c.charCodeAt(0) - 55;
    else return null;
    sum += value * ORG_WEIGHTS[i];
  }
  const check = 11 - (sum % 11);
  if (check === 11) return '0';
  if (check === 10) return 'X';
  return String(check);
}

// The first thing wrong with an already-normalised code, or null when it is valid.
function errorOfNormalised(code: string): CreditCodeError | null {
  if (code.length === 0) return 'CREDIT_CODE_EMPTY';
  if (code.length !== 18) return 'CREDIT_CODE_LENGTH';
  for (const c of code) if (!ALPHABET_VALUE.has(c)) return 'CREDIT_CODE_CHARSET';
  const types = AUTHORITY_TYPES[code[0]];
  if (types === undefined) return 'CREDIT_CODE_AUTHORITY';
  if (!types.includes(code[1])) return 'CREDIT_CODE_TYPE';
  const division = code.slice(2, 8);
  if (!/^\d{6}$/.test(division) || !PROVINCE_PREFIXES.has(division.slice(0, 2))) return 'CREDIT_CODE_DIVISION';
  if (organisationCodeCheckChar(code.slice(8, 16)) !== code[16]) return 'CREDIT_CODE_ORG_CHECK';
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return 'CREDIT_CODE_CHECK';
  return null;
}

// Why a code (as typed, normalised first) is not valid, as a key the UI translates; null when valid.
export const creditCodeError = (input: string): CreditCodeError | null => errorOfNormalised(normaliseCreditCode(input));

export const isValidCreditCode = (input: string): boolean => creditCodeError(input) === null;

// Parts of a valid code, for display and for region hints on import.
export type CreditCodeParts = {
  authority: string;
  type: string;
  division: string;
  organisationCode: string;
};

export function creditCodeParts(input: string): CreditCodeParts | null {
  const code = normaliseCreditCode(input);
  if (errorOfNormalised(code) !== null) return null;
  return { authority: code[0], type: code[1], division: code.slice(2, 8), organisationCode: code.slice(8, 17) };
}
