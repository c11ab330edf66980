import { Form, InputNumber, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccessRequest } from '../../api/types.ts';

type Props = { request: AccessRequest | null; isSaving: boolean; onApprove: (days: number) => void; onClose: () => void };

// Approving gives read-only access for 1–90 days (7 by default).
export function ApproveModal({ request, isSaving, onApprove, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ days: number }>();
  return (
    <Modal
      title={t('accessRequests.approveTitle')}
      open={request !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('accessRequests.approve')}
      cancelText={t('common.cancel')}
      confirmLoading={isSaving}
      destroyOnHidden
    >
      {request && (
        <Typography.Paragraph>
          {t('accessRequests.approveWho', { user: request.userName, account: request.accountName })}
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" initialValues={{ days: 7 }} onFinish={({ days }) => onApprove(days)} preserve={false}>
        <Form.Item name="days" label={t('accessRequests.days')} rules={[{ required: true, message: t('validation.required') }]} extra={t('accessRequests.daysHint')}>
          <InputNumber min={1} max={90} precision={0} suffix={t('accessRequests.daysUnit')} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
