import { describe, expect, it } from 'vitest';
import type { CustomFieldDefinition } from '../../api/archiveSettings.queries.ts';
import { moveField, renameKey } from './customFieldDraft.ts';

const field = (key: string): CustomFieldDefinition => ({ key, label: { 'zh-CN': key, 'en-US': key }, type: 'text', options: [], required: false, active: true });
const keys = (fields: CustomFieldDefinition[]) => fields.map((f) => f.key);

describe('the custom field draft', () => {
  it('moves a field up and down, never past either end', () => {
    const fields = [field('a'), field('b'), field('c')];
    expect(keys(moveField(fields, 2, -1))).toEqual(['a', 'c', 'b']);
    expect(keys(moveField(fields, 0, 1))).toEqual(['b', 'a', 'c']);
    expect(keys(moveField(fields, 0, -1))).toEqual(['a', 'b', 'c']);
    expect(keys(moveField(fields, 2, 1))).toEqual(['a', 'b', 'c']);
  });

  it("follows a renamed key on the checklist and drops a retired field's", () => {
    expect(renameKey(['a', 'b'], 'b', 'bb')).toEqual(['a', 'bb']);
    expect(renameKey(['a', 'b'], 'a', null)).toEqual(['b']);
    expect(renameKey(undefined, 'a', null)).toEqual([]);
  });
});
