import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountsKey } from './accounts.queries.ts';
import { api, type BodyOf } from './client.ts';
import type { components } from './schema';

// GRD-3 / GRD-4: the service level of each grade and the strategy template of each quadrant.
export type GradingPolicies = components['schemas']['GradingPolicies'];
export type ServicePolicy = components['schemas']['ServicePolicy'];
export type StrategyTemplate = components['schemas']['StrategyTemplate'];
export type AccountServiceLevel = components['schemas']['AccountServiceLevel'];
export type SaveGradingPoliciesBody = BodyOf<'/api/v1/grading/policies', 'put'>;

export const gradingPoliciesKey = ['grading', 'policies'] as const;

// Read by the policies page, the matrix (strategy names) and account pages; changes rarely.
export const useGradingPolicies = () =>
  useQuery({
    queryKey: gradingPoliciesKey,
    queryFn: ({ signal }) => api.get('/api/v1/grading/policies', { signal }),
    staleTime: 5 * 60_000,
  });

export const useSaveGradingPolicies = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveGradingPoliciesBody) => api.put('/api/v1/grading/policies', { body }),
    onSuccess: (saved) => {
      client.setQueryData(gradingPoliciesKey, saved);
      // Every account's service level and strategy card reads the saved table.
      void client.invalidateQueries({ queryKey: [...accountsKey, 'serviceLevel'] });
    },
  });
};

// Under the accounts key: a new evaluation (which invalidates accounts) refreshes it too.
export const useAccountServiceLevel = (accountId: string) =>
  useQuery({
    queryKey: [...accountsKey, 'serviceLevel', accountId],
    queryFn: ({ signal }) => api.get('/api/v1/accounts/{id}/service-level', { params: { id: accountId }, signal }),
  });
