import { App, Button, Card, Descriptions, Form, Input, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUpdateMe } from '../../api/auth.queries.ts';
import { requiredText } from '../../components/formRules.ts';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';
import { useCurrentUser } from '../../hooks/useCurrentUser.ts';

type Values = { name: string };

// Who the user is; the display name is theirs to change, the rest an administrator's.
export function ProfileCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const updateMe = useUpdateMe();
  const handleError = useApiErrorHandler();

  const submit = ({ name }: Values) =>
    updateMe.mutate(
      { version: user.version, name: name.trim() },
      { onSuccess: () => void message.success(t('account.saved')), onError: (error) => handleError(error, form) },
    );

  return (
    <Card title={t('account.profile')}>
      <Descriptions
        column={1}
        size="small"
        style={{ marginBottom: 16 }}
        items={[
          { key: 'username', label: t('user.username'), children: user.username },
          { key: 'role', label: t('user.role'), children: <Tag color="blue">{t(`role.${user.role}`)}</Tag> },
          { key: 'team', label: t('user.team'), children: user.teamName ?? '—' },
          { key: 'manager', label: t('user.manager'), children: user.managerName ?? '—' },
          { key: 'email', label: t('user.email'), children: user.email ?? '—' },
        ]}
      />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ name: user.name }} style={{ maxWidth: 420 }}>
        <Form.Item name="name" label={t('user.name')} rules={requiredText(t)}>
          <Input autoComplete="name" />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={updateMe.isPending}>
            {t('common.save')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
