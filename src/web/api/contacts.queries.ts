import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountsKey } from './accounts.queries.ts';
import { api, type BodyOf, type QueryOf } from './client.ts';

export type ContactSearchQuery = NonNullable<QueryOf<'/api/v1/contacts', 'get'>>;
export type CreateContactBody = BodyOf<'/api/v1/accounts/{id}/contacts', 'post'>;
export type UpdateContactBody = BodyOf<'/api/v1/contacts/{id}', 'patch'>;
export type RelationshipsBody = BodyOf<'/api/v1/contacts/{id}/relationships', 'put'>;

const contactsKey = ['contacts'] as const;

// Search across every account the user may see.
export const useContactSearch = (query: ContactSearchQuery) =>
  useQuery({
    queryKey: [...contactsKey, 'search', query],
    queryFn: ({ signal }) => api.get('/api/v1/contacts', { query, signal }),
    placeholderData: keepPreviousData,
  });

// One account's contacts; the org chart needs all of them (200 is the server's page limit).
export const useAccountContacts = (accountId: string | undefined, includeLeft: boolean) =>
  useQuery({
    queryKey: [...contactsKey, 'account', accountId, includeLeft],
    queryFn: ({ signal }) =>
      api.get('/api/v1/accounts/{id}/contacts', { params: { id: accountId ?? '' }, query: { includeLeft: includeLeft ? 'true' : 'false', limit: 200 }, signal }),
    enabled: Boolean(accountId),
  });

export const useContact = (id: string | undefined) =>
  useQuery({
    queryKey: [...contactsKey, 'one', id],
    queryFn: ({ signal }) => api.get('/api/v1/contacts/{id}', { params: { id: id ?? '' }, signal }),
    enabled: Boolean(id),
  });

export const useCoverage = (accountId: string | undefined) =>
  useQuery({
    queryKey: [...contactsKey, 'coverage', accountId],
    queryFn: ({ signal }) => api.get('/api/v1/accounts/{id}/coverage', { params: { id: accountId ?? '' }, signal }),
    enabled: Boolean(accountId),
  });

// Contacts change the archive's completeness and coverage too.
const useInvalidateContacts = () => {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: contactsKey }), client.invalidateQueries({ queryKey: accountsKey })]);
};

export const useCreateContact = () => {
  const invalidate = useInvalidateContacts();
  return useMutation({
    mutationFn: ({ accountId, body }: { accountId: string; body: CreateContactBody }) =>
      api.post('/api/v1/accounts/{id}/contacts', { params: { id: accountId }, body }),
    onSuccess: invalidate,
  });
};

export const useUpdateContact = () => {
  const invalidate = useInvalidateContacts();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateContactBody }) => api.patch('/api/v1/contacts/{id}', { params: { id }, body }),
    onSettled: invalidate,
  });
};

export const useDeleteContact = () => {
  const invalidate = useInvalidateContacts();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => api.delete('/api/v1/contacts/{id}', { params: { id }, query: { version } }),
    onSettled: invalidate,
  });
};

export const useSetRelationships = () => {
  const invalidate = useInvalidateContacts();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: RelationshipsBody }) => api.put('/api/v1/contacts/{id}/relationships', { params: { id }, body }),
    onSettled: invalidate,
  });
};
