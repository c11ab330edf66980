import { Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApprovalRequest, ApprovalRouteStep } from '../../api/approvals.queries.ts';
import { formatDateTime } from '../../components/formatDate.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { formatYuan } from './approvalFormat.ts';

type StepStatus = 'wait' | 'process' | 'finish' | 'error';
const STEP_STATUS: Record<ApprovalRouteStep['state'], StepStatus> = {
  skipped: 'wait',
  waiting: 'wait',
  current: 'process',
  approved: 'finish',
  rejected: 'error',
  returned: 'error',
};

// The route of a request: every step with who approves it, its state, the decision and comment.
// Skipped steps stay visible (below the amount, or merged into the previous approver), so the
// applicant sees the whole flow.
export function ApprovalRoute({ request }: { request: ApprovalRequest }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const isOpen = request.status === 'pending' || request.status === 'no_approver';

  const title = (s: ApprovalRouteStep) => {
    const role = t(`approvals.relations.${s.resolvedRelation}`);
    return s.resolvedRelation !== s.relation ? `${role}${t('approvals.escalatedFrom', { role: t(`approvals.relations.${s.relation}`) })}` : role;
  };
  const content = (s: ApprovalRouteStep) => {
    const names = s.approvers.map((a) => a.name).join(t('common.listSeparator'));
    const lines: string[] = [];
    if (s.state === 'skipped') {
      lines.push(s.skipReason === 'below_threshold' ? t('approvals.skippedBelow', { amount: formatYuan(s.minAmountFen, locale) }) : t('approvals.skippedSame'));
    } else if (s.decidedByName) {
      lines.push(`${t(`approvals.stepStates.${s.state}`)} · ${s.decidedByName} · ${formatDateTime(s.decidedAt)}`);
    } else {
      lines.push(names || t('approvals.nobody'));
      if (s.minAmountFen !== null) lines.push(t('approvals.fromAmount', { amount: formatYuan(s.minAmountFen, locale) }));
    }
    if (s.isReassigned) lines.push(t('approvals.reassignedTo', { names }));
    return (
      <>
        {lines.map((line, i) => (
          <Typography.Text key={i} type={s.state === 'current' && s.approvers.length === 0 ? 'danger' : 'secondary'} style={{ display: 'block', fontSize: 12 }}>
            {line}
          </Typography.Text>
        ))}
        {s.comment && <Typography.Text style={{ display: 'block' }}>“{s.comment}”</Typography.Text>}
      </>
    );
  };

  return (
    <Steps
      orientation="vertical"
      size="small"
      current={request.currentStep ?? request.route.length}
      items={request.route.map((s) => ({
        title: title(s),
        content: content(s),
        status: s.state === 'current' && (!isOpen || s.approvers.length === 0) ? (isOpen ? 'error' : 'wait') : STEP_STATUS[s.state],
        disabled: s.state === 'skipped',
        style: s.state === 'skipped' ? { opacity: 0.55 } : undefined,
      }))}
    />
  );
}
