import { describe, expect, it } from 'vitest';
import { numberToText, parseBoolean, parseCreditCode, parseEnum, parseText, type ParseResult } from './parse-values.ts';

const show = <T>(result: ParseResult<T>) => (result.ok ? result.value : result.reason);

describe('numberToText', () => {
  it('writes numbers as Excel shows them', () => {
    expect(numberToText(1200)).toBe('1200');
    expect(numberToText(0.1 + 0.2)).toBe('0.3');
    expect(numberToText(13812345678)).toBe('13812345678');
    expect(numberToText(-5.5)).toBe('-5.5');
  });
});

describe('parseText', () => {
  it('trims and joins lines unless the field is multi-line', () => {
    expect(show(parseText('  东莞市 南城区\r\n莞太路 1 号 '))).toBe('东莞市 南城区 莞太路 1 号');
    expect(show(parseText('第一行\r\n第二行', { multiline: true }))).toBe('第一行\n第二行');
  });

  it('refuses NUL, other control characters and broken surrogates', () => {
    expect(show(parseText('萦丰\u0000电子'))).toBe('TEXT_CONTROL_CHAR');
    expect(show(parseText('萦丰\u0007'))).toBe('TEXT_CONTROL_CHAR');
    expect(show(parseText('萦丰\uD800'))).toBe('TEXT_CONTROL_CHAR');
    expect(show(parseText('tab\tok'))).toBe('tab\tok');
  });

  it('checks the length', () => {
    expect(show(parseText('一二三', { maxLength: 2 }))).toBe('TEXT_TOO_LONG');
    expect(show(parseText('一二', { maxLength: 2 }))).toBe('一二');
  });
});

describe('parseEnum', () => {
  const ownership = [
    { id: 'state_owned', labels: ['国有企业', '国企', 'State-owned'] },
    { id: 'private', labels: ['民营企业', '私营企业', 'Private'] },
    { id: 'hk_macao_taiwan', labels: ['港澳台投资企业', '港澳台资'] },
  ];

  it('matches by id, Chinese or English label, ignoring width, case and spaces', () => {
    expect(show(parseEnum('国企', ownership))).toBe('state_owned');
    expect(show(parseEnum(' 民营 企业 ', ownership))).toBe('private');
    expect(show(parseEnum('STATE-OWNED', ownership))).toBe('state_owned');
    expect(show(parseEnum('state_owned', ownership))).toBe('state_owned');
    expect(show(parseEnum('港澳台资', ownership))).toBe('hk_macao_taiwan');
  });

  it('reports an unknown label instead of guessing', () => {
    expect(show(parseEnum('外资', ownership))).toBe('ENUM_UNKNOWN');
    expect(show(parseEnum('国', ownership))).toBe('ENUM_UNKNOWN');
    expect(show(parseEnum('', ownership))).toBe('ENUM_UNKNOWN');
  });
});

describe('parseBoolean', () => {
  it('reads 是/否 and friends', () => {
    expect(show(parseBoolean('是'))).toBe(true);
    expect(show(parseBoolean('否'))).toBe(false);
    expect(show(parseBoolean('Y'))).toBe(true);
    expect(show(parseBoolean('√'))).toBe(true);
    expect(show(parseBoolean(0))).toBe(false);
    expect(show(parseBoolean('也许'))).toBe('BOOLEAN_INVALID');
  });
});

describe('parseCreditCode', () => {
  it('normalises and checks', () => {
    expect(show(parseCreditCode(' ９１３５０１００ｍ０００１００ｙ４３'))).toBe('91350100M000100Y43');
    expect(show(parseCreditCode('91350100M000100Y44'))).toBe('CREDIT_CODE_CHECK');
  });
});
