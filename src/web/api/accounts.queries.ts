import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type BodyOf, type QueryOf } from './client.ts';

export type AccountListQuery = NonNullable<QueryOf<'/api/v1/accounts', 'get'>>;
export type CreateAccountBody = BodyOf<'/api/v1/accounts', 'post'>;
export type UpdateAccountBody = BodyOf<'/api/v1/accounts/{id}', 'patch'>;
export type AccountTeamBody = BodyOf<'/api/v1/accounts/{id}/team', 'put'>;
export type BatchAccountsBody = BodyOf<'/api/v1/accounts/batch', 'post'>;
export type TransferAccountsBody = BodyOf<'/api/v1/accounts/transfer', 'post'>;
export type AccountLookupQuery = NonNullable<QueryOf<'/api/v1/accounts/lookup', 'get'>>;

export const accountsKey = ['accounts'] as const;

export const useAccounts = (query: AccountListQuery, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: [...accountsKey, 'list', query],
    queryFn: ({ signal }) => api.get('/api/v1/accounts', { query, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });

export const useAccount = (id: string | undefined) =>
  useQuery({
    queryKey: [...accountsKey, 'one', id],
    queryFn: ({ signal }) => api.get('/api/v1/accounts/{id}', { params: { id: id ?? '' }, signal }),
    enabled: Boolean(id),
  });

// "Does the company already have this customer?" — exact name or credit code, no archive content.
export const useAccountLookup = (query: AccountLookupQuery) =>
  useQuery({
    queryKey: [...accountsKey, 'lookup', query],
    queryFn: ({ signal }) => api.get('/api/v1/accounts/lookup', { query, signal }),
    enabled: Boolean(query.name || query.creditCode),
    staleTime: 60_000,
  });

// Everything about accounts (lists, details, contacts' account names, coverage) may change together.
const useInvalidateAccounts = () => {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: accountsKey });
};

export const useCreateAccount = () => {
  const invalidate = useInvalidateAccounts();
  return useMutation({
    mutationFn: (body: CreateAccountBody) => api.post('/api/v1/accounts', { body }),
    onSuccess: invalidate,
  });
};

export const useUpdateAccount = () => {
  const invalidate = useInvalidateAccounts();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateAccountBody }) => api.patch('/api/v1/accounts/{id}', { params: { id }, body }),
    // Also on error: a 409 means our copy is stale, so fetch the current one.
    onSettled: invalidate,
  });
};

export const useDeleteAccount = () => {
  const invalidate = useInvalidateAccounts();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => api.delete('/api/v1/accounts/{id}', { params: { id }, query: { version } }),
    onSettled: invalidate,
  });
};

export const useSetAccountTeam = () => {
  const invalidate = useInvalidateAccounts();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AccountTeamBody }) => api.put('/api/v1/accounts/{id}/team', { params: { id }, body }),
    onSettled: invalidate,
  });
};

export const useBatchAccounts = () => {
  const invalidate = useInvalidateAccounts();
  return useMutation({
    mutationFn: (body: BatchAccountsBody) => api.post('/api/v1/accounts/batch', { body }),
    onSettled: invalidate,
  });
};

export const useTransferAccounts = () => {
  const invalidate = useInvalidateAccounts();
  return useMutation({
    mutationFn: (body: TransferAccountsBody) => api.post('/api/v1/accounts/transfer', { body }),
    onSettled: invalidate,
  });
};

export const useSubmitReview = () => {
  const invalidate = useInvalidateAccounts();
  return useMutation({
    mutationFn: (id: string) => api.post('/api/v1/accounts/{id}/review/submit', { params: { id } }),
    onSettled: invalidate,
  });
};

export const useReviewAccount = () => {
  const invalidate = useInvalidateAccounts();
  return useMutation({
    mutationFn: ({ id, decision, comment }: { id: string; decision: 'approve' | 'return'; comment: string | null }) =>
      api.post('/api/v1/accounts/{id}/review', { params: { id }, body: { decision, comment } }),
    onSettled: invalidate,
  });
};
