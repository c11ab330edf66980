import { describe, expect, it } from 'vitest';
import { parseContactListParams, serializeContactListParams, toContactSearchQuery } from './contactListParams.ts';

const parse = (search: string) => parseContactListParams(new URLSearchParams(search));

describe('contact search in the address bar', () => {
  it('searches everyone visible, 20 a page', () => {
    expect(toContactSearchQuery(parse(''))).toEqual({ limit: 20, offset: 0 });
  });

  it('filters by buying role and attitude, and can include people who left', () => {
    expect(toContactSearchQuery(parse('q=chen&buyingRole=decision_maker&attitude=opponent&includeLeft=true&page=2'))).toEqual({
      q: 'chen',
      buyingRole: 'decision_maker',
      attitude: 'opponent',
      includeLeft: 'true',
      limit: 20,
      offset: 20,
    });
  });

  it('drops unknown codes and round-trips', () => {
    expect(parse('buyingRole=boss&attitude=angry&page=0')).toMatchObject({ buyingRole: null, attitude: null, page: 1 });
    expect(serializeContactListParams(parse('q=li&attitude=supporter')).toString()).toBe('q=li&attitude=supporter');
  });
});
