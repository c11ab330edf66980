import type { TFunction } from 'i18next';

// Codes from the domain lists (stages, industries, buying roles …) are shown by their label in
// the locale files, `<group>.<code>`; an unknown code (a list changed by configuration) shows as is.
export const codeLabel = (t: TFunction, group: string, code: string | null | undefined): string =>
  code ? t(`${group}.${code}`, { defaultValue: code }) : '—';

export const codeOptions = (t: TFunction, group: string, codes: readonly string[]) =>
  codes.map((code) => ({ value: code, label: t(`${group}.${code}`, { defaultValue: code }) }));
