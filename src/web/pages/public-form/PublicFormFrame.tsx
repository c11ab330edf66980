import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';

// The customer's page: no app menu, no sign-in; readable on a phone (customers open the link
// in WeChat), with the language switch at the top.
export function PublicFormFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex vertical align="center" style={{ minHeight: '100vh', padding: '8px 12px 24px', boxSizing: 'border-box' }}>
      <Flex justify="space-between" align="center" style={{ width: '100%', maxWidth: 760 }}>
        <Typography.Text type="secondary">{t('publicForm.title')}</Typography.Text>
        <LanguageSwitch />
      </Flex>
      <div style={{ width: '100%', maxWidth: 760 }}>{children}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12, marginTop: 24 }}>
        {t('publicForm.poweredBy')}
      </Typography.Text>
    </Flex>
  );
}
