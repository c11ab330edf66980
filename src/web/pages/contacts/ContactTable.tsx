import { App, Button, Empty, Flex, Popconfirm, Rate, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDeleteContact } from '../../api/contacts.queries.ts';
import type { Contact } from '../../api/types.ts';
import { codeLabel } from '../../components/codeLabels.ts';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';
import { AttitudeTag } from './AttitudeTag.tsx';

export type ContactActions = { onEdit: (contact: Contact) => void; onLeft: (contact: Contact) => void };

type Props = { contacts: Contact[]; everyone: Contact[]; isLoading: boolean; actions?: ContactActions };

export function ContactTable({ contacts, everyone, isLoading, actions }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const deleteContact = useDeleteContact();
  const handleError = useApiErrorHandler();
  const nameOf = (id: string | null) => (id ? (everyone.find((c) => c.id === id)?.name ?? '…') : null);

  const columns: TableColumnsType<Contact> = [
    {
      key: 'name',
      title: t('contact.field.name'),
      fixed: 'left',
      render: (_, c) => (
        <Flex vertical style={{ opacity: c.isLeft ? 0.55 : 1 }}>
          <Space size={4}>
            <Typography.Text strong>{c.name}</Typography.Text>
            {c.isLeft && <Tag>{t('contacts.left')}</Tag>}
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[c.title, c.department].filter(Boolean).join(' · ') || '—'}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'buyingRole', title: t('contact.field.buyingRole'), render: (_, c) => codeLabel(t, 'contact.buyingRole', c.buyingRole) },
    {
      key: 'decisionStyle',
      title: t('contact.field.decisionStyle'),
      render: (_, c) =>
        c.decisionStyle ? (
          <Tooltip title={t(`contact.decisionAdvice.${c.decisionStyle}`)}>
            <Tag>{codeLabel(t, 'contact.decisionStyle', c.decisionStyle)}</Tag>
          </Tooltip>
        ) : (
          '—'
        ),
    },
    { key: 'attitude', title: t('contact.field.attitude'), render: (_, c) => <AttitudeTag attitude={c.attitude} /> },
    { key: 'influence', title: t('contact.field.influence'), render: (_, c) => (c.influence ? <Rate disabled count={5} value={c.influence} style={{ fontSize: 12 }} /> : '—') },
    { key: 'reportsTo', title: t('contact.field.reportsToId'), render: (_, c) => nameOf(c.reportsToId) ?? '—' },
    {
      key: 'ourPeople',
      title: t('contacts.ourPeople'),
      render: (_, c) => (c.relationships.length === 0 ? '—' : c.relationships.map((r) => `${r.name} ${'★'.repeat(r.strength)}`).join(t('common.listSeparator'))),
    },
    { key: 'mobile', title: t('contact.field.mobile'), render: (_, c) => c.mobile ?? c.phone ?? '—' },
    {
      key: 'left',
      title: t('contacts.successor'),
      render: (_, c) => (c.isLeft ? (nameOf(c.successorId) ?? '—') : ''),
    },
  ];
  if (actions) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, c) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => actions.onEdit(c)}>
            {t('common.edit')}
          </Button>
          {!c.isLeft && (
            <Button type="link" size="small" onClick={() => actions.onLeft(c)}>
              {t('contacts.markLeft')}
            </Button>
          )}
          <Popconfirm
            title={t('contacts.deleteConfirm', { name: c.name })}
            description={t('contacts.deleteHint')}
            okText={t('common.delete')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => deleteContact.mutate({ id: c.id, version: c.version }, { onSuccess: () => void message.success(t('contacts.deleted')), onError: (error) => handleError(error) })}
          >
            <Button type="link" size="small" danger>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    });
  }
  if (!contacts.some((c) => c.isLeft)) columns.splice(columns.findIndex((col) => col.key === 'left'), 1);

  return (
    <Table<Contact>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={contacts}
      loading={isLoading}
      scroll={{ x: 'max-content' }}
      pagination={false}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('contacts.empty')} /> }}
    />
  );
}
