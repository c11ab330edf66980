import { App, Button, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDecideApproval, type ApprovalRequest, type Decision } from '../../api/approvals.queries.ts';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';

// The current approver's answer: approve (comment optional), return to the applicant or reject
// (both need a reason, which the applicant reads).
export function DecisionPanel({ request }: { request: ApprovalRequest }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const decide = useDecideApproval();
  const handleError = useApiErrorHandler();
  const [comment, setComment] = useState('');
  const [needsReason, setNeedsReason] = useState(false);

  const send = (action: Decision) => {
    const text = comment.trim();
    if (action !== 'approve' && !text) {
      setNeedsReason(true);
      return;
    }
    decide.mutate(
      { id: request.id, action, comment: text || undefined, version: request.version },
      {
        onSuccess: () => {
          void message.success(t(`approvals.decided.${action}`));
          setComment('');
          setNeedsReason(false);
        },
        onError: (error) => handleError(error),
      },
    );
  };

  return (
    <Flex vertical gap={8}>
      <Input.TextArea
        aria-label={t('approvals.comment')}
        placeholder={t('approvals.commentPlaceholder')}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        autoSize={{ minRows: 2, maxRows: 5 }}
        maxLength={1000}
        status={needsReason && !comment.trim() ? 'error' : undefined}
      />
      {needsReason && !comment.trim() && <Typography.Text type="danger">{t('error.APPROVAL_COMMENT_REQUIRED')}</Typography.Text>}
      <Flex gap={8} wrap justify="end">
        <Button danger onClick={() => send('reject')} disabled={decide.isPending}>
          {t('approvals.reject')}
        </Button>
        <Button onClick={() => send('return')} disabled={decide.isPending}>
          {t('approvals.return')}
        </Button>
        <Button type="primary" onClick={() => send('approve')} loading={decide.isPending}>
          {t('approvals.approve')}
        </Button>
      </Flex>
    </Flex>
  );
}
