import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountsKey } from './accounts.queries.ts';
import { api, type BodyOf } from './client.ts';

export type FormAcceptBody = BodyOf<'/api/v1/form-links/{id}/accept', 'post'>;
export type FormSubmissionBody = BodyOf<'/api/v1/public/customer-forms/{token}', 'post'>;

const formLinksKey = ['form-links'] as const;

export const useFormLinks = (accountId: string | undefined) =>
  useQuery({
    queryKey: [...formLinksKey, accountId],
    queryFn: ({ signal }) => api.get('/api/v1/accounts/{id}/form-links', { params: { id: accountId ?? '' }, signal }),
    enabled: Boolean(accountId),
  });

const useInvalidateForms = () => {
  const client = useQueryClient();
  // Accepting writes into the archive and may add contacts.
  return () => Promise.all([client.invalidateQueries({ queryKey: formLinksKey }), client.invalidateQueries({ queryKey: accountsKey }), client.invalidateQueries({ queryKey: ['contacts'] })]);
};

export const useCreateFormLink = () => {
  const invalidate = useInvalidateForms();
  return useMutation({
    mutationFn: ({ accountId, expiresInDays }: { accountId: string; expiresInDays: number }) =>
      api.post('/api/v1/accounts/{id}/form-links', { params: { id: accountId }, body: { expiresInDays } }),
    onSuccess: invalidate,
  });
};

export const useAcceptForm = () => {
  const invalidate = useInvalidateForms();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: FormAcceptBody }) => api.post('/api/v1/form-links/{id}/accept', { params: { id }, body }),
    onSettled: invalidate,
  });
};

export const useDismissForm = () => {
  const invalidate = useInvalidateForms();
  return useMutation({ mutationFn: (id: string) => api.post('/api/v1/form-links/{id}/dismiss', { params: { id } }), onSettled: invalidate });
};

// Public (no sign-in): the customer's own form. A 410 means expired or already used.
export const usePublicForm = (token: string | undefined) =>
  useQuery({
    queryKey: ['public-form', token],
    queryFn: ({ signal }) => api.get('/api/v1/public/customer-forms/{token}', { params: { token: token ?? '' }, signal }),
    enabled: Boolean(token),
    retry: false,
    staleTime: Infinity,
  });

export const useSubmitPublicForm = () =>
  useMutation({
    mutationFn: ({ token, body }: { token: string; body: FormSubmissionBody }) => api.post('/api/v1/public/customer-forms/{token}', { params: { token }, body }),
  });
