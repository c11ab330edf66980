import { useTranslation } from 'react-i18next';
import { useArchiveSettings } from '../../api/archiveSettings.queries.ts';
import { DEFAULT_LOCALE, isLocale } from '../../i18n/locales.ts';
import { missingItemLabel } from './missingItems.ts';

// Labels of missing checklist items in the UI language, custom fields included. Light enough for
// every row of the account list (one shared settings query, no user lookups).
export function useMissingItemLabel(): (item: string) => string {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
  const settings = useArchiveSettings().data;
  return (item) => missingItemLabel(t, item, { settings, locale });
}
