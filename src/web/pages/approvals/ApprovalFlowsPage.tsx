import { Segmented, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APPROVAL_KINDS, type ApprovalKind } from '../../../domain/approvals/flow.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useIsPhone } from '../../hooks/useIsPhone.ts';
import { FlowEditor } from './FlowEditor.tsx';

// Settings → approval flows: one flow per kind of request. Requests under way keep their route.
export function ApprovalFlowsPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ApprovalKind>('general');
  const isPhone = useIsPhone();
  const options = APPROVAL_KINDS.map((k) => ({ value: k, label: t(`approvals.kinds.${k}`) }));
  return (
    <>
      <PageHeader title={t('approvals.flows.menu')} description={t('approvals.flows.description')} />
      {/* Six kinds do not fit a phone's width as tabs. */}
      {isPhone ? (
        <Select<ApprovalKind> aria-label={t('approvals.fields.kind')} value={kind} onChange={setKind} options={options} style={{ width: '100%', marginBottom: 16 }} />
      ) : (
        <Segmented<ApprovalKind> value={kind} onChange={setKind} options={options} style={{ marginBottom: 16 }} />
      )}
      <FlowEditor key={kind} kind={kind} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('approvals.flows.rules')}
      </Typography.Paragraph>
    </>
  );
}
