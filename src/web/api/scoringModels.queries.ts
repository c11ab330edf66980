import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountsKey } from './accounts.queries.ts';
import { api, type BodyOf } from './client.ts';
import type { components } from './schema';

// GRD-1/GRD-2 scoring models as the director edits them, and the batch re-grade (GRD-4).
export type ScoringModelRecord = components['schemas']['ScoringModel'];
export type GradingJob = components['schemas']['GradingJob'];
export type CreateScoringModelBody = BodyOf<'/api/v1/scoring-models', 'post'>;
export type UpdateScoringModelBody = BodyOf<'/api/v1/scoring-models/{id}', 'patch'>;

export const scoringModelsKey = ['scoringModels'] as const;

// Few rows (a handful of models), so the whole list, active and inactive.
export const useScoringModels = () =>
  useQuery({
    queryKey: [...scoringModelsKey, 'list'],
    queryFn: ({ signal }) => api.get('/api/v1/scoring-models', { signal }),
  });

export const useScoringModel = (id: string | undefined) =>
  useQuery({
    queryKey: [...scoringModelsKey, 'one', id],
    queryFn: ({ signal }) => api.get('/api/v1/scoring-models/{id}', { params: { id: id ?? '' }, signal }),
    enabled: Boolean(id),
  });

// Models are also read by the evaluation and matrix screens (their queries live under 'grading').
const useInvalidateModels = () => {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: scoringModelsKey }), client.invalidateQueries({ queryKey: ['grading'] })]);
};

export const useCreateScoringModel = () => {
  const invalidate = useInvalidateModels();
  return useMutation({ mutationFn: (body: CreateScoringModelBody) => api.post('/api/v1/scoring-models', { body }), onSuccess: invalidate });
};

export const useUpdateScoringModel = () => {
  const invalidate = useInvalidateModels();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateScoringModelBody }) => api.patch('/api/v1/scoring-models/{id}', { params: { id }, body }),
    onSuccess: invalidate,
  });
};

export const useStartRegrade = () =>
  useMutation({ mutationFn: (modelId: string) => api.post('/api/v1/grading/regrade', { body: { modelId } }) });

// Follows a re-grade once a second until it is done or failed; then grades on the account pages
// and lists are out of date.
export const useGradingJob = (id: string | undefined) => {
  const client = useQueryClient();
  return useQuery({
    queryKey: ['gradingJob', id],
    queryFn: async ({ signal }) => {
      const job = await api.get('/api/v1/grading/jobs/{id}', { params: { id: id ?? '' }, signal });
      if (job.status !== 'running') void client.invalidateQueries({ queryKey: accountsKey });
      return job;
    },
    enabled: Boolean(id),
    refetchInterval: (query) => (query.state.data && query.state.data.status !== 'running' ? false : 1000),
  });
};
