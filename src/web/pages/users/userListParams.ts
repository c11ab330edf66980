import { isRole, type Role } from '../../../domain/users/roles.ts';
import type { UserListQuery } from '../../api/users.queries.ts';

// The users table's state lives in the address bar, so that a filtered list can be reloaded,
// bookmarked and shared.
export type UserStatus = 'active' | 'disabled';
export const SORTABLE_USER_FIELDS = ['username', 'name', 'role', 'createdAt'] as const;
export type UserSortField = (typeof SORTABLE_USER_FIELDS)[number];

export type UserListState = {
  q: string;
  role: Role | null;
  teamId: string | null;
  status: UserStatus | null;
  sort: string | null; // `field` or `-field`
  page: number;
  pageSize: number;
};

export const PAGE_SIZES = [20, 50, 100, 200] as const;
const DEFAULT_PAGE_SIZE = 20;

const positiveInt = (value: string | null, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

const isSort = (value: string | null): value is string =>
  value !== null && (SORTABLE_USER_FIELDS as readonly string[]).includes(value.replace(/^-/, ''));

export function parseUserListParams(params: URLSearchParams): UserListState {
  const role = params.get('role');
  const status = params.get('status');
  const sort = params.get('sort');
  const pageSize = positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE);
  return {
    q: params.get('q') ?? '',
    role: isRole(role) ? role : null,
    teamId: params.get('teamId') || null,
    status: status === 'active' || status === 'disabled' ? status : null,
    sort: isSort(sort) ? sort : null,
    page: positiveInt(params.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

export function serializeUserListParams(state: UserListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.role) params.set('role', state.role);
  if (state.teamId) params.set('teamId', state.teamId);
  if (state.status) params.set('status', state.status);
  if (state.sort) params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(state.pageSize));
  return params;
}

// Changing a filter or the sort goes back to the first page.
export function nextUserListState(state: UserListState, patch: Partial<UserListState>): UserListState {
  const isPaging = Object.keys(patch).every((key) => key === 'page' || key === 'pageSize');
  return { ...state, ...patch, page: isPaging ? (patch.page ?? state.page) : 1 };
}

export function toUserListQuery(state: UserListState): UserListQuery {
  return {
    q: state.q.trim() || undefined,
    role: state.role ?? undefined,
    teamId: state.teamId ?? undefined,
    isDisabled: state.status === null ? undefined : state.status === 'disabled' ? 'true' : 'false',
    sort: state.sort ?? undefined,
    limit: state.pageSize,
    offset: (state.page - 1) * state.pageSize,
  };
}
