import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type BodyOf, type QueryOf } from './client.ts';
import type { components } from './schema';

export type ApprovalListItem = components['schemas']['ApprovalListItem'];
export type ApprovalRequest = components['schemas']['ApprovalRequest'];
export type ApprovalRouteStep = components['schemas']['ApprovalRouteStep'];
export type ApprovalFlow = components['schemas']['ApprovalFlow'];
export type ApprovalQuery = NonNullable<QueryOf<'/api/v1/approvals', 'get'>>;
export type ApprovalKind = ApprovalFlow['kind'];
export type Decision = BodyOf<'/api/v1/approvals/{id}/decision', 'post'>['action'];

const approvalsKey = ['approvals'] as const;
const flowsKey = ['approval-flows'] as const;

export const useApprovals = (query: ApprovalQuery) =>
  useQuery({
    queryKey: [...approvalsKey, 'list', query],
    queryFn: ({ signal }) => api.get('/api/v1/approvals', { query, signal }),
    placeholderData: keepPreviousData,
  });

export const useApproval = (id: string | null) =>
  useQuery({
    queryKey: [...approvalsKey, 'one', id],
    queryFn: ({ signal }) => api.get('/api/v1/approvals/{id}', { params: { id: id ?? '' }, signal }),
    enabled: id !== null,
  });

// The number on the menu entry: requests waiting for this user's decision.
export const useApprovalInboxCount = (isEnabled: boolean) =>
  useQuery({
    queryKey: [...approvalsKey, 'inbox-count'],
    queryFn: async ({ signal }) => (await api.get('/api/v1/approvals/inbox-count', { signal })).count,
    enabled: isEnabled,
    refetchInterval: 2 * 60_000,
  });

// Every act answers the request as it is now; lists and the badge are refetched.
const useApprovalMutation = <V,>(run: (vars: V) => Promise<ApprovalRequest>) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (request) => client.setQueryData([...approvalsKey, 'one', request.id], request),
    onSettled: () => client.invalidateQueries({ queryKey: [...approvalsKey, 'list'] }).then(() => client.invalidateQueries({ queryKey: [...approvalsKey, 'inbox-count'] })),
  });
};

export const useCreateApproval = () => useApprovalMutation((body: BodyOf<'/api/v1/approvals', 'post'>) => api.post('/api/v1/approvals', { body }));

export const useDecideApproval = () =>
  useApprovalMutation(({ id, ...body }: { id: string } & BodyOf<'/api/v1/approvals/{id}/decision', 'post'>) =>
    api.post('/api/v1/approvals/{id}/decision', { params: { id }, body }),
  );

export const useResubmitApproval = () =>
  useApprovalMutation(({ id, ...body }: { id: string } & BodyOf<'/api/v1/approvals/{id}/resubmit', 'post'>) =>
    api.post('/api/v1/approvals/{id}/resubmit', { params: { id }, body }),
  );

export const useWithdrawApproval = () =>
  useApprovalMutation(({ id, ...body }: { id: string } & BodyOf<'/api/v1/approvals/{id}/withdraw', 'post'>) =>
    api.post('/api/v1/approvals/{id}/withdraw', { params: { id }, body }),
  );

export const useReassignApproval = () =>
  useApprovalMutation(({ id, ...body }: { id: string } & BodyOf<'/api/v1/approvals/{id}/reassign', 'post'>) =>
    api.post('/api/v1/approvals/{id}/reassign', { params: { id }, body }),
  );

export const useRerouteApproval = () =>
  useApprovalMutation(({ id, ...body }: { id: string } & BodyOf<'/api/v1/approvals/{id}/reroute', 'post'>) =>
    api.post('/api/v1/approvals/{id}/reroute', { params: { id }, body }),
  );

export const useApprovalFlow = (kind: ApprovalKind) =>
  useQuery({ queryKey: [...flowsKey, kind], queryFn: ({ signal }) => api.get('/api/v1/approval-flows/{kind}', { params: { kind }, signal }) });

export const useSaveApprovalFlow = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, ...body }: { kind: ApprovalKind } & BodyOf<'/api/v1/approval-flows/{kind}', 'put'>) =>
      api.put('/api/v1/approval-flows/{kind}', { params: { kind }, body }),
    onSuccess: (flow) => client.setQueryData([...flowsKey, flow.kind], flow),
  });
};
