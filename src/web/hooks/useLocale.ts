import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/ApiError.ts';
import { useMe, useUpdateMe } from '../api/auth.queries.ts';
import { meKey } from '../api/queryClient.ts';
import type { Me } from '../api/types.ts';
import { storeLocale } from '../i18n/i18n.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales.ts';

// The UI language and how to change it: remembered on the server for a signed-in user (so it
// follows them to other browsers) and in this browser either way.
export function useLocale() {
  const { i18n } = useTranslation();
  const client = useQueryClient();
  const { data: me } = useMe();
  const updateMe = useUpdateMe();
  const locale: Locale = isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;

  const saveOnServer = async (user: Me['user'], next: Locale) => {
    try {
      await updateMe.mutateAsync({ version: user.version, locale: next });
    } catch (error) {
      // Someone (an administrator) changed the user meanwhile: retry once on the current version.
      if (!isApiError(error) || error.code !== 'VERSION_CONFLICT') throw error;
      const fresh = await client.fetchQuery<Me | null>({ queryKey: meKey, staleTime: 0 });
      if (fresh && fresh.user.locale !== next) await updateMe.mutateAsync({ version: fresh.user.version, locale: next });
    }
  };

  const setLocale = async (next: Locale) => {
    storeLocale(next);
    await i18n.changeLanguage(next);
    if (me && me.user.locale !== next) await saveOnServer(me.user, next);
  };

  return { locale, setLocale, isSaving: updateMe.isPending };
}
