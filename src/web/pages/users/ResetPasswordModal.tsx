import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types.ts';
import { useResetPassword } from '../../api/users.queries.ts';
import { confirmRules, passwordRules } from '../../components/formRules.ts';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';

type Values = { password: string; confirmPassword: string };

type Props = { user: User | null; onClose: () => void };

// An administrator sets a new password for someone who forgot theirs; they are signed out everywhere.
export function ResetPasswordModal({ user, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const reset = useResetPassword();
  const handleError = useApiErrorHandler();

  const submit = ({ password }: Values) => {
    if (!user) return;
    reset.mutate(
      { id: user.id, password },
      {
        onSuccess: () => {
          void message.success(t('users.passwordReset', { name: user.name }));
          onClose();
        },
        onError: (error) => handleError(error, form),
      },
    );
  };

  return (
    <Modal
      title={t('users.resetPasswordTitle', { name: user?.name ?? '' })}
      open={Boolean(user)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('users.resetPassword')}
      cancelText={t('common.cancel')}
      confirmLoading={reset.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('users.resetPasswordHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item name="password" label={t('password.new')} rules={passwordRules(t)} extra={t('password.hint')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="confirmPassword" label={t('password.confirm')} dependencies={['password']} rules={confirmRules(t, 'password')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
