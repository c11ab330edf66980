import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/auth.queries.ts';
import { storeLocale } from '../i18n/i18n.ts';
import { isLocale } from '../i18n/locales.ts';

// Signed in, the UI speaks the language saved on the user's record.
export function useUserLocaleSync(): void {
  const { i18n } = useTranslation();
  const saved = useMe().data?.user.locale;
  useEffect(() => {
    if (isLocale(saved) && saved !== i18n.language) {
      storeLocale(saved);
      void i18n.changeLanguage(saved);
    }
  }, [saved, i18n]);
}
