import { ApiError } from './ApiError.ts';
import { problemFrom } from './client.ts';
import type { components } from './schema';

// ARC-8: the import endpoints take multipart/form-data (a `file` part and an `options` part of
// JSON), which the typed JSON client does not send; this small function does, with the same
// same-origin credentials and the same ApiError for problem+json answers.
export type ImportTarget = 'accounts' | 'contacts' | 'sales';
export type ImportResult = components['schemas']['ImportResult'];
export type ContactImportResult = components['schemas']['ContactImportResult'];
export type SalesImportResult = components['schemas']['SalesImportResult'];
export type ImportAnswer =
  | ImportResult
  | (ContactImportResult & Partial<Pick<ImportResult, 'encodingConfidence' | 'updated' | 'skipped'>>)
  | (SalesImportResult & Partial<Pick<ImportResult, 'updated' | 'skipped'>>);
export type ImportRowError = ImportAnswer['report']['errors'][number];
export type ImportDuplicate = NonNullable<ImportResult['report']['duplicates']>[number];
export type DuplicateChoice = 'skip' | 'update' | 'create';

export type ImportOptions = {
  dryRun: boolean;
  encoding?: string;
  sheetName?: string;
  map?: Record<string, string | null>;
  choices?: Record<string, DuplicateChoice>;
  ownerId?: string;
};

export async function runImport(target: ImportTarget, file: File, options: ImportOptions, signal?: AbortSignal): Promise<ImportAnswer> {
  const { choices, ownerId, ...common } = options;
  const sent = target === 'accounts' ? { ...common, choices, ownerId } : common;
  const form = new FormData();
  form.append('options', JSON.stringify(sent));
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`/api/v1/${target}/import`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
      body: form,
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0, code: 'NETWORK' });
  }
  if (!response.ok) throw new ApiError(await problemFrom(response));
  return (await response.json()) as ImportAnswer;
}
