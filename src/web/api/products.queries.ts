import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type BodyOf, type QueryOf } from './client.ts';
import type { components } from './schema';

export type Product = components['schemas']['Product'];

export type ProductListQuery = NonNullable<QueryOf<'/api/v1/products', 'get'>>;
export type CreateProductBody = BodyOf<'/api/v1/products', 'post'>;
export type UpdateProductBody = BodyOf<'/api/v1/products/{id}', 'patch'>;

export const productsKey = ['products'] as const;

export const useProducts = (query: ProductListQuery, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: [...productsKey, 'list', query],
    queryFn: ({ signal }) => api.get('/api/v1/products', { query, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });

export const useProductCategories = () =>
  useQuery({
    queryKey: [...productsKey, 'categories'],
    queryFn: ({ signal }) => api.get('/api/v1/products/categories', { signal }),
    staleTime: 60_000,
  });

// A product's name also shows on sales records: those lists refresh too.
const useInvalidateProducts = () => {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: productsKey }), client.invalidateQueries({ queryKey: ['sales'] })]);
};

export const useCreateProduct = () => {
  const invalidate = useInvalidateProducts();
  return useMutation({ mutationFn: (body: CreateProductBody) => api.post('/api/v1/products', { body }), onSuccess: invalidate });
};

export const useUpdateProduct = () => {
  const invalidate = useInvalidateProducts();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateProductBody }) => api.patch('/api/v1/products/{id}', { params: { id }, body }),
    onSettled: invalidate,
  });
};

export const useDeactivateProduct = () => {
  const invalidate = useInvalidateProducts();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => api.post('/api/v1/products/{id}/deactivate', { params: { id }, body: { version } }),
    onSettled: invalidate,
  });
};
