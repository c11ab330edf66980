import { Card, Col, Radio, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useLocale } from '../../hooks/useLocale.ts';
import { LOCALE_NAMES, LOCALES, type Locale } from '../../i18n/locales.ts';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { ProfileCard } from './ProfileCard.tsx';

export function AccountSettingsPage() {
  const { t } = useTranslation();
  const { locale, setLocale, isSaving } = useLocale();

  return (
    <>
      <PageHeader title={t('menu.account')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <ProfileCard />
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('common.language')} style={{ marginBottom: 16 }}>
            <Typography.Paragraph type="secondary">{t('account.languageHint')}</Typography.Paragraph>
            <Radio.Group
              aria-label={t('common.language')}
              value={locale}
              disabled={isSaving}
              onChange={(event) => void setLocale(event.target.value as Locale)}
              options={LOCALES.map((value) => ({ value, label: LOCALE_NAMES[value] }))}
              optionType="button"
            />
          </Card>
          <Card title={t('password.change')}>
            <Typography.Paragraph type="secondary">{t('password.changeHint')}</Typography.Paragraph>
            <ChangePasswordForm />
          </Card>
        </Col>
      </Row>
    </>
  );
}
