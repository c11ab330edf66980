import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ArchiveSettings } from '../../api/archiveSettings.queries.ts';
import { missingItemLabel } from './missingItems.ts';

// Echoes the first key tried and its values, like i18next with the keys as texts.
const t = ((key: string | string[], values?: { n?: number }) => `${Array.isArray(key) ? key[0] : key}${values?.n === undefined ? '' : `:${values.n}`}`) as unknown as TFunction;

const settings: Pick<ArchiveSettings, 'checklist' | 'customFields'> = {
  checklist: [{ id: 'contacts', kind: 'contacts', min: 5 }],
  customFields: [{ key: 'brand', label: { 'zh-CN': '现用品牌', 'en-US': 'Current brand' }, type: 'select', options: ['美孚'], required: false, active: true }],
};

describe('missing checklist items in words', () => {
  it("names a custom field by the administrator's label in the UI language", () => {
    expect(missingItemLabel(t, 'custom.brand', { settings, locale: 'zh-CN' })).toBe('现用品牌');
    expect(missingItemLabel(t, 'custom.brand', { settings, locale: 'en-US' })).toBe('Current brand');
    expect(missingItemLabel(t, 'custom.gone', { settings, locale: 'en-US' })).toBe('gone');
  });

  it('asks for as many contacts as the checklist does (3 by default)', () => {
    expect(missingItemLabel(t, 'contacts', { settings, locale: 'zh-CN' })).toBe('accounts.missing.contacts:5');
    expect(missingItemLabel(t, 'contacts', { locale: 'zh-CN' })).toBe('accounts.missing.contacts:3');
  });

  it('names standard fields and the other items by their own texts', () => {
    expect(missingItemLabel(t, 'decision_maker', { settings, locale: 'zh-CN' })).toBe('accounts.missing.decision_maker');
  });
});
