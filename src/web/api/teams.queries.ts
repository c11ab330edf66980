import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type BodyOf } from './client.ts';

const teamsKey = ['teams'] as const;

export const useTeams = (options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: teamsKey,
    queryFn: ({ signal }) => api.get('/api/v1/teams', { signal }),
    enabled: options.enabled ?? true,
  });

const useInvalidateTeams = () => {
  const client = useQueryClient();
  // Users show their team's name, so a rename changes the users table too.
  return () => Promise.all([client.invalidateQueries({ queryKey: teamsKey }), client.invalidateQueries({ queryKey: ['users'] })]);
};

export const useCreateTeam = () => {
  const invalidate = useInvalidateTeams();
  return useMutation({
    mutationFn: (body: BodyOf<'/api/v1/teams', 'post'>) => api.post('/api/v1/teams', { body }),
    onSuccess: invalidate,
  });
};

export const useUpdateTeam = () => {
  const invalidate = useInvalidateTeams();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: BodyOf<'/api/v1/teams/{id}', 'patch'> }) =>
      api.patch('/api/v1/teams/{id}', { params: { id }, body }),
    onSettled: invalidate,
  });
};
