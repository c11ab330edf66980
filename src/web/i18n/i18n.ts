import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import enUS from '../locales/en-US.json';
import zhCN from '../locales/zh-CN.json';
import { applyDayjsLocale, DEFAULT_LOCALE, isLocale, type Locale } from './locales.ts';

const STORAGE_KEY = 'kam.locale';

// Before sign-in (and after sign-out) the language chosen on this browser; signed in, the user's own.
export const storedLocale = (): Locale => {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
};

export const storeLocale = (locale: Locale): void => {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
};

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } },
  lng: storedLocale(),
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: ['zh-CN', 'en-US'],
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
  returnNull: false,
});

// Dates and the page's lang attribute follow the UI language.
const followLanguage = (language: string) => {
  const locale = isLocale(language) ? language : DEFAULT_LOCALE;
  applyDayjsLocale(locale);
  document.documentElement.lang = locale;
};
followLanguage(i18n.language);
i18n.on('languageChanged', followLanguage);

export { i18n };
