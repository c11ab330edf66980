import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { codeLabel } from '../../components/codeLabels.ts';

const STATUS_BADGES: Record<string, 'default' | 'processing' | 'success' | 'warning'> = {
  draft: 'default',
  submitted: 'processing',
  reviewed: 'success',
  returned: 'warning',
};

// ARC-4 review state of an archive: draft → submitted → reviewed (or returned with comments).
export function ReviewStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Badge status={STATUS_BADGES[status] ?? 'default'} text={codeLabel(t, 'account.reviewStatus', status)} style={{ whiteSpace: 'nowrap' }} />;
}
