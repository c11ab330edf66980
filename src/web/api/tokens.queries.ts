import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type BodyOf } from './client.ts';

const tokensKey = ['auth', 'tokens'] as const;

export const useTokens = () =>
  useQuery({ queryKey: tokensKey, queryFn: ({ signal }) => api.get('/api/v1/auth/tokens', { signal }) });

export const useCreateToken = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<'/api/v1/auth/tokens', 'post'>) => api.post('/api/v1/auth/tokens', { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: tokensKey }),
  });
};

export const useRevokeToken = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete('/api/v1/auth/tokens/{id}', { params: { id } }),
    onSuccess: () => client.invalidateQueries({ queryKey: tokensKey }),
  });
};
