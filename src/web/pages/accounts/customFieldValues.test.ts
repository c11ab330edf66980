import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { CustomFieldDefinition } from '../../api/archiveSettings.queries.ts';
import { customFieldLabel, formatCustomValue, toCreateCustomValues, toCustomFormValues, toUpdateCustomValues } from './customFieldValues.ts';

const def = (key: string, type: CustomFieldDefinition['type'], extra: Partial<CustomFieldDefinition> = {}): CustomFieldDefinition => ({
  key,
  label: { 'zh-CN': `${key}-zh`, 'en-US': `${key}-en` },
  type,
  options: type === 'select' ? ['美孚', '壳牌'] : [],
  required: false,
  active: true,
  ...extra,
});

const FIELDS = [def('brand', 'select', { required: true }), def('oil_volume', 'number'), def('audited_on', 'date'), def('note', 'text'), def('is_export', 'boolean'), def('old', 'text', { active: false })];
const t = ((key: string) => key) as unknown as TFunction;

describe('custom field values in the account form', () => {
  it('shows the active fields, dates as dates, empty ones as null', () => {
    const values = toCustomFormValues(FIELDS, { brand: '壳牌', audited_on: '2024-03-31', old: 'kept' });
    expect(Object.keys(values)).toEqual(['brand', 'oil_volume', 'audited_on', 'note', 'is_export']);
    expect(values.brand).toBe('壳牌');
    expect(dayjs.isDayjs(values.audited_on) && (values.audited_on as dayjs.Dayjs).format('YYYY-MM-DD')).toBe('2024-03-31');
    expect(values.oil_volume).toBeNull();
  });

  it('creates with what was filled in: trimmed text, ISO dates, numbers', () => {
    expect(toCreateCustomValues(FIELDS, { brand: '美孚', oil_volume: 1200.5, audited_on: dayjs('2024-01-02'), note: '  ', is_export: undefined })).toEqual({
      brand: '美孚',
      oil_volume: 1200.5,
      audited_on: '2024-01-02',
    });
    expect(toCreateCustomValues(FIELDS, undefined)).toBeUndefined();
  });

  it('answers a required yes/no field with "no" when the switch was left off', () => {
    const fields = [def('is_export', 'boolean', { required: true })];
    expect(toCreateCustomValues(fields, {})).toEqual({ is_export: false });
  });

  it('sends only the values that changed, clearing an emptied one, never a retired field', () => {
    const stored = { brand: '美孚', oil_volume: 900, note: 'x', old: 'kept' };
    const form = { ...toCustomFormValues(FIELDS, stored), oil_volume: 1000, note: '' };
    expect(toUpdateCustomValues(FIELDS, stored, form)).toEqual({ oil_volume: 1000, note: null });
    expect(toUpdateCustomValues(FIELDS, stored, toCustomFormValues(FIELDS, stored))).toBeUndefined();
  });

  it('labels a field in the UI language, falling back to the other one and the key', () => {
    expect(customFieldLabel(FIELDS[0], 'en-US')).toBe('brand-en');
    expect(customFieldLabel({ ...FIELDS[0], label: { 'zh-CN': '品牌', 'en-US': ' ' } }, 'en-US')).toBe('品牌');
  });

  it('formats values for reading by type', () => {
    expect(formatCustomValue(t, 'zh-CN', FIELDS[1], 1234567.5)).toBe('1,234,567.5');
    expect(formatCustomValue(t, 'zh-CN', FIELDS[4], true)).toBe('common.yes');
    expect(formatCustomValue(t, 'zh-CN', FIELDS[4], false)).toBe('common.no');
    expect(formatCustomValue(t, 'zh-CN', FIELDS[2], '2024-03-31')).toBe('2024-03-31');
    expect(formatCustomValue(t, 'zh-CN', FIELDS[3], null)).toBe('—');
  });
});
