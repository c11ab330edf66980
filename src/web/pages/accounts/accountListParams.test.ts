import { describe, expect, it } from 'vitest';
import {
  clearedFilters,
  fromViewState,
  hasFilters,
  nextAccountListState,
  parseAccountListParams,
  serializeAccountListParams,
  toAccountListQuery,
  toViewState,
} from './accountListParams.ts';

const parse = (search: string) => parseAccountListParams(new URLSearchParams(search));
const OWNER = '46712f9e-e07b-41ca-a187-9798d64f397f';

describe('account list state in the address bar', () => {
  it('starts on the first page of everything, 20 a page', () => {
    expect(toAccountListQuery(parse(''))).toEqual({ limit: 20, offset: 0 });
  });

  it('turns filters, sort and page into the API query', () => {
    const state = parse(`q=dgyf&ownerId=${OWNER}&lifecycleStage=key&region=guangdong&completenessBelow=60&toReassign=true&sort=-updatedAt&page=2&pageSize=50`);
    expect(toAccountListQuery(state)).toEqual({
      q: 'dgyf',
      ownerId: OWNER,
      lifecycleStage: 'key',
      region: 'guangdong',
      completenessBelow: 60,
      toReassign: 'true',
      sort: '-updatedAt',
      limit: 50,
      offset: 50,
    });
  });

  it('ignores values the API would reject', () => {
    expect(parse('lifecycleStage=vip&region=mars&ownerId=42&completenessBelow=55&sort=secret&pageSize=7&updatedSince=yesterday')).toMatchObject({
      lifecycleStage: null,
      region: null,
      ownerId: null,
      completenessBelow: null,
      sort: null,
      pageSize: 20,
      updatedSince: null,
    });
  });

  it('round-trips through the address bar, leaving defaults out', () => {
    const search = 'q=%E7%9B%88%E4%B8%B0&mine=true&industry=electronics&sort=name&page=3';
    expect(serializeAccountListParams(parse(search)).toString()).toBe(search);
    expect(serializeAccountListParams(parse('')).toString()).toBe('');
  });

  it('goes back to page 1 when a filter changes, but not when paging', () => {
    const state = parse('page=4');
    expect(nextAccountListState(state, { industry: 'energy' }).page).toBe(1);
    expect(nextAccountListState(state, { page: 5 }).page).toBe(5);
  });

  it('knows when filters are set and clears them but keeps the sort', () => {
    const state = parse('tag=VIP&sort=name');
    expect(hasFilters(state)).toBe(true);
    expect(hasFilters(parse('sort=name&pageSize=50'))).toBe(false);
    expect(clearedFilters(state)).toMatchObject({ tag: null, sort: 'name' });
  });
});

describe('saved views of the account list', () => {
  it('store the filters, sort and columns as a flat record, without the page', () => {
    const state = parse('region=jiangsu&reviewStatus=submitted&sort=-createdAt&page=3');
    expect(toViewState(state, ['name', 'owner'])).toEqual({ region: 'jiangsu', reviewStatus: 'submitted', sort: '-createdAt', columns: ['name', 'owner'] });
  });

  it('open on the first page with the stored columns', () => {
    const VIEW = '11111111-2222-4333-8444-555555555555';
    const { state, columns } = fromViewState(VIEW, { region: 'jiangsu', completenessBelow: '80', columns: ['name'] });
    expect(state).toMatchObject({ region: 'jiangsu', completenessBelow: 80, page: 1, viewId: VIEW });
    expect(columns).toEqual(['name']);
  });
});
