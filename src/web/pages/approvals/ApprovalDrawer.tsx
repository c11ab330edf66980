import { Alert, Descriptions, Divider, Drawer, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApproval } from '../../api/approvals.queries.ts';
import { formatDateTime } from '../../components/formatDate.ts';
import { errorText } from '../../i18n/errorText.ts';
import { useIsPhone } from '../../hooks/useIsPhone.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { ApprovalHistory } from './ApprovalHistory.tsx';
import { ApprovalRoute } from './ApprovalRoute.tsx';
import { DecisionPanel } from './DecisionPanel.tsx';
import { AdminActions, ApplicantActions } from './RequestActions.tsx';
import { formatYuan, STATUS_COLORS } from './approvalFormat.ts';

// One request: what is asked, where it is (the route), what happened (history), and what the
// viewer may do now (decide; withdraw or resubmit; as admin, unblock a step without approver).
export function ApprovalDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const isPhone = useIsPhone();
  const query = useApproval(id);
  const request = query.data;

  return (
    <Drawer title={request?.title ?? t('approvals.request')} open={id !== null} onClose={onClose} size={isPhone ? '100%' : 560} destroyOnHidden>
      {query.error && <Alert type="error" showIcon title={errorText(t, query.error)} />}
      {!request && !query.error && <Skeleton active />}
      {request && (
        <>
          <Descriptions size="small" column={1} bordered={false}>
            <Descriptions.Item label={t('approvals.fields.status')}>
              <Tag color={STATUS_COLORS[request.status]}>{t(`approvals.statuses.${request.status}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('approvals.fields.kind')}>{t(`approvals.kinds.${request.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('approvals.fields.amount')}>{formatYuan(request.amountFen, locale)}</Descriptions.Item>
            <Descriptions.Item label={t('approvals.fields.applicant')}>{request.applicantName}</Descriptions.Item>
            <Descriptions.Item label={t('approvals.fields.submittedAt')}>{formatDateTime(request.submittedAt)}</Descriptions.Item>
          </Descriptions>
          {request.description && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>{request.description}</Typography.Paragraph>}
          {request.status === 'no_approver' && <Alert type="error" showIcon title={t('error.APPROVAL_NO_APPROVER')} style={{ marginTop: 8 }} />}
          {request.can.decide && (
            <>
              <Divider titlePlacement="start">{t('approvals.yourDecision')}</Divider>
              <DecisionPanel request={request} />
            </>
          )}
          {(request.can.withdraw || request.can.resubmit) && (
            <div style={{ marginTop: 12 }}>
              <ApplicantActions request={request} />
            </div>
          )}
          {request.can.manage && (
            <>
              <Divider titlePlacement="start">{t('approvals.adminTitle')}</Divider>
              <AdminActions request={request} />
            </>
          )}
          <Divider titlePlacement="start">{t('approvals.route')}</Divider>
          <ApprovalRoute request={request} />
          <Divider titlePlacement="start">{t('approvals.history')}</Divider>
          <ApprovalHistory history={request.history} />
        </>
      )}
    </Drawer>
  );
}
