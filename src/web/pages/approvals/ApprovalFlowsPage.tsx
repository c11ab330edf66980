import { Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APPROVAL_KINDS, type ApprovalKind } from '../../../domain/approvals/flow.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { FlowEditor } from './FlowEditor.tsx';

// Settings → approval flows: one flow per kind of request. Requests under way keep their route.
export function ApprovalFlowsPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ApprovalKind>('general');
  return (
    <>
      <PageHeader title={t('approvals.flows.menu')} description={t('approvals.flows.description')} />
      <Segmented<ApprovalKind>
        value={kind}
        onChange={setKind}
        options={APPROVAL_KINDS.map((k) => ({ value: k, label: t(`approvals.kinds.${k}`) }))}
        style={{ marginBottom: 16, maxWidth: '100%', overflowX: 'auto' }}
      />
      <FlowEditor key={kind} kind={kind} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('approvals.flows.rules')}
      </Typography.Paragraph>
    </>
  );
}
