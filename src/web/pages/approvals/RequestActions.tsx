import { App, Button, Flex, Form, Input, Modal, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReassignApproval, useRerouteApproval, useResubmitApproval, useWithdrawApproval, type ApprovalRequest } from '../../api/approvals.queries.ts';
import { UserSelect } from '../../components/UserSelect.tsx';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';
import { ApprovalForm, type ApprovalFormValues } from './ApprovalForm.tsx';
import { fenToYuan, yuanToFen } from './approvalFormat.ts';

// The applicant's acts: withdraw an open request; correct and resubmit a returned one.
export function ApplicantActions({ request }: { request: ApprovalRequest }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const withdraw = useWithdrawApproval();
  const resubmit = useResubmitApproval();
  const [isEditing, setIsEditing] = useState(false);
  const [form] = Form.useForm<ApprovalFormValues & { comment?: string }>();
  const isGeneral = request.kind === 'general';

  const send = (values: ApprovalFormValues & { comment?: string }) =>
    resubmit.mutate(
      {
        id: request.id,
        version: request.version,
        comment: values.comment || undefined,
        ...(isGeneral ? { title: values.title, description: values.description ?? null, amountFen: yuanToFen(values.amountYuan) } : {}),
      },
      {
        onSuccess: () => {
          void message.success(t('approvals.resubmitted'));
          setIsEditing(false);
        },
        onError: (error) => handleError(error, form),
      },
    );

  return (
    <Flex gap={8} wrap justify="end">
      {request.can.withdraw && (
        <Popconfirm
          title={t('approvals.withdrawConfirm')}
          okText={t('approvals.withdraw')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            withdraw.mutate({ id: request.id, version: request.version }, { onSuccess: () => void message.success(t('approvals.withdrawn')), onError: (e) => handleError(e) })
          }
        >
          <Button loading={withdraw.isPending}>{t('approvals.withdraw')}</Button>
        </Popconfirm>
      )}
      {request.can.resubmit && (
        <Button type="primary" onClick={() => setIsEditing(true)}>
          {t('approvals.resubmit')}
        </Button>
      )}
      <Modal
        title={t('approvals.resubmit')}
        open={isEditing}
        onCancel={() => setIsEditing(false)}
        onOk={() => form.submit()}
        okText={t('approvals.submit')}
        cancelText={t('common.cancel')}
        confirmLoading={resubmit.isPending}
        destroyOnHidden
        afterOpenChange={(open) => open && form.setFieldsValue({ title: request.title, amountYuan: fenToYuan(request.amountFen), description: request.description ?? undefined })}
      >
        {isGeneral ? (
          <ApprovalForm form={form} onFinish={send} />
        ) : (
          <Form form={form} layout="vertical" onFinish={send}>
            <Form.Item name="comment" label={t('approvals.comment')}>
              <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </Flex>
  );
}

// The administrator's way out when a step's role has nobody (or its holder is away): name an
// approver for the current step, or re-route after fixing the organisation.
export function AdminActions({ request }: { request: ApprovalRequest }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const reassign = useReassignApproval();
  const reroute = useRerouteApproval();
  const [userId, setUserId] = useState<string | null>(null);

  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">{t('approvals.adminHelp')}</Typography.Text>
      <Flex gap={8} wrap>
        <div style={{ flex: '1 1 200px', minWidth: 0 }}>
          <UserSelect aria-label={t('approvals.assignee')} value={userId} onChange={setUserId} excludeId={request.applicantId} />
        </div>
        <Button
          disabled={!userId}
          loading={reassign.isPending}
          onClick={() =>
            userId &&
            reassign.mutate(
              { id: request.id, version: request.version, userId },
              { onSuccess: () => (setUserId(null), void message.success(t('approvals.reassigned'))), onError: (e) => handleError(e) },
            )
          }
        >
          {t('approvals.reassign')}
        </Button>
        <Button
          loading={reroute.isPending}
          onClick={() => reroute.mutate({ id: request.id, version: request.version }, { onSuccess: () => void message.success(t('approvals.rerouted')), onError: (e) => handleError(e) })}
        >
          {t('approvals.reroute')}
        </Button>
      </Flex>
    </Flex>
  );
}
