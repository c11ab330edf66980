import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApprovalRequest } from '../../api/approvals.queries.ts';
import { formatDateTime } from '../../components/formatDate.ts';

const COLORS: Record<string, string> = { approve: 'green', reject: 'red', return: 'orange', withdraw: 'gray' };

// Everything that happened to the request, oldest first.
export function ApprovalHistory({ history }: { history: ApprovalRequest['history'] }) {
  const { t } = useTranslation();
  return (
    <Timeline
      items={history.map((h) => ({
        key: h.id,
        color: COLORS[h.action] ?? 'blue',
        content: (
          <>
            <Typography.Text>
              {h.actorName ?? t('approvals.system')} · {t(`approvals.actions.${h.action}`)}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {formatDateTime(h.createdAt)}
            </Typography.Text>
            {h.comment && <Typography.Text style={{ display: 'block' }}>“{h.comment}”</Typography.Text>}
          </>
        ),
      }))}
    />
  );
}
