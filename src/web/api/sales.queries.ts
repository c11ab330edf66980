import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type BodyOf, type QueryOf } from './client.ts';
import type { components } from './schema';

export type SalesRecord = components['schemas']['SalesRecord'];
export type SalesTotals = components['schemas']['SalesTotals'];
export type PaymentStatus = SalesRecord['paymentStatus'];

export type SalesListQuery = NonNullable<QueryOf<'/api/v1/sales', 'get'>>;
export type AccountSalesQuery = NonNullable<QueryOf<'/api/v1/accounts/{id}/sales', 'get'>>;
export type CreateSaleBody = BodyOf<'/api/v1/accounts/{id}/sales', 'post'>;
export type UpdateSaleBody = BodyOf<'/api/v1/sales/{id}', 'patch'>;

export const salesKey = ['sales'] as const;

export const useSales = (query: SalesListQuery) =>
  useQuery({
    queryKey: [...salesKey, 'list', query],
    queryFn: ({ signal }) => api.get('/api/v1/sales', { query, signal }),
    placeholderData: keepPreviousData,
  });

// One account's records for a period, with the period's totals and sales by year.
export const useAccountSales = (accountId: string | undefined, query: AccountSalesQuery) =>
  useQuery({
    queryKey: [...salesKey, 'account', accountId, query],
    queryFn: ({ signal }) => api.get('/api/v1/accounts/{id}/sales', { params: { id: accountId ?? '' }, query, signal }),
    placeholderData: keepPreviousData,
    enabled: Boolean(accountId),
  });

const useInvalidateSales = () => {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: salesKey });
};

export const useCreateSale = () => {
  const invalidate = useInvalidateSales();
  return useMutation({
    mutationFn: ({ accountId, body }: { accountId: string; body: CreateSaleBody }) => api.post('/api/v1/accounts/{id}/sales', { params: { id: accountId }, body }),
    onSuccess: invalidate,
  });
};

export const useUpdateSale = () => {
  const invalidate = useInvalidateSales();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateSaleBody }) => api.patch('/api/v1/sales/{id}', { params: { id }, body }),
    // Also on error: a 409 means our copy is stale.
    onSettled: invalidate,
  });
};

export const useDeleteSale = () => {
  const invalidate = useInvalidateSales();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => api.delete('/api/v1/sales/{id}', { params: { id }, query: { version } }),
    onSettled: invalidate,
  });
};
