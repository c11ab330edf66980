import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { isApiError } from '../../api/ApiError.ts';
import { useLogin, useMe, useSetupStatus } from '../../api/auth.queries.ts';
import { AuthCard } from '../../components/AuthCard.tsx';
import { FullPageSpin } from '../../components/FullPageSpin.tsx';
import { formatSeconds, useCountdown } from '../../hooks/useCountdown.ts';
import { errorText } from '../../i18n/errorText.ts';

type Values = { username: string; password: string };

// Where to go after signing in: back to the page that sent us here, never off-site.
const targetOf = (state: unknown): string => {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/login') ? from : '/';
};

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const me = useMe();
  const setup = useSetupStatus();
  const login = useLogin();
  const [lockedUntil, setLockedUntil] = useState<number | null>(null);
  const lockSeconds = useCountdown(lockedUntil);

  if (me.data) return <Navigate to={targetOf(location.state)} replace />;
  if (setup.data?.needsSetup) return <Navigate to="/setup" replace />;
  if (me.isPending || setup.isPending) return <FullPageSpin />;

  const submit = (values: Values) =>
    login.mutate(values, {
      onSuccess: () => navigate(targetOf(location.state), { replace: true }),
      onError: (error) => {
        if (isApiError(error) && error.code === 'AUTH_TOO_MANY_ATTEMPTS') {
          setLockedUntil(Date.now() + (error.retryAfter ?? 15 * 60) * 1000);
        }
      },
    });

  const isLocked = lockSeconds > 0;
  const error = login.error;
  const isLockError = isApiError(error) && error.code === 'AUTH_TOO_MANY_ATTEMPTS';

  return (
    <AuthCard title={t('login.title')}>
      {error && !(isLockError && !isLocked) && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={errorText(t, error)}
          description={isLockError ? t('login.retryIn', { time: formatSeconds(lockSeconds) }) : undefined}
        />
      )}
      <Form<Values> layout="vertical" onFinish={submit} requiredMark={false} disabled={login.isPending}>
        <Form.Item name="username" label={t('user.username')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
        </Form.Item>
        <Form.Item name="password" label={t('user.password')} rules={[{ required: true, message: t('validation.required') }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={login.isPending} disabled={isLocked}>
          {t('auth.login')}
        </Button>
      </Form>
    </AuthCard>
  );
}
