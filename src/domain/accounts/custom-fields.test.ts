import { describe, expect, it } from 'vitest';
import { DEFAULT_ARCHIVE_SETTINGS, validateArchiveSettings } from './archive-settings.ts';
import { archiveCompleteness } from './completeness.ts';
import { mergeCustomValues, validateDefinitions, type CustomFieldDefinition } from './custom-fields.ts';

const field = (overrides: Partial<CustomFieldDefinition>): CustomFieldDefinition => ({
  key: 'oil_volume',
  label: { 'zh-CN': '年用油量', 'en-US': 'Annual oil volume' },
  type: 'number',
  options: [],
  required: false,
  active: true,
  ...overrides,
});

const FIELDS = [
  field({}),
  field({ key: 'brand', type: 'select', options: ['美孚', '壳牌'], required: true }),
  field({ key: 'audited_on', type: 'date' }),
  field({ key: 'note', type: 'text' }),
  field({ key: 'iso', type: 'boolean' }),
  field({ key: 'machines', type: 'multiselect', options: ['注塑机', '冲床', '机床'] }),
  field({ key: 'legacy', type: 'text', active: false }),
];

describe('custom field definitions', () => {
  it('accepts well-formed definitions', () => {
    expect(validateDefinitions(FIELDS)).toEqual([]);
  });

  it('names the definition and the part that is wrong', () => {
    expect(validateDefinitions([field({ key: 'Bad Key' })])).toEqual([{ path: 'customFields.0.key', message: expect.any(String) }]);
    expect(validateDefinitions([field({}), field({})])[0]).toMatchObject({ path: 'customFields.1.key', message: 'duplicate key oil_volume' });
    expect(validateDefinitions([field({ type: 'select' })])[0].path).toBe('customFields.0.options');
    expect(validateDefinitions([field({ type: 'select', options: ['a', 'a'] })])[0].message).toBe('options repeat');
    expect(validateDefinitions([field({ type: 'text', options: ['a'] })])[0].path).toBe('customFields.0.options');
    expect(validateDefinitions(Array.from({ length: 51 }, (_, i) => field({ key: `f${i}` })))[0].path).toBe('customFields');
  });
});

describe('custom values on an account', () => {
  it('merges typed values over the stored ones and trims text', () => {
    const result = mergeCustomValues(FIELDS, { brand: '美孚', legacy: 'kept' }, { oil_volume: 1200.5, audited_on: '2026-02-28', note: '  夜班多 ', iso: true });
    expect(result.errors).toEqual([]);
    expect(result.values).toEqual({ brand: '美孚', legacy: 'kept', oil_volume: 1200.5, audited_on: '2026-02-28', note: '夜班多', iso: true });
  });

  it('refuses unknown and retired fields, wrong types and impossible dates, naming each field', () => {
    const { errors } = mergeCustomValues(FIELDS, { brand: '壳牌' }, { nope: 1, legacy: 'x', oil_volume: '12', audited_on: '2026-02-30', brand: '嘉实多', iso: 'yes' });
    expect(errors.map((e) => e.path).sort()).toEqual(
      ['customFields.audited_on', 'customFields.brand', 'customFields.iso', 'customFields.legacy', 'customFields.nope', 'customFields.oil_volume'].sort(),
    );
  });

  it('takes several choices of a multi-choice field, each once; an empty list is no value', () => {
    expect(mergeCustomValues(FIELDS, { brand: '美孚' }, { machines: ['冲床', '机床'] }).values.machines).toEqual(['冲床', '机床']);
    expect(mergeCustomValues(FIELDS, { brand: '美孚' }, { machines: [] }).values.machines).toBeNull();
    expect(mergeCustomValues(FIELDS, { brand: '美孚' }, { machines: ['冲床', '冲床'] }).errors[0].path).toBe('customFields.machines');
    expect(mergeCustomValues(FIELDS, { brand: '美孚' }, { machines: ['车床'] }).errors[0].path).toBe('customFields.machines');
    expect(mergeCustomValues(FIELDS, { brand: '美孚' }, { machines: '冲床' }).errors[0].path).toBe('customFields.machines');
    expect(validateDefinitions([field({ type: 'multiselect' })])[0].path).toBe('customFields.0.options');
  });

  it('requires required fields in the result; blank text counts as empty', () => {
    expect(mergeCustomValues(FIELDS, {}, {}).errors).toEqual([{ path: 'customFields.brand', message: 'required' }]);
    expect(mergeCustomValues(FIELDS, { brand: '美孚' }, { brand: '  ' }).errors).toEqual([{ path: 'customFields.brand', message: 'required' }]);
    expect(mergeCustomValues(FIELDS, { brand: '美孚' }, { note: '' }).values.note).toBeNull();
  });

  it('refuses text longer than the limit', () => {
    expect(mergeCustomValues(FIELDS, { brand: '美孚' }, { note: 'x'.repeat(2001) }).errors[0].path).toBe('customFields.note');
  });
});

describe('archive settings', () => {
  it('the default settings are valid', () => {
    expect(validateArchiveSettings(DEFAULT_ARCHIVE_SETTINGS)).toEqual([]);
  });

  it('a checklist may require a custom field, which completeness then checks', () => {
    const settings = { customFields: FIELDS, checklist: [{ id: 'custom.brand', kind: 'custom_field' as const, key: 'brand' }, { id: 'phone', kind: 'field' as const, field: 'phone' }] };
    expect(validateArchiveSettings(settings)).toEqual([]);
    const facts = { activeContacts: 0, hasDecisionMaker: false, hasOrgChart: false };
    expect(archiveCompleteness({ ...facts, fields: { phone: '1', customFields: { brand: '美孚' } } }, settings.checklist)).toEqual({ score: 100, missing: [] });
    expect(archiveCompleteness({ ...facts, fields: { phone: '1', customFields: {} } }, settings.checklist)).toEqual({ score: 50, missing: ['custom.brand'] });
  });

  it('a saved field may be retired but not removed or retyped', () => {
    const previous = { checklist: [], customFields: FIELDS };
    expect(validateArchiveSettings({ checklist: [], customFields: FIELDS.map((f) => ({ ...f, active: false })) }, previous)).toEqual([]);
    expect(validateArchiveSettings({ checklist: [], customFields: FIELDS.slice(1) }, previous)).toEqual([{ path: 'customFields', message: 'oil_volume cannot be removed; retire it instead' }]);
    expect(validateArchiveSettings({ checklist: [], customFields: [{ ...FIELDS[0], type: 'text' }, ...FIELDS.slice(1)] }, previous)[0].path).toBe('customFields.0.type');
  });

  it('refuses checklist items that cannot be checked', () => {
    const errors = validateArchiveSettings({
      customFields: FIELDS,
      checklist: [
        { id: 'salary', kind: 'field', field: 'salary' },
        { id: 'custom.legacy', kind: 'custom_field', key: 'legacy' },
        { id: 'contacts', kind: 'contacts', min: 0 },
        { id: 'org_chart', kind: 'org_chart' },
        { id: 'org_chart', kind: 'org_chart' },
      ],
    });
    expect(errors.map((e) => e.path)).toEqual(['checklist.0', 'checklist.1', 'checklist.2', 'checklist.4']);
  });
});
