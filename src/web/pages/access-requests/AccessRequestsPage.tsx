import { Alert, App, Segmented, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAccessRequests, useDecideAccess } from '../../api/accessRequests.queries.ts';
import type { AccessRequest } from '../../api/types.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useAccess } from '../../hooks/useAccess.ts';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';
import { errorText } from '../../i18n/errorText.ts';
import { AccessRequestList } from './AccessRequestList.tsx';
import { ApproveModal } from './ApproveModal.tsx';

type Scope = 'to_decide' | 'mine';
type Status = AccessRequest['status'];
const STATUSES: Status[] = ['pending', 'approved', 'rejected'];
const PAGE_SIZE = 20;

// ARC-5 查看申请 (借阅): requests to read an archive. Managers and the director decide the
// requests for their people's accounts; everyone sees their own.
export function AccessRequestsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { canDecideAccess } = useAccess();
  const [params, setParams] = useSearchParams();
  const scope: Scope = canDecideAccess && params.get('scope') !== 'mine' ? 'to_decide' : 'mine';
  const statusParam = params.get('status');
  // Deciders open on what waits for them; the own list shows everything by default.
  const status: Status | null = statusParam === 'all' ? null : STATUSES.includes(statusParam as Status) ? (statusParam as Status) : scope === 'to_decide' ? 'pending' : null;
  const [page, setPage] = useState(1);
  const requests = useAccessRequests({ scope, status: status ?? undefined, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const decide = useDecideAccess();
  const handleError = useApiErrorHandler();
  const [approving, setApproving] = useState<AccessRequest | null>(null);

  const setFilter = (next: { scope?: Scope; status?: Status | 'all' | null }) => {
    const search = new URLSearchParams();
    search.set('scope', next.scope ?? scope);
    const nextStatus = next.status === undefined ? statusParam : next.status;
    if (nextStatus) search.set('status', nextStatus);
    setParams(search, { replace: true });
    setPage(1);
  };

  const decideOne = (request: AccessRequest, approve: boolean, days?: number) =>
    decide.mutate(
      { id: request.id, approve, days },
      {
        onSuccess: () => {
          void message.success(approve ? t('accessRequests.approved', { user: request.userName, days }) : t('accessRequests.rejected'));
          setApproving(null);
        },
        onError: (error) => handleError(error),
      },
    );

  return (
    <>
      <PageHeader title={t('menu.accessRequests')} description={t('accessRequests.description')} />
      <Space wrap style={{ marginBottom: 16 }}>
        {canDecideAccess && (
          <Segmented<Scope>
            value={scope}
            onChange={(value) => setFilter({ scope: value, status: null })}
            options={[
              { value: 'to_decide', label: t('accessRequests.toDecide') },
              { value: 'mine', label: t('accessRequests.mine') },
            ]}
          />
        )}
        <Select<Status | 'all'>
          aria-label={t('accessRequests.status')}
          value={status ?? 'all'}
          onChange={(value) => setFilter({ status: value })}
          options={[{ value: 'all', label: t('accessRequests.allStatuses') }, ...STATUSES.map((s) => ({ value: s, label: t(`accessRequests.statuses.${s}`) }))]}
          style={{ width: 160 }}
        />
      </Space>
      {requests.error && <Alert type="error" showIcon title={errorText(t, requests.error)} style={{ marginBottom: 16 }} />}
      <AccessRequestList
        items={requests.data?.items ?? []}
        total={requests.data?.total ?? 0}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
        isLoading={requests.isFetching}
        isDeciding={scope === 'to_decide'}
        // Nothing is decided yet in the list of pending requests.
        showsDecision={status !== 'pending'}
        emptyText={scope === 'to_decide' ? t('accessRequests.emptyToDecide') : t('accessRequests.emptyMine')}
        onApprove={setApproving}
        onReject={(request) => decideOne(request, false)}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('accessRequests.howTo')}
      </Typography.Paragraph>
      <ApproveModal request={approving} isSaving={decide.isPending} onClose={() => setApproving(null)} onApprove={(days) => approving && decideOne(approving, true, days)} />
    </>
  );
}
