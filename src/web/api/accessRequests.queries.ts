import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountsKey } from './accounts.queries.ts';
import { api, type QueryOf } from './client.ts';

export type AccessRequestQuery = NonNullable<QueryOf<'/api/v1/access-requests', 'get'>>;

const accessRequestsKey = ['access-requests'] as const;

export const useAccessRequests = (query: AccessRequestQuery, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: [...accessRequestsKey, query],
    queryFn: ({ signal }) => api.get('/api/v1/access-requests', { query, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });

// The number on the menu entry: requests waiting for this user's decision.
export const usePendingAccessCount = (isEnabled: boolean) =>
  useQuery({
    queryKey: [...accessRequestsKey, 'pending-count'],
    queryFn: async ({ signal }) =>
      (await api.get('/api/v1/access-requests', { query: { scope: 'to_decide', status: 'pending', limit: 1 }, signal })).total,
    enabled: isEnabled,
    refetchInterval: 5 * 60_000,
  });

export const useRequestAccess = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { accountId: string; reason: string }) => api.post('/api/v1/access-requests', { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: accessRequestsKey }),
  });
};

export const useDecideAccess = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, approve, days }: { id: string; approve: boolean; days?: number }) =>
      api.post('/api/v1/access-requests/{id}/decision', { params: { id }, body: { approve, days } }),
    onSettled: () => Promise.all([client.invalidateQueries({ queryKey: accessRequestsKey }), client.invalidateQueries({ queryKey: accountsKey })]),
  });
};
