import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { createQueryClient } from './api/queryClient.ts';
import { useUserLocaleSync } from './hooks/useUserLocaleSync.ts';
import { ANTD_LOCALES, DEFAULT_LOCALE, isLocale } from './i18n/locales.ts';
import { router } from './router.tsx';
import { theme } from './theme.ts';

function LocalizedApp() {
  const { i18n } = useTranslation();
  useUserLocaleSync();
  const locale = isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
  return (
    // No space inserted into two-character Chinese buttons ("登 录"): labels stay exactly as translated,
    // which is also how end-to-end tests find them.
    <ConfigProvider locale={ANTD_LOCALES[locale]} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <LocalizedApp />
    </QueryClientProvider>
  );
}
