import { describe, expect, it } from 'vitest';
import {
  CREDIT_CODE_ALPHABET,
  creditCodeCheckChar,
  creditCodeError,
  creditCodeParts,
  isValidCreditCode,
  normaliseCreditCode,
  organisationCodeCheckChar,
} from './credit-code.ts';

// Codes published by their holders (business licences, site footers): companies, a university
// registered at national level, and individual businesses (92…) with newly issued MA… codes.
const PUBLISHED = [
  '91350100M000100Y43',
  '91110000600037341L',
  '91440300708461136T',
  '91330100799655058B',
  '914403001922038216',
  '12100000400000624D',
  '92230109MAKCUYD46K',
  '92361130MA386N427K',
  '92310109MA1KMFLM1K',
  '92140727MAE8C7WN66',
];

describe('credit code check characters', () => {
  it('computes the mod-31 check of 91350100M000100Y43 by hand', () => {
    // Σ value×3^i mod 31 over the first 17 characters = 28 → 31 − 28 = 3.
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckChar('91110000600037341')).toBe('L');
  });

  it('computes the GB 11714 organisation code check', () => {
    // M000100Y: 22×3 + 1×5 + 34×2 = 139; 139 mod 11 = 7; 11 − 7 = 4.
    expect(organisationCodeCheckChar('M000100Y')).toBe('4');
    // 60003734: 6×3 + 3×5 + 7×8 + 3×4 + 4×2 = 109; 109 mod 11 = 10; 11 − 10 = 1.
    expect(organisationCodeCheckChar('60003734')).toBe('1');
  });

  it('maps a remainder of 10 to X and 11 to 0', () => {
    const bodies = Array.from({ length: 200 }, (_, i) => String(i).padStart(8, '0'));
    const checks = new Set(bodies.map((b) => organisationCodeCheckChar(b)));
    expect(checks.has('X')).toBe(true);
    expect(checks.has('0')).toBe(true);
  });
});

describe('isValidCreditCode', () => {
  it.each(PUBLISHED)('accepts the published code %s', (code) => {
    expect(creditCodeError(code)).toBeNull();
    expect(isValidCreditCode(code)).toBe(true);
  });

  it('rejects every single-character substitution of a valid code', () => {
    for (const code of PUBLISHED.slice(0, 3)) {
      for (let i = 0; i < 18; i++) {
        for (const c of CREDIT_CODE_ALPHABET) {
          if (c === code[i]) continue;
          const corrupted = code.slice(0, i) + c + code.slice(i + 1);
          expect(isValidCreditCode(corrupted), corrupted).toBe(false);
        }
      }
    }
  });

  it('rejects every swap of two adjacent different characters', () => {
    const code = '91440300708461136T';
    for (let i = 0; i < 17; i++) {
      if (code[i] === code[i + 1]) continue;
      const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
      expect(isValidCreditCode(swapped), swapped).toBe(false);
    }
  });

  it('names what is wrong', () => {
    expect(creditCodeError('')).toBe('CREDIT_CODE_EMPTY');
    expect(creditCodeError('91350100M000100Y4')).toBe('CREDIT_CODE_LENGTH');
    expect(creditCodeError('440301104543432')).toBe('CREDIT_CODE_LENGTH'); // old 15-digit registration number
    expect(creditCodeError('91350100M000100Y4I')).toBe('CREDIT_CODE_CHARSET'); // I is not in the alphabet
    expect(creditCodeError('B1350100M000100Y43')).toBe('CREDIT_CODE_AUTHORITY');
    expect(creditCodeError('94350100M000100Y43')).toBe('CREDIT_CODE_TYPE');
    expect(creditCodeError('91990100M000100Y43')).toBe('CREDIT_CODE_DIVISION');
    expect(creditCodeError('913501A0M000100Y43')).toBe('CREDIT_CODE_DIVISION');
    expect(creditCodeError('91350100M000100Y53')).toBe('CREDIT_CODE_ORG_CHECK');
    expect(creditCodeError('91350100M000100Y44')).toBe('CREDIT_CODE_CHECK');
  });

  it('accepts a code that passes the final check but only when the organisation code is valid too', () => {
    // Same first 16 characters, organisation check changed, final check recomputed.
    const first16 = '91350100M000100Y';
    const wrongOrg = `${first16}5`;
    const forged = wrongOrg + creditCodeCheckChar(wrongOrg);
    expect(creditCodeError(forged)).toBe('CREDIT_CODE_ORG_CHECK');
  });
});

describe('normaliseCreditCode', () => {
  it('trims, upper-cases and turns full-width characters into ASCII', () => {
    expect(normaliseCreditCode('  ９１３５０１００ｍ０００１００ｙ４３ ')).toBe('91350100M000100Y43');
    expect(isValidCreditCode('91350100m000100y43')).toBe(true);
    expect(isValidCreditCode('9135 0100 M000 100Y 43')).toBe(true);
    expect(isValidCreditCode('91350100-M000100Y4-3')).toBe(true);
  });

  it('does not guess letters that look like digits', () => {
    expect(creditCodeError('91350100M0OO100Y43')).toBe('CREDIT_CODE_CHARSET');
  });
});

describe('creditCodeParts', () => {
  it('splits a valid code', () => {
    expect(creditCodeParts('91440300708461136T')).toEqual({
      authority: '9',
      type: '1',
      division: '440300',
      organisationCode: '708461136',
    });
    expect(creditCodeParts('91440300708461136X')).toBeNull();
  });
});
