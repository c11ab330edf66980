import { describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../../api/archiveSettings.queries.ts';
import { placeSettingsErrors } from './settingsErrors.ts';

const sent: ChecklistItem[] = [
  { id: 'phone', kind: 'field', field: 'phone' },
  { id: 'custom.brand', kind: 'custom_field', key: 'brand' },
  { id: 'contacts', kind: 'contacts', min: 99 },
];

describe('a refused save', () => {
  it('puts custom field errors on their row and input', () => {
    const placed = placeSettingsErrors(
      [
        { path: 'customFields.1.key', message: 'duplicate key brand' },
        { path: 'body.customFields.1.label.en-US', message: 'too long' },
        { path: 'customFields.0', message: 'bad' },
      ],
      sent,
    );
    expect(placed.fields).toEqual({
      1: [
        { name: ['key'], message: 'duplicate key brand' },
        { name: ['label', 'en-US'], message: 'too long' },
      ],
      0: [{ name: ['key'], message: 'bad' }],
    });
    expect(placed.general).toEqual([]);
  });

  it('puts checklist errors under the input of the item the server named', () => {
    const placed = placeSettingsErrors(
      [
        { path: 'checklist.1', message: 'no active custom field brand' },
        { path: 'checklist.2', message: 'contacts: a whole number from 1 to 50' },
      ],
      sent,
    );
    expect(placed.checklist).toEqual([
      { name: 'customKeys', errors: ['no active custom field brand'] },
      { name: 'contactsMin', errors: ['contacts: a whole number from 1 to 50'] },
    ]);
  });

  it('keeps what it cannot place for the top of the page', () => {
    expect(placeSettingsErrors([{ path: 'customFields', message: 'at most 50 fields' }, { path: 'checklist.9', message: '?' }], sent).general).toEqual(['at most 50 fields', '?']);
  });
});
