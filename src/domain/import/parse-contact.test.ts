import { describe, expect, it } from 'vitest';
import { parseEmail, parsePhone, parseUrl } from './parse-contact.ts';
import type { ParseResult } from './parse-values.ts';

const show = <T>(result: ParseResult<T>) => (result.ok ? result.value : result.reason);

describe('parsePhone', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['+86-13812345678', '13812345678'],
    ['0086 13812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['１３８１２３４５６７８', '13812345678'],
  ])('reads the mobile number %s', (input, expected) => {
    expect(show(parsePhone(input))).toBe(expected);
  });

  it.each([
    ['0769-8888 8888', '0769-88888888'],
    ['0769-88888888', '0769-88888888'],
    ['(0769)88888888', '0769-88888888'],
    ['0769 2222 333', '0769-2222333'],
    ['076988888888', '0769-88888888'],
    ['010-62345678', '010-62345678'],
    ['021 6234 5678', '021-62345678'],
    ['+86 769 8888 8888', '0769-88888888'],
    ['+86 10 6234 5678', '010-62345678'],
    ['0769-88888888转123', '0769-88888888转123'],
    ['0769-88888888 ext. 123', '0769-88888888转123'],
    ['0769-88888888-123', '0769-88888888转123'],
    ['400-123-4567', '400-123-4567'],
    ['4001234567', '400-123-4567'],
    ['800 123 4567', '800-123-4567'],
  ])('reads the landline or service number %s', (input, expected) => {
    expect(show(parsePhone(input))).toBe(expected);
  });

  it('keeps numbers of other countries in international form', () => {
    expect(show(parsePhone('+852 2123 4567'))).toBe('+85221234567');
    expect(show(parsePhone('00852 2123 4567'))).toBe('+85221234567');
  });

  it('asks for an area code unless the file has a default', () => {
    expect(show(parsePhone('8888 8888'))).toBe('PHONE_AREA_CODE_MISSING');
    expect(show(parsePhone('8888 8888', { defaultAreaCode: '0769' }))).toBe('0769-88888888');
  });

  it('reports several numbers in one cell', () => {
    expect(show(parsePhone('0769-88888888 / 13812345678'))).toBe('PHONE_MULTIPLE');
    expect(show(parsePhone('13812345678、13912345678'))).toBe('PHONE_MULTIPLE');
  });

  it('refuses what is not a phone number', () => {
    for (const input of ['12812345678', '1381234567', '010-1234567', '0769-0888888', '02-12345678', 'abc', '', '+1', '找王经理']) {
      expect(show(parsePhone(input)), input).not.toMatch(/^[+\d]/);
    }
  });
});

describe('parseEmail', () => {
  it('reads addresses and folds what people type', () => {
    expect(show(parseEmail('sales@yingfeng.com.cn'))).toBe('sales@yingfeng.com.cn');
    expect(show(parseEmail(' Wang.Li@YingFeng.COM '))).toBe('Wang.Li@yingfeng.com');
    expect(show(parseEmail('sales＠yingfeng.com'))).toBe('sales@yingfeng.com');
    expect(show(parseEmail('mailto:sales@yingfeng.com'))).toBe('sales@yingfeng.com');
    expect(show(parseEmail('销售@萦丰.中国'))).toBe('销售@萦丰.中国');
  });

  it.each(['sales', 'sales@', '@yingfeng.com', 'sales@yingfeng', 'a b@x.com', 'a@x.com; b@y.com', 'a..b@x.com', 'a@x..com', 'a@x.c', `${'a'.repeat(65)}@x.com`])(
    'refuses %s',
    (input) => {
      expect(show(parseEmail(input))).toBe('EMAIL_INVALID');
    },
  );
});

describe('parseUrl', () => {
  it('reads web sites and adds a missing scheme', () => {
    expect(show(parseUrl('www.yingfeng.com'))).toBe('http://www.yingfeng.com');
    expect(show(parseUrl('https://www.yingfeng.com/about?id=1'))).toBe('https://www.yingfeng.com/about?id=1');
    expect(show(parseUrl('HTTP://WWW.YINGFENG.COM'))).toBe('http://www.yingfeng.com');
    expect(show(parseUrl('http://萦丰.中国'))).toBe('http://xn--iiq782k.xn--fiqs8s');
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'ftp://x.com', 'http://user:pw@x.com', 'localhost', 'http://x', 'www.x.com/a b', '无'])(
    'refuses %s',
    (input) => {
      expect(show(parseUrl(input))).toBe('URL_INVALID');
    },
  );
});
