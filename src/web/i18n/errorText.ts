import type { TFunction } from 'i18next';
import { isApiError, type FieldProblem } from '../api/ApiError.ts';

// The user's language for an API failure: `error.<CODE>` from the locale files; codes the UI does
// not know yet fall back to a generic sentence that still names the code for support.
export function errorText(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('error.UNKNOWN', { code: '' }).trim();
  return t(`error.${error.code}`, { defaultValue: t('error.UNKNOWN', { code: `(${error.code})` }) });
}

// A form field's name from a problem's `path`: `body.username` → ['username'], `querystring.sort` → ['sort'].
export const fieldNameOf = (path: string): string[] =>
  path.replace(/^(body|querystring|params|headers)(\.|$)/, '').split('.').filter(Boolean);

// The text under a field: a specific code says it best; for plain validation the server's own
// message is English, so it is shown only as a detail in English.
export function fieldErrorText(t: TFunction, code: string, field: FieldProblem): string {
  if (code !== 'VALIDATION_FAILED') return t(`error.${code}`, { defaultValue: field.message });
  return t('error.fieldInvalid', { message: field.message });
}
