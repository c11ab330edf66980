import { useSearchParams } from 'react-router';
import { nextUserListState, parseUserListParams, serializeUserListParams, toUserListQuery, type UserListState } from './userListParams.ts';

export function useUserListParams() {
  const [params, setParams] = useSearchParams();
  const state = parseUserListParams(params);
  const update = (patch: Partial<UserListState>) => setParams(serializeUserListParams(nextUserListState(state, patch)), { replace: true });
  return { state, update, query: toUserListQuery(state) };
}
