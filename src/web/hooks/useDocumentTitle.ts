import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

// "<page> - OpenKAM" in the current language.
export function useDocumentTitle(nameKey: string | undefined): void {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.title = nameKey ? `${t(nameKey)} - ${t('app.name')}` : t('app.name');
  }, [nameKey, t, i18n.language]);
}
