import { DeleteOutlined, EditOutlined, LockOutlined, SwapOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Popconfirm, Progress, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useDeleteAccount } from '../../api/accounts.queries.ts';
import type { AccountDetail } from '../../api/types.ts';
import { codeLabel } from '../../components/codeLabels.ts';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';
import { ReviewActions } from './ReviewActions.tsx';
import { ReviewStatusBadge } from './ReviewStatusBadge.tsx';
import { StageTag } from './StageTag.tsx';
import { useMissingItemLabel } from './useMissingItemLabel.ts';
import { BatchModal } from './BatchModal.tsx';

type Props = { account: AccountDetail; onEdit: () => void };

// The top of an account page: who it is, who owns it, how complete the archive is and where
// its review stands, and its current grade and quadrant (GRD-4, from its latest evaluations).
// The actions shown are the ones the server says the viewer may take (`account.can`).
export function AccountHeader({ account, onEdit }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const labelOf = useMissingItemLabel();
  const [isHandingOver, setHandingOver] = useState(false);
  const deleteAccount = useDeleteAccount();
  const handleError = useApiErrorHandler();
  const completenessColor = account.completeness < 60 ? '#ff4d4f' : account.completeness < 80 ? '#faad14' : '#52c41a';

  const remove = () =>
    deleteAccount.mutate(
      { id: account.id, version: account.version },
      { onSuccess: () => { void message.success(t('accounts.deleted', { name: account.name })); navigate('/accounts'); }, onError: (error) => handleError(error) },
    );

  return (
    <Card style={{ marginBottom: 16 }}>
      <Flex justify="space-between" align="start" gap={12} wrap>
        <Flex vertical gap={4} style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Flex gap={8} align="center" wrap>
            <Typography.Title level={4} style={{ margin: 0, wordBreak: 'break-all' }}>
              {account.name}
            </Typography.Title>
            <StageTag stage={account.lifecycleStage} />
            {account.access === 'grant' && (
              <Tag icon={<LockOutlined />} color="warning">
                {t('accounts.readOnly')}
              </Tag>
            )}
          </Flex>
          <Typography.Text type="secondary">
            {[account.archiveNo, account.industry && codeLabel(t, 'account.industry', account.industry), account.region && codeLabel(t, 'account.region', account.region)]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
        </Flex>
        <Flex gap={8} wrap>
          {account.can.edit && (
            <Button icon={<EditOutlined />} onClick={onEdit}>
              {t('common.edit')}
            </Button>
          )}
          {account.can.transfer && (
            <Button icon={<SwapOutlined />} onClick={() => setHandingOver(true)}>
              {t('accounts.handover')}
            </Button>
          )}
          {account.can.delete && (
            <Popconfirm
              title={t('accounts.deleteConfirm', { name: account.name })}
              description={t('accounts.deleteEffect')}
              okText={t('common.delete')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={remove}
            >
              <Button danger icon={<DeleteOutlined />} loading={deleteAccount.isPending}>
                {t('common.delete')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      </Flex>
      <Descriptions
        size="small"
        style={{ marginTop: 16 }}
        column={{ xs: 1, sm: 2, lg: 4 }}
        items={[
          { key: 'owner', label: t('account.field.ownerId'), children: account.ownerName ?? <Typography.Text type="warning">{t('accounts.noOwner')}</Typography.Text> },
          { key: 'sponsor', label: t('account.field.executiveSponsorId'), children: account.executiveSponsorName ?? '—' },
          { key: 'grade', label: t('accounts.grade'), children: account.currentGrade ?? '—' },
          { key: 'quadrant', label: t('accounts.quadrant'), children: account.currentQuadrant ? t(`grading.quadrants.${account.currentQuadrant}`) : '—' },
          ...(account.parentId ? [{ key: 'parent', label: t('account.field.parentId'), children: <Link to={`/accounts/${account.parentId}`}>{account.parentName ?? '…'}</Link> }] : []),
          ...(account.childCount > 0
            ? [{ key: 'children', label: t('accounts.subsidiaries'), children: <Link to={`/accounts?parentId=${account.id}`}>{t('accounts.subsidiaryCount', { n: account.childCount })}</Link> }]
            : []),
          { key: 'access', label: t('accounts.yourAccess'), children: t(`account.accessReason.${account.access}`) },
        ]}
      />
      <Flex gap={24} wrap style={{ marginTop: 8 }}>
        <Flex vertical gap={4} style={{ flex: '1 1 280px', minWidth: 0 }}>
          <Typography.Text type="secondary">{t('accounts.completeness')}</Typography.Text>
          <Progress percent={account.completeness} strokeColor={completenessColor} style={{ margin: 0, maxWidth: 360 }} />
          {account.completenessMissing.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('accounts.missingList', { items: account.completenessMissing.map(labelOf).join(t('common.listSeparator')) })}
            </Typography.Text>
          )}
        </Flex>
        <Flex vertical gap={6} style={{ flex: '1 1 280px', minWidth: 0 }}>
          <Typography.Text type="secondary">{t('accounts.column.reviewStatus')}</Typography.Text>
          <Flex gap={12} align="center" wrap>
            <ReviewStatusBadge status={account.reviewStatus} />
            <ReviewActions account={account} />
          </Flex>
          {account.reviewStatus === 'returned' && account.reviewComment && (
            <Alert type="warning" showIcon title={t('accounts.review.returnedWith', { comment: account.reviewComment })} style={{ padding: '4px 8px' }} />
          )}
        </Flex>
      </Flex>
      <BatchModal mode={isHandingOver ? 'transfer' : null} accountIds={[account.id]} onClose={() => setHandingOver(false)} onDone={() => setHandingOver(false)} />
    </Card>
  );
}
