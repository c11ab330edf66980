import { afterEach, describe, expect, it } from 'vitest';
import { excelSerialToIso, parseDate } from './parse-date.ts';

const value = (input: Parameters<typeof parseDate>[0], options?: Parameters<typeof parseDate>[1]) => {
  const result = parseDate(input, options);
  return result.ok ? result.value : result.reason;
};

describe('parseDate: four-digit year first', () => {
  it.each([
    ['2008-11-25', '2008-11-25'],
    ['2008/11/25', '2008-11-25'],
    ['2008.11.25', '2008-11-25'],
    ['2008/1/5', '2008-01-05'],
    ['20081125', '2008-11-25'],
    ['2008年11月25日', '2008-11-25'],
    ['2008年11月25号', '2008-11-25'],
    ['2008 年 11 月 25 日', '2008-11-25'],
    ['２００８－１１－２５', '2008-11-25'],
    ['2008-11-25 14:30', '2008-11-25'],
    ['2008-11-25T14:30:00', '2008-11-25'],
    ['2008/11/25 9:05:00', '2008-11-25'],
    ['2008年11月25日 10时30分', '2008-11-25'],
  ])('reads %s', (input, expected) => {
    expect(value(input)).toBe(expected);
  });

  it('reads a year and month as the first of the month unless the field needs a day', () => {
    expect(value('2008年11月')).toBe('2008-11-01');
    expect(value('2008-11')).toBe('2008-11-01');
    expect(value('2008年11月', { monthOnly: 'reject' })).toBe('DATE_INCOMPLETE');
    expect(value('2008年')).toBe('DATE_INCOMPLETE');
  });

  it('refuses dates that do not exist', () => {
    expect(value('2008-02-30')).toBe('DATE_INVALID');
    expect(value('2008-13-01')).toBe('DATE_INVALID');
    expect(value('2009-02-29')).toBe('DATE_INVALID');
    expect(value('2008-02-29')).toBe('2008-02-29');
    expect(value('1900-02-29')).toBe('DATE_INVALID');
    expect(value('2000-02-29')).toBe('2000-02-29');
    expect(value('下周一')).toBe('DATE_INVALID');
    expect(value('2008年11月三十日')).toBe('DATE_INVALID');
  });

  it('refuses years outside the allowed range', () => {
    expect(value('0208-11-25')).toBe('DATE_OUT_OF_RANGE');
    expect(value('2008-11-25', { maxYear: 2000 })).toBe('DATE_OUT_OF_RANGE');
  });
});

describe('parseDate: ambiguous short forms', () => {
  it('reports 25/11/08 as ambiguous: 2008-11-25 (d/m/y) or 2025-11-08 (y/m/d)', () => {
    expect(value('25/11/08')).toBe('DATE_AMBIGUOUS');
    expect(value('25/11/08', { order: 'DMY' })).toBe('2008-11-25');
    expect(value('25/11/08', { order: 'YMD' })).toBe('2025-11-08');
  });

  it('reports 08/11/25 as ambiguous and reads it with the file order', () => {
    expect(value('08/11/25')).toBe('DATE_AMBIGUOUS');
    expect(value('08/11/25', { order: 'YMD' })).toBe('2008-11-25');
    expect(value('08/11/25', { order: 'MDY' })).toBe('2025-08-11');
  });

  it('accepts a short form that only one reading makes a real date', () => {
    // 31 can only be a day; 99 only a year.
    expect(value('31/12/99')).toBe('1999-12-31');
    expect(value('12/31/99')).toBe('1999-12-31');
    expect(value('99/12/31')).toBe('1999-12-31');
  });

  it('follows Excel for two-digit years: 00–29 → 20xx, 30–99 → 19xx', () => {
    expect(value('31/12/29', { order: 'DMY' })).toBe('2029-12-31');
    expect(value('31/12/30', { order: 'DMY' })).toBe('1930-12-31');
    // 2031-12-29 (y/m/d) is real too.
    expect(value('31/12/29')).toBe('DATE_AMBIGUOUS');
    expect(value('08年11月25日')).toBe('2008-11-25');
  });

  it('decides day and month with a four-digit year last from the values', () => {
    expect(value('25/11/2008')).toBe('2008-11-25');
    expect(value('11/25/2008')).toBe('2008-11-25');
    expect(value('05/06/2008')).toBe('DATE_AMBIGUOUS');
    expect(value('05/06/2008', { order: 'DMY' })).toBe('2008-06-05');
    expect(value('05/05/2008')).toBe('2008-05-05');
  });

  it('reads month names', () => {
    expect(value('25-Nov-08')).toBe('2008-11-25');
    expect(value('25 Nov 2008')).toBe('2008-11-25');
    expect(value('Nov 25, 2008')).toBe('2008-11-25');
    expect(value('25-Foo-08')).toBe('DATE_INVALID');
  });
});

describe('parseDate: Excel serials and Date objects', () => {
  it('converts serials in the 1900 system, refusing the phantom 29 February 1900', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(60)).toBeNull();
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(39777)).toBe('2008-11-25');
    expect(excelSerialToIso(39777.75)).toBe('2008-11-25');
    expect(excelSerialToIso(2958465)).toBe('9999-12-31');
    expect(excelSerialToIso(2958466)).toBeNull();
  });

  it('converts serials in the 1904 system', () => {
    expect(excelSerialToIso(0, true)).toBe('1904-01-01');
    expect(excelSerialToIso(38315, true)).toBe('2008-11-25');
  });

  it('reads numbers and five-digit text as serials', () => {
    expect(value(39777)).toBe('2008-11-25');
    expect(value('39777')).toBe('2008-11-25');
    expect(value(38315, { date1904: true })).toBe('2008-11-25');
    expect(value(-1)).toBe('DATE_INVALID');
    expect(value(Number.NaN)).toBe('DATE_INVALID');
  });

  it('reads an exceljs Date by its UTC fields', () => {
    expect(value(new Date(Date.UTC(2008, 10, 25)))).toBe('2008-11-25');
    expect(value(new Date(Date.UTC(2008, 10, 25, 23, 59, 59)))).toBe('2008-11-25');
    expect(value(new Date(Number.NaN))).toBe('DATE_INVALID');
  });
});

describe('parseDate in a negative-offset time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it('gives the same calendar dates in America/Los_Angeles as in Asia/Shanghai', () => {
    const inputs = ['2008-11-25', '2008年11月', '31/12/99', 39777, new Date(Date.UTC(2008, 10, 25))] as const;
    process.env.TZ = 'Asia/Shanghai';
    const shanghai = inputs.map((i) => value(i));
    process.env.TZ = 'America/Los_Angeles';
    expect(new Date(2008, 10, 25).getTimezoneOffset()).toBeGreaterThan(0);
    expect(inputs.map((i) => value(i))).toEqual(shanghai);
    expect(shanghai).toEqual(['2008-11-25', '2008-11-01', '1999-12-31', '2008-11-25', '2008-11-25']);
  });
});
