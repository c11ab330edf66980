import { GlobalOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../hooks/useLocale.ts';
import { isLocale, LOCALE_NAMES, LOCALES } from '../i18n/locales.ts';

// The language switch of the login and first-run pages (signed in, it is in the user menu).
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { locale, setLocale } = useLocale();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: LOCALES.map((key) => ({ key, label: LOCALE_NAMES[key], lang: key })),
        selectable: true,
        selectedKeys: [locale],
        onClick: ({ key }) => {
          if (isLocale(key)) void setLocale(key);
        },
      }}
    >
      <Button type="text" icon={<GlobalOutlined />} aria-label={t('common.language')}>
        {LOCALE_NAMES[locale]}
      </Button>
    </Dropdown>
  );
}
