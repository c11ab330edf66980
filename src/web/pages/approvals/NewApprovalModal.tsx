import { App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateApproval } from '../../api/approvals.queries.ts';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';
import { useIsPhone } from '../../hooks/useIsPhone.ts';
import { ApprovalForm, type ApprovalFormValues } from './ApprovalForm.tsx';
import { yuanToFen } from './approvalFormat.ts';

type Props = { isOpen: boolean; onClose: () => void; onCreated: (id: string) => void };

// A general request (申请): goes through the general flow at once.
export function NewApprovalModal({ isOpen, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isPhone = useIsPhone();
  const [form] = Form.useForm<ApprovalFormValues>();
  const create = useCreateApproval();
  const handleError = useApiErrorHandler();

  const submit = (values: ApprovalFormValues) =>
    create.mutate(
      { title: values.title, description: values.description ?? null, amountFen: yuanToFen(values.amountYuan) },
      {
        onSuccess: (request) => {
          void message.success(t('approvals.submitted'));
          form.resetFields();
          onCreated(request.id);
        },
        onError: (error) => handleError(error, form),
      },
    );

  return (
    <Modal
      title={t('approvals.new')}
      open={isOpen}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('approvals.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      width={isPhone ? '100%' : 520}
      destroyOnHidden
    >
      <ApprovalForm form={form} onFinish={submit} />
    </Modal>
  );
}
