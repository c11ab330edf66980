import { Button, Card, Empty, Flex, Pagination, Popconfirm, Space, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AccessRequest } from '../../api/types.ts';
import { formatDateTime } from '../../components/formatDate.ts';
import { useIsPhone } from '../../hooks/useIsPhone.ts';

type Status = AccessRequest['status'];
const STATUS_COLORS: Record<Status, string> = { pending: 'gold', approved: 'green', rejected: 'default' };

type Props = {
  items: AccessRequest[];
  total: number;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  isLoading: boolean;
  isDeciding: boolean; // the "to decide" list: requester shown, approve/reject offered
  showsDecision: boolean;
  emptyText: string;
  onApprove: (request: AccessRequest) => void;
  onReject: (request: AccessRequest) => void;
};

// Access requests as a table, or as cards on a phone (the reason matters most there).
export function AccessRequestList({ items, total, page, pageSize, onPage, isLoading, isDeciding, showsDecision, emptyText, onApprove, onReject }: Props) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();

  const statusTag = (r: AccessRequest) => <Tag color={STATUS_COLORS[r.status]}>{t(`accessRequests.statuses.${r.status}`)}</Tag>;
  const decision = (r: AccessRequest): ReactNode =>
    r.status === 'pending' ? (
      '—'
    ) : (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {r.decidedByName} · {formatDateTime(r.decidedAt)}
        {r.expiresAt && (
          <>
            <br />
            {t('accessRequests.until', { at: formatDateTime(r.expiresAt) })}
          </>
        )}
      </Typography.Text>
    );
  const actions = (r: AccessRequest) =>
    isDeciding &&
    r.status === 'pending' && (
      <Space size={0}>
        <Button type="link" size="small" onClick={() => onApprove(r)}>
          {t('accessRequests.approve')}
        </Button>
        <Popconfirm title={t('accessRequests.rejectConfirm', { user: r.userName })} okText={t('accessRequests.reject')} okButtonProps={{ danger: true }} cancelText={t('common.cancel')} onConfirm={() => onReject(r)}>
          <Button type="link" size="small" danger>
            {t('accessRequests.reject')}
          </Button>
        </Popconfirm>
      </Space>
    );

  if (isPhone) {
    return (
      <Spin spinning={isLoading}>
        {items.length === 0 && !isLoading ? (
          <Empty description={emptyText} />
        ) : (
          <Flex vertical gap={8}>
            {items.map((r) => (
              <Card key={r.id} size="small">
                <Flex vertical gap={4}>
                  <Flex justify="space-between" gap={8} align="start">
                    <Link to={`/accounts/${r.accountId}`} style={{ fontWeight: 500 }}>
                      {r.accountName}
                    </Link>
                    {statusTag(r)}
                  </Flex>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {isDeciding ? `${r.userName} · ` : ''}
                    {formatDateTime(r.requestedAt)}
                  </Typography.Text>
                  <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{r.reason}</Typography.Paragraph>
                  {r.status !== 'pending' && decision(r)}
                  {actions(r)}
                </Flex>
              </Card>
            ))}
          </Flex>
        )}
        {total > pageSize && (
          <Flex justify="center" style={{ marginTop: 12 }}>
            <Pagination simple current={page} pageSize={pageSize} total={total} onChange={onPage} />
          </Flex>
        )}
      </Spin>
    );
  }

  const columns: TableColumnsType<AccessRequest> = [
    { key: 'account', title: t('accessRequests.account'), render: (_, r) => <Link to={`/accounts/${r.accountId}`}>{r.accountName}</Link> },
    ...(isDeciding ? [{ key: 'user', title: t('accessRequests.requester'), render: (_: unknown, r: AccessRequest) => r.userName }] : []),
    { key: 'reason', title: t('accessRequests.reason'), render: (_, r) => <Typography.Paragraph style={{ margin: 0, maxWidth: 360, whiteSpace: 'pre-wrap' }}>{r.reason}</Typography.Paragraph> },
    { key: 'requestedAt', title: t('accessRequests.requestedAt'), render: (_, r) => formatDateTime(r.requestedAt) },
    { key: 'status', title: t('accessRequests.status'), render: (_, r) => statusTag(r) },
    ...(showsDecision ? [{ key: 'decided', title: t('accessRequests.decision'), render: (_: unknown, r: AccessRequest) => decision(r) }] : []),
    ...(isDeciding ? [{ key: 'actions', title: t('common.actions'), render: (_: unknown, r: AccessRequest) => actions(r) }] : []),
  ];
  return (
    <Table<AccessRequest>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={isLoading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText }}
      pagination={{ current: page, pageSize, total, onChange: onPage, showSizeChanger: false, hideOnSinglePage: true }}
    />
  );
}
