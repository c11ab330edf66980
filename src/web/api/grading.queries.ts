import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountsKey } from './accounts.queries.ts';
import { api, type BodyOf, type QueryOf } from './client.ts';
import type { components } from './schema';

// GRD-3/GRD-4 on the account and the matrix: evaluation drafts, evaluations, the screening matrix.
export type ScoringModel = components['schemas']['ScoringModel'];
export type EvaluationDraft = components['schemas']['EvaluationDraft'];
export type AccountEvaluation = components['schemas']['AccountEvaluation'];
export type ScoreSheet = components['schemas']['ScoreSheet'];
export type ScreeningMatrix = components['schemas']['ScreeningMatrix'];
export type MatrixQuery = NonNullable<QueryOf<'/api/v1/grading/matrix', 'get'>>;
export type CreateEvaluationBody = BodyOf<'/api/v1/accounts/{id}/evaluations', 'post'>;

export const gradingKey = ['grading'] as const;

// Every scoring model (a handful): the active ones to choose from, all of them to name the
// criteria of older evaluations.
export const useScoringModelList = () =>
  useQuery({
    queryKey: [...gradingKey, 'models'],
    queryFn: ({ signal }) => api.get('/api/v1/scoring-models', { query: {}, signal }),
    staleTime: 60_000,
  });

export const useEvaluationDraft = (accountId: string, modelId: string | undefined) =>
  useQuery({
    queryKey: [...gradingKey, 'draft', accountId, modelId],
    queryFn: ({ signal }) => api.get('/api/v1/accounts/{id}/evaluation-draft', { params: { id: accountId }, query: { modelId: modelId ?? '' }, signal }),
    enabled: Boolean(modelId),
  });

export const useAccountEvaluations = (accountId: string, page: { limit: number; offset: number }) =>
  useQuery({
    queryKey: [...gradingKey, 'evaluations', accountId, page],
    queryFn: ({ signal }) => api.get('/api/v1/accounts/{id}/evaluations', { params: { id: accountId }, query: page, signal }),
    placeholderData: keepPreviousData,
  });

export const useCreateEvaluation = (accountId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateEvaluationBody) => api.post('/api/v1/accounts/{id}/evaluations', { params: { id: accountId }, body }),
    // The account's header and the list show the new grade; the matrix has a new point.
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: gradingKey }), client.invalidateQueries({ queryKey: accountsKey })]),
  });
};

export const useScreeningMatrix = (query: MatrixQuery | undefined) =>
  useQuery({
    queryKey: [...gradingKey, 'matrix', query],
    queryFn: ({ signal }) => api.get('/api/v1/grading/matrix', { query: query as MatrixQuery, signal }),
    enabled: Boolean(query?.modelId),
    placeholderData: keepPreviousData,
  });
