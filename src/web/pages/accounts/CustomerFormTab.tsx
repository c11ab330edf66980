import { LinkOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Form, Modal, Popconfirm, Select, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateFormLink, useDismissForm, useFormLinks } from '../../api/forms.queries.ts';
import type { AccountDetail, CustomerFormLink } from '../../api/types.ts';
import { formatDateTime } from '../../components/formatDate.ts';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';
import { FormLinkCreatedModal } from './FormLinkCreatedModal.tsx';
import { SubmissionReview } from './SubmissionReview.tsx';

type Props = { account: AccountDetail; canEdit: boolean };

const EXPIRY_DAYS = [3, 7, 14, 30] as const;

const STATUS_COLORS: Record<string, string> = { open: 'blue', submitted: 'gold', accepted: 'green', dismissed: 'default', expired: 'default' };

const statusOf = (link: CustomerFormLink) => (link.status === 'open' && Date.parse(link.expiresAt) < Date.now() ? 'expired' : link.status);

// 客户资料表 (ARC-8): a single-use link the customer fills in without signing in; what they send
// waits here until the owner takes the fields and contacts they trust.
export function CustomerFormTab({ account, canEdit }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const links = useFormLinks(account.id);
  const createLink = useCreateFormLink();
  const dismiss = useDismissForm();
  const handleError = useApiErrorHandler();
  const [isCreating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ url: string; expiresAt: string } | null>(null);
  const [form] = Form.useForm<{ days: number }>();

  const create = ({ days }: { days: number }) =>
    createLink.mutate(
      { accountId: account.id, expiresInDays: days },
      {
        onSuccess: (link) => {
          setCreating(false);
          setCreated({ url: link.url, expiresAt: link.expiresAt });
        },
        onError: (error) => handleError(error),
      },
    );

  const close = (link: CustomerFormLink) =>
    dismiss.mutate(link.id, { onSuccess: () => void message.success(t('forms.dismissed')), onError: (error) => handleError(error) });

  const items = links.data?.items ?? [];
  return (
    <Flex vertical gap={16}>
      <Card size="small">
        <Flex justify="space-between" align="center" gap={12} wrap>
          <Typography.Text type="secondary" style={{ flex: '1 1 300px' }}>
            {t('forms.intro')}
          </Typography.Text>
          {canEdit && (
            <Button type="primary" icon={<LinkOutlined />} onClick={() => setCreating(true)}>
              {t('forms.create')}
            </Button>
          )}
        </Flex>
      </Card>
      {links.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty description={t('forms.empty')} />
      ) : (
        items.map((link) => {
          const status = statusOf(link);
          return (
            <Card
              key={link.id}
              size="small"
              styles={{ title: { whiteSpace: 'normal', padding: '8px 0' } }}
              title={
                <Flex gap={8} align="center" wrap>
                  <Tag color={STATUS_COLORS[status]}>{t(`forms.status.${status}`)}</Tag>
                  <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 12 }}>
                    {t('forms.createdAt', { at: formatDateTime(link.createdAt) })} ·{' '}
                    {link.submittedAt ? t('forms.submittedAt', { at: formatDateTime(link.submittedAt) }) : t('forms.expiresAt', { at: formatDateTime(link.expiresAt) })}
                  </Typography.Text>
                </Flex>
              }
              extra={
                canEdit &&
                status === 'open' && (
                  <Popconfirm title={t('forms.closeConfirm')} okText={t('forms.close')} cancelText={t('common.cancel')} onConfirm={() => close(link)}>
                    <Button size="small">{t('forms.close')}</Button>
                  </Popconfirm>
                )
              }
            >
              {link.status === 'submitted' ? (
                <SubmissionReview account={account} link={link} canEdit={canEdit} />
              ) : (
                <Typography.Text type="secondary">{t(`forms.statusHint.${status}`)}</Typography.Text>
              )}
            </Card>
          );
        })
      )}
      <Modal
        title={t('forms.createTitle')}
        open={isCreating}
        onCancel={() => setCreating(false)}
        onOk={() => form.submit()}
        okText={t('forms.create')}
        cancelText={t('common.cancel')}
        confirmLoading={createLink.isPending}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('forms.createHint')}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={create} initialValues={{ days: 7 }} preserve={false}>
          <Form.Item name="days" label={t('forms.validFor')}>
            <Select options={EXPIRY_DAYS.map((n) => ({ value: n, label: t('forms.days', { n }) }))} />
          </Form.Item>
        </Form>
      </Modal>
      <FormLinkCreatedModal link={created} onClose={() => setCreated(null)} />
    </Flex>
  );
}
