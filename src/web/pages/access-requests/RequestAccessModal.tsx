import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRequestAccess } from '../../api/accessRequests.queries.ts';
import { requiredText } from '../../components/formRules.ts';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';

type Props = { account: { id: string; name?: string | null } | null; onClose: () => void; onRequested?: () => void };

// ARC-5 借阅: ask to read an archive you do not see; the owner's manager decides, and an
// approval gives read-only access for a number of days. Every request is recorded.
export function RequestAccessModal({ account, onClose, onRequested }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const requestAccess = useRequestAccess();
  const handleError = useApiErrorHandler();

  const submit = ({ reason }: { reason: string }) => {
    if (!account) return;
    requestAccess.mutate(
      { accountId: account.id, reason: reason.trim() },
      {
        onSuccess: () => {
          void message.success(t('accessRequests.sent'));
          onRequested?.();
          onClose();
        },
        onError: (error) => handleError(error, form),
      },
    );
  };

  return (
    <Modal
      title={t('accessRequests.requestTitle')}
      open={account !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('accessRequests.send')}
      cancelText={t('common.cancel')}
      confirmLoading={requestAccess.isPending}
      destroyOnHidden
    >
      {account?.name && <Typography.Paragraph strong>{account.name}</Typography.Paragraph>}
      <Typography.Paragraph type="secondary">{t('accessRequests.requestHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item name="reason" label={t('accessRequests.reason')} rules={requiredText(t, 500)}>
          <Input.TextArea autoFocus autoSize={{ minRows: 3 }} maxLength={500} showCount placeholder={t('accessRequests.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
