import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChangePassword } from '../../api/auth.queries.ts';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';
import { confirmRules, passwordRules } from '../../components/formRules.ts';

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };

type Props = { onDone?: () => void };

// Change one's own password; the server then signs out every other session of the user.
export function ChangePasswordForm({ onDone }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const changePassword = useChangePassword();
  const handleError = useApiErrorHandler();

  const submit = ({ currentPassword, newPassword }: Values) =>
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('password.changed'));
          onDone?.();
        },
        onError: (error) => handleError(error, form),
      },
    );

  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} style={{ maxWidth: 420 }}>
      <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('validation.required') }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item name="newPassword" label={t('password.new')} rules={passwordRules(t)} extra={t('password.hint')}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={confirmRules(t, 'newPassword')}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={changePassword.isPending}>
        {t('password.submit')}
      </Button>
    </Form>
  );
}
