import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type BodyOf, type QueryOf } from './client.ts';

export type UserListQuery = NonNullable<QueryOf<'/api/v1/users', 'get'>>;
export type CreateUserBody = BodyOf<'/api/v1/users', 'post'>;
export type UpdateUserBody = BodyOf<'/api/v1/users/{id}', 'patch'>;

const usersKey = ['users'] as const;
// A user's team and manager show in the teams table (member count, manager name) and vice versa.
const relatedKeys = [usersKey, ['teams']] as const;

export const useUsers = (query: UserListQuery, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: [...usersKey, 'list', query],
    queryFn: ({ signal }) => api.get('/api/v1/users', { query, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });

export const useUser = (id: string | undefined) =>
  useQuery({
    queryKey: [...usersKey, 'one', id],
    queryFn: ({ signal }) => api.get('/api/v1/users/{id}', { params: { id: id ?? '' }, signal }),
    enabled: Boolean(id),
  });

const useInvalidateUsers = () => {
  const client = useQueryClient();
  return () => Promise.all(relatedKeys.map((queryKey) => client.invalidateQueries({ queryKey })));
};

export const useCreateUser = () => {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (body: CreateUserBody) => api.post('/api/v1/users', { body }),
    onSuccess: invalidate,
  });
};

export const useUpdateUser = () => {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUserBody }) => api.patch('/api/v1/users/{id}', { params: { id }, body }),
    // Also on error: a 409 means our copy is stale, so fetch the current one.
    onSettled: invalidate,
  });
};

export const useResetPassword = () =>
  useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) =>
      api.post('/api/v1/users/{id}/password', { params: { id }, body: { password } }),
  });
