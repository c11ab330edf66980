import { ATTITUDES, BUYING_ROLES } from '../../../domain/contacts/lists.ts';
import type { ContactSearchQuery } from '../../api/contacts.queries.ts';

// The contact search's state in the address bar.
export type ContactListState = {
  q: string;
  buyingRole: (typeof BUYING_ROLES)[number] | null;
  attitude: (typeof ATTITUDES)[number] | null;
  isIncludingLeft: boolean;
  page: number;
};

export const CONTACT_PAGE_SIZE = 20;

const oneOf = <T extends readonly string[]>(list: T, value: string | null): T[number] | null =>
  value !== null && (list as readonly string[]).includes(value) ? value : null;

export function parseContactListParams(params: URLSearchParams): ContactListState {
  const page = Number(params.get('page'));
  return {
    q: params.get('q') ?? '',
    buyingRole: oneOf(BUYING_ROLES, params.get('buyingRole')),
    attitude: oneOf(ATTITUDES, params.get('attitude')),
    isIncludingLeft: params.get('includeLeft') === 'true',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function serializeContactListParams(state: ContactListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.buyingRole) params.set('buyingRole', state.buyingRole);
  if (state.attitude) params.set('attitude', state.attitude);
  if (state.isIncludingLeft) params.set('includeLeft', 'true');
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

export function toContactSearchQuery(state: ContactListState): ContactSearchQuery {
  return {
    q: state.q.trim() || undefined,
    buyingRole: state.buyingRole ?? undefined,
    attitude: state.attitude ?? undefined,
    includeLeft: state.isIncludingLeft ? 'true' : undefined,
    limit: CONTACT_PAGE_SIZE,
    offset: (state.page - 1) * CONTACT_PAGE_SIZE,
  };
}
