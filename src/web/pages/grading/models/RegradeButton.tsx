import { SyncOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Popconfirm, Progress, Table, Tag, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAccount } from '../../../api/accounts.queries.ts';
import { useGradingJob, useStartRegrade, type GradingJob, type ScoringModelRecord } from '../../../api/scoringModels.queries.ts';
import { useApiErrorHandler } from '../../../hooks/useApiErrorHandler.ts';
import { useLocale } from '../../../hooks/useLocale.ts';

type Changed = GradingJob['changed'][number];

// The job lists account ids; each visible row asks for its account's name (ten per page).
function AccountName({ id }: { id: string }) {
  const account = useAccount(id);
  return <Link to={`/accounts/${id}`}>{account.data?.name ?? id.slice(0, 8)}</Link>;
}

const JOB_CHANGED_LIMIT = 100;

function GradeChange({ change }: { change: Changed }) {
  const { t } = useTranslation();
  const label = (value: string | null) => (value ? t(`grading.quadrants.${value}`, { defaultValue: value }) : t('scoringModels.regrade.none'));
  return (
    <span>
      <Tag>{label(change.from)}</Tag>→ <Tag color="blue">{label(change.to)}</Tag>
    </span>
  );
}

function JobProgress({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  const job = useGradingJob(jobId);
  const data = job.data;
  if (!data) return <Progress percent={0} status="active" />;
  const percent = data.total > 0 ? Math.floor((data.done / data.total) * 100) : data.status === 'running' ? 0 : 100;
  return (
    <>
      <Progress percent={percent} status={data.status === 'failed' ? 'exception' : data.status === 'running' ? 'active' : 'success'} />
      <div role="status" style={{ margin: '8px 0 16px' }}>
        {data.status === 'running' && <Typography.Text>{t('scoringModels.regrade.running', { done: data.done, total: data.total })}</Typography.Text>}
        {data.status === 'done' && <Alert type="success" showIcon title={t('scoringModels.regrade.done', { total: data.total, changed: data.changedCount })} />}
        {data.status === 'failed' && <Alert type="error" showIcon title={t('scoringModels.regrade.failed', { error: data.error ?? '' })} />}
      </div>
      {data.status !== 'running' && data.changedCount === 0 && data.status === 'done' && <Typography.Text type="secondary">{t('scoringModels.regrade.noChanges')}</Typography.Text>}
      {data.changed.length > 0 && (
        <>
          <Typography.Title level={5}>{t('scoringModels.regrade.changed')}</Typography.Title>
          <Table<Changed>
            size="small"
            rowKey="accountId"
            dataSource={data.changed}
            pagination={data.changed.length > 10 ? { pageSize: 10, showSizeChanger: false, size: 'small' } : false}
            columns={[
              { key: 'account', title: t('scoringModels.regrade.account'), render: (_, c) => <AccountName id={c.accountId} /> },
              { key: 'change', title: t('scoringModels.regrade.change'), render: (_, c) => <GradeChange change={c} /> },
            ]}
          />
          {data.changedCount > data.changed.length && (
            <Typography.Text type="secondary">{t('scoringModels.regrade.shownFirst', { count: JOB_CHANGED_LIMIT })}</Typography.Text>
          )}
        </>
      )}
    </>
  );
}

// GRD-4: re-grade every account with a model (its computed criteria from today's sales), then
// follow the background job: progress, then the accounts whose grade changed.
export function RegradeButton({ model, ...buttonProps }: { model: ScoringModelRecord } & Pick<ButtonProps, 'size' | 'type' | 'disabled'>) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const handleError = useApiErrorHandler();
  const start = useStartRegrade();
  const [jobId, setJobId] = useState<string | null>(null);
  const name = model.name[locale];

  return (
    <>
      <Popconfirm
        title={t('scoringModels.regrade.confirmTitle', { name })}
        description={<div style={{ maxWidth: 320 }}>{t('scoringModels.regrade.confirmHint')}</div>}
        okText={t('scoringModels.regrade.start')}
        cancelText={t('common.cancel')}
        onConfirm={() => start.mutate(model.id, { onSuccess: (job) => setJobId(job.id), onError: (error) => handleError(error) })}
      >
        <Button icon={buttonProps.type === 'link' ? undefined : <SyncOutlined />} loading={start.isPending} {...buttonProps}>
          {t('scoringModels.regrade.button')}
        </Button>
      </Popconfirm>
      <Modal
        open={jobId !== null}
        title={t('scoringModels.regrade.title', { name })}
        onCancel={() => setJobId(null)}
        footer={<Button onClick={() => setJobId(null)}>{t('scoringModels.regrade.close')}</Button>}
        destroyOnHidden
      >
        {jobId && <JobProgress jobId={jobId} />}
      </Modal>
    </>
  );
}
