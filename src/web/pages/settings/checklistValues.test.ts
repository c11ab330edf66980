import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECKLIST } from '../../../domain/accounts/completeness.ts';
import type { CustomFieldDefinition } from '../../api/archiveSettings.queries.ts';
import { inputOfChecklistItem, toChecklist, toChecklistValues } from './checklistValues.ts';

const field = (key: string, active = true): CustomFieldDefinition => ({ key, label: { 'zh-CN': key, 'en-US': key }, type: 'text', options: [], required: false, active });

describe('the checklist form', () => {
  it('gives back the same checklist when nothing changed, so saving does not rescore', () => {
    const checklist = [...DEFAULT_CHECKLIST];
    expect(toChecklist(toChecklistValues(checklist), checklist, [])).toEqual(checklist);
  });

  it('reads the contacts minimum, 0 when contacts are not on the checklist', () => {
    expect(toChecklistValues(DEFAULT_CHECKLIST).contactsMin).toBe(3);
    expect(toChecklistValues([{ id: 'phone', kind: 'field', field: 'phone' }])).toEqual({
      fields: ['phone'],
      customKeys: [],
      contactsMin: 0,
      hasDecisionMaker: false,
      hasOrgChart: false,
    });
  });

  it('keeps the items already there in place and appends new ones in the form order', () => {
    const previous = toChecklist({ fields: ['region', 'phone'], customKeys: [], contactsMin: 2, hasDecisionMaker: false, hasOrgChart: false }, [], []);
    expect(previous.map((item) => item.id)).toEqual(['phone', 'region', 'contacts']);
    const next = toChecklist({ fields: ['address', 'region'], customKeys: ['brand'], contactsMin: 5, hasDecisionMaker: true, hasOrgChart: false }, previous, [field('brand')]);
    expect(next).toEqual([
      { id: 'region', kind: 'field', field: 'region' },
      { id: 'contacts', kind: 'contacts', min: 5 },
      { id: 'address', kind: 'field', field: 'address' },
      { id: 'custom.brand', kind: 'custom_field', key: 'brand' },
      { id: 'decision_maker', kind: 'decision_maker' },
    ]);
  });

  it('drops contacts at 0 and custom fields that are retired or unknown', () => {
    const checklist = toChecklist({ fields: [], customKeys: ['old', 'gone', 'brand'], contactsMin: 0, hasDecisionMaker: false, hasOrgChart: true }, [], [field('old', false), field('brand')]);
    expect(checklist.map((item) => item.id)).toEqual(['custom.brand', 'org_chart']);
  });

  it('names the input an item belongs to', () => {
    expect(DEFAULT_CHECKLIST.map(inputOfChecklistItem).filter((input, i, all) => all.indexOf(input) === i)).toEqual(['fields', 'contactsMin', 'hasDecisionMaker', 'hasOrgChart']);
  });
});
