import { Alert, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccountHistory } from '../../api/audit.queries.ts';
import type { AuditEntry } from '../../api/types.ts';
import { formatDateTime } from '../../components/formatDate.ts';
import { errorText } from '../../i18n/errorText.ts';
import { AuditEntity } from '../audit/AuditEntity.tsx';
import { useAuditLookups } from '../audit/useAuditLookups.ts';
import { HistoryChanges } from './HistoryChanges.tsx';

const PAGE_SIZE = 20;
const ABOUT_THE_ACCOUNT = new Set(['account', 'account_team', 'account_review', 'customer_form']);
const ACTION_COLORS: Record<string, string> = { create: 'green', update: 'blue', delete: 'red', read: 'default' };

// 历史 (ARC-5): every change to the archive and its contacts, and every read of it by someone
// outside its circle — who, when, before → after. Shown to everyone who may see the account.
export function HistoryTab({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const audit = useAccountHistory(accountId, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const lookups = useAuditLookups();

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.at'), dataIndex: 'at', key: 'at', render: formatDateTime, width: 150 },
    { title: t('audit.actor'), key: 'actor', render: (_, e) => (e.actorId ? (lookups.userName(e.actorId) ?? e.actorName) : e.actorName === 'system' || !e.actorName ? t('audit.system') : t('accounts.history.customer')) },
    { title: t('audit.action'), dataIndex: 'action', key: 'action', render: (action: string) => <Tag color={ACTION_COLORS[action]}>{t(`audit.actions.${action}`, { defaultValue: action })}</Tag> },
    {
      title: t('audit.record'),
      key: 'record',
      // Entries about the archive itself need no name: it is this account.
      render: (_, e) => (ABOUT_THE_ACCOUNT.has(e.entityType) ? t(`audit.entity.${e.entityType}`, { defaultValue: e.entityType }) : <AuditEntity entry={e} lookups={lookups} />),
    },
    { title: t('audit.changes'), key: 'changes', render: (_, e) => <HistoryChanges entityType={e.entityType} before={e.before} after={e.after} lookups={lookups} /> },
  ];

  return (
    <>
      <Typography.Paragraph type="secondary">{t('accounts.history.intro')}</Typography.Paragraph>
      {audit.error && <Alert type="error" showIcon title={errorText(t, audit.error)} style={{ marginBottom: 16 }} />}
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={audit.data?.items ?? []}
        loading={audit.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: audit.data?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (n) => t('common.total', { total: n }) }}
      />
    </>
  );
}
