import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Popconfirm, Table, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRevokeToken, useTokens } from '../../api/tokens.queries.ts';
import type { ApiToken } from '../../api/types.ts';
import { formatDateTime } from '../../components/formatDate.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';
import { useIsPhone } from '../../hooks/useIsPhone.ts';
import { errorText } from '../../i18n/errorText.ts';
import { CreateTokenModal } from './CreateTokenModal.tsx';
import { TokenSecretModal } from './TokenSecretModal.tsx';

// Personal API tokens for scripts and integrations: they act as the user who made them.
export function TokensPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isPhone = useIsPhone();
  const tokens = useTokens();
  const revoke = useRevokeToken();
  const handleError = useApiErrorHandler();
  const [isCreating, setCreating] = useState(false);
  const [secret, setSecret] = useState<{ value: string; name: string } | null>(null);

  const expiry = (value: string | null) => {
    if (!value) return t('tokens.never');
    const text = formatDateTime(value);
    return dayjs(value).isBefore(dayjs()) ? <Typography.Text type="danger">{t('tokens.expired', { date: text })}</Typography.Text> : text;
  };

  const columns: TableColumnsType<ApiToken> = [
    { title: t('tokens.name'), dataIndex: 'name', key: 'name', render: (name: string | null) => name ?? '—' },
    { title: t('tokens.prefix'), dataIndex: 'start', key: 'start', render: (start: string | null) => (start ? <Typography.Text code>{start}…</Typography.Text> : '—') },
    { title: t('tokens.createdAt'), dataIndex: 'createdAt', key: 'createdAt', render: formatDateTime },
    { title: t('tokens.expiresAt'), dataIndex: 'expiresAt', key: 'expiresAt', render: expiry },
    { title: t('tokens.lastUsedAt'), dataIndex: 'lastUsedAt', key: 'lastUsedAt', render: (value: string | null) => (value ? formatDateTime(value) : t('tokens.neverUsed')) },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, token) => (
        <Popconfirm
          title={t('tokens.revokeConfirm', { name: token.name ?? '' })}
          description={t('tokens.revokeEffect')}
          okText={t('tokens.revoke')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() =>
            revoke.mutate(token.id, { onSuccess: () => void message.success(t('tokens.revoked')), onError: (error) => handleError(error) })
          }
        >
          <Button type="link" size="small" danger>
            {t('tokens.revoke')}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('menu.tokens')}
        description={t('tokens.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('tokens.create')}
          </Button>
        }
      />
      {tokens.error && <Alert type="error" showIcon title={errorText(t, tokens.error)} style={{ marginBottom: 16 }} />}
      <Table<ApiToken>
        rowKey="id"
        columns={columns}
        dataSource={tokens.data?.items ?? []}
        loading={tokens.isFetching}
        scroll={{ x: 'max-content' }}
        size={isPhone ? 'small' : 'middle'}
        pagination={false}
        locale={{ emptyText: t('tokens.empty') }}
      />
      <CreateTokenModal isOpen={isCreating} onClose={() => setCreating(false)} onCreated={(value, name) => setSecret({ value, name })} />
      <TokenSecretModal secret={secret} onClose={() => setSecret(null)} />
    </>
  );
}
