import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type QueryOf } from './client.ts';

export type AuditQuery = NonNullable<QueryOf<'/api/v1/audit', 'get'>>;

export const useAudit = (query: AuditQuery) =>
  useQuery({
    queryKey: ['audit', query],
    queryFn: ({ signal }) => api.get('/api/v1/audit', { query, signal }),
    placeholderData: keepPreviousData,
  });

// One account's trail, for everyone who may see the account (not only audit:read).
export const useAccountHistory = (accountId: string, query: { limit: number; offset: number }) =>
  useQuery({
    queryKey: ['account-history', accountId, query],
    queryFn: ({ signal }) => api.get('/api/v1/accounts/{id}/history', { params: { id: accountId }, query, signal }),
    placeholderData: keepPreviousData,
  });
