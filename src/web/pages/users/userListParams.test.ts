import { describe, expect, it } from 'vitest';
import { nextUserListState, parseUserListParams, serializeUserListParams, toUserListQuery } from './userListParams.ts';

const parse = (search: string) => parseUserListParams(new URLSearchParams(search));

describe('users table state in the address bar', () => {
  it('starts on the first page of everyone, 20 a page', () => {
    expect(toUserListQuery(parse(''))).toEqual({ limit: 20, offset: 0 });
  });

  it('turns filters, sort and page into the API query', () => {
    const state = parse('q=%E5%BC%A0&role=manager&status=disabled&sort=-createdAt&page=3&pageSize=50');
    expect(toUserListQuery(state)).toEqual({ q: '张', role: 'manager', isDisabled: 'true', sort: '-createdAt', limit: 50, offset: 100 });
  });

  it('ignores values the API would reject', () => {
    expect(parse('role=boss&status=gone&sort=password&page=-2&pageSize=7')).toMatchObject({
      role: null,
      status: null,
      sort: null,
      page: 1,
      pageSize: 20,
    });
  });

  it('round-trips through the address bar, leaving defaults out', () => {
    const state = parse('q=li&teamId=t1&sort=name&page=2');
    expect(serializeUserListParams(state).toString()).toBe('q=li&teamId=t1&sort=name&page=2');
    expect(serializeUserListParams(parse('')).toString()).toBe('');
  });

  it('goes back to page 1 when a filter changes, but not when paging', () => {
    const state = parse('page=4');
    expect(nextUserListState(state, { role: 'finance' }).page).toBe(1);
    expect(nextUserListState(state, { page: 5 }).page).toBe(5);
  });
});
