import { Alert, App, Button, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useScoringModels, useUpdateScoringModel, type ScoringModelRecord } from '../../../api/scoringModels.queries.ts';
import { codeLabel } from '../../../components/codeLabels.ts';
import { formatDateTime } from '../../../components/formatDate.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useAccess } from '../../../hooks/useAccess.ts';
import { useApiErrorHandler } from '../../../hooks/useApiErrorHandler.ts';
import { useLocale } from '../../../hooks/useLocale.ts';
import { errorText } from '../../../i18n/errorText.ts';
import { RegradeButton } from './RegradeButton.tsx';

export const modelPath = (id: string) => `/grading/models/${id}`;
export const copyPath = (id: string) => `/grading/models/new?from=${id}`;

// GRD-1/GRD-2: the scoring models. Everybody may read them (they say how accounts are graded);
// the director and administrators open one to edit it, copy one into a new model, deactivate one
// and re-grade every account with it.
export function ScoringModelsPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { canManageGrading } = useAccess();
  const handleError = useApiErrorHandler();
  const models = useScoringModels();
  const update = useUpdateScoringModel();
  const [busyId, setBusyId] = useState<string | null>(null);

  const setActive = (model: ScoringModelRecord, isActive: boolean) => {
    setBusyId(model.id);
    update.mutate(
      { id: model.id, body: { version: model.version, isActive } },
      {
        onSuccess: () => void message.success(t(isActive ? 'scoringModels.reactivated' : 'scoringModels.deactivated', { name: model.name[locale] })),
        onError: (error) => handleError(error),
        onSettled: () => setBusyId(null),
      },
    );
  };

  const columns: TableColumnsType<ScoringModelRecord> = [
    {
      key: 'name',
      title: t('scoringModels.column.name'),
      render: (_, m) => (
        <Space size={4} wrap>
          <Link to={modelPath(m.id)} style={{ fontWeight: 500 }}>
            {m.name[locale]}
          </Link>
          {m.isDefault && <Tag color="blue">{t('scoringModels.isDefault')}</Tag>}
          {m.readyKey && <Tag>{t('scoringModels.ready')}</Tag>}
        </Space>
      ),
    },
    { key: 'kind', title: t('scoringModels.column.kind'), render: (_, m) => t(`scoringModels.kind.${m.kind}`) },
    {
      key: 'customerType',
      title: t('scoringModels.column.customerType'),
      render: (_, m) => (m.customerType ? codeLabel(t, 'account.customerType', m.customerType) : t('scoringModels.anyCustomerType')),
    },
    { key: 'criteria', title: t('scoringModels.column.criteria'), align: 'right', render: (_, m) => m.definition.criteria.length },
    {
      key: 'status',
      title: t('scoringModels.column.status'),
      render: (_, m) => (m.isActive ? <Tag color="green">{t('scoringModels.active')}</Tag> : <Tag>{t('scoringModels.inactive')}</Tag>),
    },
    {
      key: 'version',
      title: t('scoringModels.column.version'),
      render: (_, m) => (
        <div style={{ lineHeight: 1.3 }}>
          <div>v{m.version}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
            {formatDateTime(m.updatedAt)}
          </Typography.Text>
        </div>
      ),
    },
  ];
  if (canManageGrading) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      // The name opens the editor; these are the other things to do with a model.
      render: (_, m) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => void navigate(copyPath(m.id))}>
            {t('scoringModels.copy')}
          </Button>
          {m.isActive && <RegradeButton model={m} size="small" type="link" />}
          {m.isActive ? (
            <Popconfirm
              title={t('scoringModels.deactivateConfirm', { name: m.name[locale] })}
              description={t('scoringModels.deactivateHint')}
              okText={t('scoringModels.deactivate')}
              cancelText={t('common.cancel')}
              onConfirm={() => setActive(m, false)}
            >
              <Button type="link" size="small" danger loading={busyId === m.id}>
                {t('scoringModels.deactivate')}
              </Button>
            </Popconfirm>
          ) : (
            <Button type="link" size="small" loading={busyId === m.id} onClick={() => setActive(m, true)}>
              {t('scoringModels.reactivate')}
            </Button>
          )}
        </Space>
      ),
    });
  }

  return (
    <>
      <PageHeader title={t('scoringModels.menu')} description={t('scoringModels.description')} />
      {!canManageGrading && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('scoringModels.readOnly')} />}
      {models.error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorText(t, models.error)} />}
      <Table<ScoringModelRecord>
        rowKey="id"
        columns={columns}
        dataSource={models.data?.items ?? []}
        loading={models.isPending}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
    </>
  );
}
