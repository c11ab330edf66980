import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountsKey } from './accounts.queries.ts';
import { api, type BodyOf } from './client.ts';
import type { components } from './schema';

export type ArchiveSettings = components['schemas']['ArchiveSettings'];
export type CustomFieldDefinition = ArchiveSettings['customFields'][number];
export type ChecklistItem = ArchiveSettings['checklist'][number];
export type SaveArchiveSettingsBody = BodyOf<'/api/v1/settings/archive', 'put'>;

export const archiveSettingsKey = ['settings', 'archive'] as const;

// The archive's custom fields and completeness checklist: every account form and page needs them,
// and they change rarely (an administrator's save refreshes them at once).
export const useArchiveSettings = () =>
  useQuery({
    queryKey: archiveSettingsKey,
    queryFn: ({ signal }) => api.get('/api/v1/settings/archive', { signal }),
    staleTime: 5 * 60_000,
  });

export const useSaveArchiveSettings = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveArchiveSettingsBody) => api.put('/api/v1/settings/archive', { body }),
    onSuccess: (saved) => {
      client.setQueryData(archiveSettingsKey, saved);
      // A new checklist rescores every archive (in the background on the server); forms show the new fields.
      void client.invalidateQueries({ queryKey: accountsKey });
    },
  });
};
