import { PlusOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Segmented, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApprovalInboxCount, useApprovals, type ApprovalListItem } from '../../api/approvals.queries.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useAccess } from '../../hooks/useAccess.ts';
import { errorText } from '../../i18n/errorText.ts';
import { ApprovalDrawer } from './ApprovalDrawer.tsx';
import { ApprovalList } from './ApprovalList.tsx';
import { NewApprovalModal } from './NewApprovalModal.tsx';

type Box = 'inbox' | 'mine' | 'all';
type Status = ApprovalListItem['status'];
const STATUSES: Status[] = ['pending', 'no_approver', 'returned', 'approved', 'rejected', 'withdrawn'];
const PAGE_SIZE = 20;

// 审批: what waits for my decision, what I applied for and where it is, and (directors and
// administrators) every request. `?id=` opens one request (links from elsewhere land there).
export function ApprovalsPage() {
  const { t } = useTranslation();
  const { canReadAllApprovals } = useAccess();
  const [params, setParams] = useSearchParams();
  const boxParam = params.get('box');
  const box: Box = boxParam === 'mine' || (boxParam === 'all' && canReadAllApprovals) ? boxParam : 'inbox';
  const statusParam = params.get('status');
  const status = STATUSES.includes(statusParam as Status) ? (statusParam as Status) : undefined;
  const openId = params.get('id');
  const [page, setPage] = useState(1);
  const [isCreating, setIsCreating] = useState(false);
  const list = useApprovals({ box, status, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const inboxCount = useApprovalInboxCount(true).data ?? 0;

  const update = (next: { box?: Box; status?: Status | null; id?: string | null }) => {
    const search = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) search.set(key, value);
      else search.delete(key);
    }
    setParams(search, { replace: next.id === undefined });
    if (next.box !== undefined || next.status !== undefined) setPage(1);
  };

  return (
    <>
      <PageHeader
        title={t('approvals.menu')}
        description={t('approvals.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
            {t('approvals.new')}
          </Button>
        }
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Segmented<Box>
          value={box}
          onChange={(value) => update({ box: value, status: null })}
          options={[
            {
              value: 'inbox',
              label: (
                <Space size={4}>
                  {t('approvals.boxes.inbox')}
                  <Badge count={inboxCount} size="small" />
                </Space>
              ),
            },
            { value: 'mine', label: t('approvals.boxes.mine') },
            ...(canReadAllApprovals ? [{ value: 'all' as const, label: t('approvals.boxes.all') }] : []),
          ]}
        />
        <Select<Status | 'any'>
          aria-label={t('approvals.fields.status')}
          value={status ?? 'any'}
          onChange={(value) => update({ status: value === 'any' ? null : value })}
          options={[{ value: 'any', label: t('approvals.anyStatus') }, ...STATUSES.map((s) => ({ value: s, label: t(`approvals.statuses.${s}`) }))]}
          style={{ width: 150 }}
        />
      </Space>
      {list.error && <Alert type="error" showIcon title={errorText(t, list.error)} style={{ marginBottom: 16 }} />}
      <ApprovalList
        items={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
        isLoading={list.isFetching}
        emptyText={t(`approvals.empty.${box}`)}
        onOpen={(item) => update({ id: item.id })}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('approvals.howTo')}
      </Typography.Paragraph>
      <NewApprovalModal
        isOpen={isCreating}
        onClose={() => setIsCreating(false)}
        onCreated={(id) => {
          setIsCreating(false);
          update({ box: 'mine', status: null, id });
        }}
      />
      <ApprovalDrawer id={openId} onClose={() => update({ id: null })} />
    </>
  );
}
