import { App, Button, Flex, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReviewAccount, useSubmitReview } from '../../api/accounts.queries.ts';
import type { AccountDetail } from '../../api/types.ts';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';

type Props = { account: AccountDetail };

// ARC-4: the person who built the archive submits it; the owner's direct superior (or the
// director) marks it reviewed or returns it with comments. The server says who may do which
// (`account.can`): those who may change the archive submit it, a reviewer decides.
export function ReviewActions({ account }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const submit = useSubmitReview();
  const review = useReviewAccount();
  const handleError = useApiErrorHandler();
  const [decision, setDecision] = useState<'approve' | 'return' | null>(null);
  const [form] = Form.useForm<{ comment: string }>();

  const canSubmit = account.can.edit && account.reviewStatus !== 'submitted' && account.reviewStatus !== 'reviewed';
  const canResubmit = account.can.edit && account.reviewStatus === 'reviewed';
  const canReview = account.can.review;

  const decide = ({ comment }: { comment?: string }) => {
    if (!decision) return;
    review.mutate(
      { id: account.id, decision, comment: comment?.trim() || null },
      {
        onSuccess: () => {
          void message.success(t(decision === 'approve' ? 'accounts.review.approved' : 'accounts.review.returned'));
          setDecision(null);
        },
        onError: (error) => handleError(error, form),
      },
    );
  };

  return (
    <Flex gap={8} wrap>
      {(canSubmit || canResubmit) && (
        <Button
          size="small"
          type={canSubmit ? 'primary' : 'default'}
          loading={submit.isPending}
          onClick={() => submit.mutate(account.id, { onSuccess: () => void message.success(t('accounts.review.submitted')), onError: (error) => handleError(error) })}
        >
          {canSubmit ? t('accounts.review.submit') : t('accounts.review.resubmit')}
        </Button>
      )}
      {canReview && (
        <>
          <Button size="small" type="primary" onClick={() => setDecision('approve')}>
            {t('accounts.review.approve')}
          </Button>
          <Button size="small" danger onClick={() => setDecision('return')}>
            {t('accounts.review.return')}
          </Button>
        </>
      )}
      <Modal
        title={decision === 'approve' ? t('accounts.review.approveTitle') : t('accounts.review.returnTitle')}
        open={decision !== null}
        onCancel={() => setDecision(null)}
        onOk={() => form.submit()}
        okText={decision === 'approve' ? t('accounts.review.approve') : t('accounts.review.return')}
        okButtonProps={{ danger: decision === 'return' }}
        cancelText={t('common.cancel')}
        confirmLoading={review.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={decide} preserve={false}>
          <Form.Item
            name="comment"
            label={t('accounts.review.comment')}
            rules={decision === 'return' ? [{ required: true, whitespace: true, message: t('accounts.review.commentRequired') }, { max: 2000 }] : [{ max: 2000 }]}
          >
            <Input.TextArea autoFocus autoSize={{ minRows: 3 }} maxLength={2000} placeholder={decision === 'return' ? t('accounts.review.returnPlaceholder') : undefined} />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
