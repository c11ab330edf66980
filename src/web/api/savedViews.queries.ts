import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type BodyOf } from './client.ts';

export type SavedViewResource = 'accounts' | 'contacts';
export type CreateSavedViewBody = BodyOf<'/api/v1/saved-views', 'post'>;
export type UpdateSavedViewBody = BodyOf<'/api/v1/saved-views/{id}', 'patch'>;

const savedViewsKey = ['saved-views'] as const;

export const useSavedViews = (resource: SavedViewResource) =>
  useQuery({
    queryKey: [...savedViewsKey, resource],
    queryFn: ({ signal }) => api.get('/api/v1/saved-views', { query: { resource }, signal }),
  });

const useInvalidateViews = () => {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: savedViewsKey });
};

export const useCreateSavedView = () => {
  const invalidate = useInvalidateViews();
  return useMutation({ mutationFn: (body: CreateSavedViewBody) => api.post('/api/v1/saved-views', { body }), onSuccess: invalidate });
};

export const useUpdateSavedView = () => {
  const invalidate = useInvalidateViews();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateSavedViewBody }) => api.patch('/api/v1/saved-views/{id}', { params: { id }, body }),
    onSettled: invalidate,
  });
};

export const useDeleteSavedView = () => {
  const invalidate = useInvalidateViews();
  return useMutation({ mutationFn: (id: string) => api.delete('/api/v1/saved-views/{id}', { params: { id } }), onSettled: invalidate });
};
