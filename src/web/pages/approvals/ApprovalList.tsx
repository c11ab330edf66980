import { Card, Empty, Flex, Pagination, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApprovalListItem } from '../../api/approvals.queries.ts';
import { formatDateTime } from '../../components/formatDate.ts';
import { useIsPhone } from '../../hooks/useIsPhone.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { formatYuan, STATUS_COLORS } from './approvalFormat.ts';

type Props = {
  items: ApprovalListItem[];
  total: number;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  isLoading: boolean;
  emptyText: string;
  onOpen: (item: ApprovalListItem) => void;
};

// Requests as a table, or as cards on a phone (approvers decide on the road).
export function ApprovalList({ items, total, page, pageSize, onPage, isLoading, emptyText, onOpen }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const isPhone = useIsPhone();
  const statusTag = (r: ApprovalListItem) => <Tag color={STATUS_COLORS[r.status]}>{t(`approvals.statuses.${r.status}`)}</Tag>;
  // Where the request is now: the role and the people it waits for.
  const where = (r: ApprovalListItem) =>
    r.currentRelation && (r.status === 'pending' || r.status === 'no_approver')
      ? `${t(`approvals.relations.${r.currentRelation}`)}${r.currentApproverNames.length > 0 ? ` · ${r.currentApproverNames.join(t('common.listSeparator'))}` : ` · ${t('approvals.nobody')}`}`
      : '—';

  if (isPhone) {
    return (
      <Spin spinning={isLoading}>
        {items.length === 0 && !isLoading ? (
          <Empty description={emptyText} />
        ) : (
          <Flex vertical gap={8}>
            {items.map((r) => (
              <Card key={r.id} size="small" hoverable onClick={() => onOpen(r)} data-testid="approval-card">
                <Flex vertical gap={4}>
                  <Flex justify="space-between" gap={8} align="start">
                    <Typography.Text strong>{r.title}</Typography.Text>
                    {statusTag(r)}
                  </Flex>
                  <Flex justify="space-between" gap={8}>
                    <Typography.Text>{formatYuan(r.amountFen, locale)}</Typography.Text>
                    <Typography.Text type="secondary">{t(`approvals.kinds.${r.kind}`)}</Typography.Text>
                  </Flex>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.applicantName} · {formatDateTime(r.submittedAt)}
                  </Typography.Text>
                  {where(r) !== '—' && (
                    <Typography.Text type={r.status === 'no_approver' ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
                      {t('approvals.waitingFor')}
                      {t('common.colon')}
                      {where(r)}
                    </Typography.Text>
                  )}
                </Flex>
              </Card>
            ))}
            {total > pageSize && <Pagination size="small" align="center" current={page} pageSize={pageSize} total={total} onChange={onPage} showSizeChanger={false} />}
          </Flex>
        )}
      </Spin>
    );
  }

  const columns: TableColumnsType<ApprovalListItem> = [
    { title: t('approvals.fields.title'), dataIndex: 'title', ellipsis: true, render: (title: string) => <Typography.Link>{title}</Typography.Link> },
    { title: t('approvals.fields.kind'), dataIndex: 'kind', width: 110, render: (kind: ApprovalListItem['kind']) => t(`approvals.kinds.${kind}`) },
    { title: t('approvals.fields.amount'), dataIndex: 'amountFen', width: 120, align: 'right', render: (fen: number | null) => formatYuan(fen, locale) },
    { title: t('approvals.fields.applicant'), dataIndex: 'applicantName', width: 110 },
    { title: t('approvals.fields.status'), dataIndex: 'status', width: 100, render: (_: unknown, r) => statusTag(r) },
    { title: t('approvals.waitingFor'), key: 'where', ellipsis: true, render: (_: unknown, r) => <Typography.Text type={r.status === 'no_approver' ? 'danger' : undefined}>{where(r)}</Typography.Text> },
    { title: t('approvals.fields.submittedAt'), dataIndex: 'submittedAt', width: 150, render: (at: string) => formatDateTime(at) },
  ];
  return (
    <Table<ApprovalListItem>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={isLoading}
      locale={{ emptyText }}
      onRow={(r) => ({ onClick: () => onOpen(r), style: { cursor: 'pointer' } })}
      pagination={{ current: page, pageSize, total, onChange: onPage, showSizeChanger: false, hideOnSinglePage: true }}
    />
  );
}
