import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { useSetup, useSetupStatus } from '../../api/auth.queries.ts';
import { AuthCard } from '../../components/AuthCard.tsx';
import { confirmRules, passwordRules, requiredText, usernameRules } from '../../components/formRules.ts';
import { FullPageSpin } from '../../components/FullPageSpin.tsx';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';
import { useLocale } from '../../hooks/useLocale.ts';

type Values = { username: string; name: string; password: string; confirmPassword: string };

// First run: while there are no users, anyone who reaches the server creates the first
// administrator and is signed in as them.
export function SetupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const status = useSetupStatus();
  const setup = useSetup();
  const { locale } = useLocale();
  const handleError = useApiErrorHandler();

  if (status.isPending) return <FullPageSpin />;
  if (status.data && !status.data.needsSetup && !setup.isSuccess) return <Navigate to="/login" replace />;

  const submit = ({ username, name, password }: Values) =>
    setup.mutate(
      { username: username.trim(), name: name.trim(), password, locale },
      {
        onSuccess: () => navigate('/', { replace: true }),
        onError: (error) => handleError(error, form),
      },
    );

  return (
    <AuthCard title={t('setup.title')} description={t('setup.description')}>
      {status.error && <Alert type="error" showIcon title={t('error.NETWORK')} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="username" label={t('user.username')} rules={usernameRules(t)} extra={t('user.usernameHint')}>
          <Input autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item name="name" label={t('user.name')} rules={requiredText(t)}>
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item name="password" label={t('user.password')} rules={passwordRules(t)} extra={t('password.hint')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="confirmPassword" label={t('password.confirm')} dependencies={['password']} rules={confirmRules(t, 'password')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={setup.isPending}>
          {t('setup.submit')}
        </Button>
      </Form>
    </AuthCard>
  );
}
