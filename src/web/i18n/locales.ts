import type { Locale as AntdLocale } from 'antd/es/locale';
import antdEnUS from 'antd/locale/en_US';
import antdZhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';

// The languages of the UI (the server accepts the same two for a user's `locale`).
export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

// Each language's own name, shown in the switch whatever the current language is.
export const LOCALE_NAMES: Record<Locale, string> = { 'zh-CN': '简体中文', 'en-US': 'English' };

export const ANTD_LOCALES: Record<Locale, AntdLocale> = { 'zh-CN': antdZhCN, 'en-US': antdEnUS };

const DAYJS_LOCALES: Record<Locale, string> = { 'zh-CN': 'zh-cn', 'en-US': 'en' };

export const applyDayjsLocale = (locale: Locale): void => {
  dayjs.locale(DAYJS_LOCALES[locale]);
};
