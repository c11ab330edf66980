import { Alert, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAudit, type AuditQuery } from '../../api/audit.queries.ts';
import type { AuditEntry } from '../../api/types.ts';
import { formatDateTime } from '../../components/formatDate.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useIsPhone } from '../../hooks/useIsPhone.ts';
import { errorText } from '../../i18n/errorText.ts';
import { AuditChanges } from './AuditChanges.tsx';
import { AuditEntity } from './AuditEntity.tsx';
import { AuditFilters, type AuditFilterState } from './AuditFilters.tsx';
import { useAuditLookups } from './useAuditLookups.ts';

const PAGE_SIZE = 50;
const ACTION_COLORS: Record<string, string> = { create: 'green', update: 'blue', delete: 'red', password: 'orange', login: 'default' };

const toQuery = (filters: AuditFilterState, page: number): AuditQuery => ({
  entityType: filters.entityType ?? undefined,
  action: filters.action ?? undefined,
  actorId: filters.actorId ?? undefined,
  entityId: filters.entityId || undefined,
  // Whole days in the user's zone: from the start of the first to the start of the day after the last.
  from: filters.range ? filters.range[0].startOf('day').toISOString() : undefined,
  to: filters.range ? filters.range[1].add(1, 'day').startOf('day').toISOString() : undefined,
  limit: PAGE_SIZE,
  offset: (page - 1) * PAGE_SIZE,
});

// Who changed what and when, newest first (audit:read).
export function AuditPage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const [filters, setFilters] = useState<AuditFilterState>({ entityType: null, action: null, actorId: null, entityId: '', range: null });
  const [page, setPage] = useState(1);
  const audit = useAudit(toQuery(filters, page));
  const lookups = useAuditLookups();

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.at'), dataIndex: 'at', key: 'at', render: formatDateTime, width: 150 },
    {
      title: t('audit.actor'),
      key: 'actor',
      // Writes made by the system itself (demo data, jobs) have no user behind them.
      render: (_, entry) => (entry.actorId ? (lookups.userName(entry.actorId) ?? entry.actorName) : entry.actorName === 'system' || !entry.actorName ? t('audit.system') : entry.actorName),
    },
    { title: t('audit.action'), dataIndex: 'action', key: 'action', render: (action: string) => <Tag color={ACTION_COLORS[action]}>{t(`audit.actions.${action}`, { defaultValue: action })}</Tag> },
    { title: t('audit.record'), key: 'record', render: (_, entry) => <AuditEntity entry={entry} lookups={lookups} /> },
    { title: t('audit.changes'), key: 'changes', render: (_, entry) => <AuditChanges entityType={entry.entityType} before={entry.before} after={entry.after} lookups={lookups} limit={3} /> },
    { title: t('audit.ip'), dataIndex: 'ip', key: 'ip', render: (ip: string | null) => ip ?? '—' },
  ];

  return (
    <>
      <PageHeader title={t('menu.audit')} description={t('audit.description')} />
      <AuditFilters
        state={filters}
        onChange={(patch) => {
          setFilters({ ...filters, ...patch });
          setPage(1);
        }}
      />
      {audit.error && <Alert type="error" showIcon title={errorText(t, audit.error)} style={{ marginBottom: 16 }} />}
      <Table<AuditEntry>
        rowKey="id"
        columns={columns}
        dataSource={audit.data?.items ?? []}
        loading={audit.isFetching}
        scroll={{ x: 'max-content' }}
        size={isPhone ? 'small' : 'middle'}
        expandable={{
          expandedRowRender: (entry) => (
            <Flex vertical gap={8}>
              <AuditChanges entityType={entry.entityType} before={entry.before} after={entry.after} lookups={lookups} />
              <Typography.Text type="secondary">
                {t('audit.entityId')}: <Typography.Text code copyable>{entry.entityId}</Typography.Text>
              </Typography.Text>
            </Flex>
          ),
        }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: audit.data?.total ?? 0,
          showSizeChanger: false,
          simple: isPhone,
          showTotal: (count) => t('common.total', { total: count }),
          onChange: setPage,
        }}
      />
    </>
  );
}
