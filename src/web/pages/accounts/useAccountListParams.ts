import { useSearchParams } from 'react-router';
import { nextAccountListState, parseAccountListParams, serializeAccountListParams, toAccountListQuery, type AccountListState } from './accountListParams.ts';

export function useAccountListParams() {
  const [params, setParams] = useSearchParams();
  const state = parseAccountListParams(params);
  const replace = (next: AccountListState) => setParams(serializeAccountListParams(next), { replace: true });
  const update = (patch: Partial<AccountListState>) => replace(nextAccountListState(state, patch));
  return { state, update, replace, query: toAccountListQuery(state) };
}
