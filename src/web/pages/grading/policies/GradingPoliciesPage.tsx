import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Result, Skeleton, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/ApiError.ts';
import { useGradingPolicies, useSaveGradingPolicies, type GradingPolicies, type ServicePolicy, type StrategyTemplate } from '../../../api/gradingPolicies.queries.ts';
import { useScoringModels } from '../../../api/scoringModels.queries.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useAccess } from '../../../hooks/useAccess.ts';
import { useApiErrorHandler } from '../../../hooks/useApiErrorHandler.ts';
import { errorText, fieldErrorText } from '../../../i18n/errorText.ts';
import { gradesWithoutPolicy } from './policyDraft.ts';
import { draftIssues, generalIssues, serverIssues, type PolicyIssue } from './policyIssues.ts';
import { ServicePoliciesTable } from './ServicePoliciesTable.tsx';
import { StrategyTemplatesCard } from './StrategyTemplatesCard.tsx';

type Draft = { base: GradingPolicies; servicePolicies: ServicePolicy[]; strategyTemplates: StrategyTemplate[] };

// Paths a field of the page shows; any other problem is listed at the top.
const isPlaced = (path: string) => /^servicePolicies\.\d+\.\w+$/.test(path) || /^strategyTemplates\.\d+\./.test(path);

// GRD-3 / GRD-4: the service level of each grade and the strategy of each quadrant. Everyone reads
// them; the director and administrators edit and save them at once with the version read (409
// when someone saved in between).
export function GradingPoliciesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { canManageGrading } = useAccess();
  const policies = useGradingPolicies();
  const models = useScoringModels();
  const save = useSaveGradingPolicies();
  const handleError = useApiErrorHandler();
  const [draft, setDraft] = useState<Draft | null>(null);
  // Problems show once a save was tried (then live), so a row just added is not red at once.
  const [hasTriedSave, setTriedSave] = useState(false);
  const [refused, setRefused] = useState<PolicyIssue[]>([]);
  const [isStale, setStale] = useState(false);

  const startFrom = (base: GradingPolicies) => {
    setDraft({ base, servicePolicies: base.servicePolicies, strategyTemplates: base.strategyTemplates });
    setTriedSave(false);
    setRefused([]);
    setStale(false);
  };

  useEffect(() => {
    if (policies.data && !draft) startFrom(policies.data);
  }, [policies.data, draft]);

  if (policies.error && !draft) {
    return <Result status="error" title={errorText(t, policies.error)} extra={<Button onClick={() => void policies.refetch()}>{t('common.retry')}</Button>} />;
  }
  if (!draft) return <Skeleton active paragraph={{ rows: 10 }} />;

  const readOnly = !canManageGrading;
  const { base, servicePolicies, strategyTemplates } = draft;
  const edited = { servicePolicies, strategyTemplates };
  const isDirty = JSON.stringify(edited) !== JSON.stringify({ servicePolicies: base.servicePolicies, strategyTemplates: base.strategyTemplates });
  const local = hasTriedSave ? draftIssues(t, edited) : [];
  const issues = [...local, ...refused];
  const general = generalIssues(issues, isPlaced);
  const modelGrades = (models.data?.items ?? []).filter((m) => m.isActive && m.kind === 'grade').flatMap((m) => (m.definition.thresholds ?? []).map((th) => th.grade));
  const unserved = gradesWithoutPolicy(modelGrades, servicePolicies);

  const change = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    setRefused([]);
  };

  const reload = async () => {
    const fresh = await policies.refetch();
    if (fresh.data) startFrom(fresh.data);
  };

  const submit = () => {
    setTriedSave(true);
    if (draftIssues(t, edited).length > 0) return void message.error(t('gradingPolicies.fixErrors'));
    save.mutate(
      { ...edited, version: base.version },
      {
        onSuccess: (saved) => {
          void message.success(t('gradingPolicies.saved'));
          startFrom(saved);
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 409) return setStale(true);
          if (isApiError(error) && error.fieldErrors.length > 0) {
            setRefused(serverIssues(error.fieldErrors.map((field) => ({ path: field.path, text: fieldErrorText(t, error.code, field) }))));
            return void message.error(t('gradingPolicies.fixErrors'));
          }
          handleError(error);
        },
      },
    );
  };

  return (
    <>
      <PageHeader
        title={t('gradingPolicies.menu')}
        description={t('gradingPolicies.description')}
        extra={
          !readOnly && (
            <>
              {isDirty && <Tag color="orange" style={{ alignSelf: 'center' }}>{t('gradingPolicies.unsaved')}</Tag>}
              <Button disabled={!isDirty || save.isPending} onClick={() => startFrom(base)}>
                {t('gradingPolicies.discard')}
              </Button>
              <Button type="primary" icon={<SaveOutlined />} loading={save.isPending} disabled={!isDirty || isStale} onClick={submit}>
                {t('common.save')}
              </Button>
            </>
          )
        }
      />
      {readOnly && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('gradingPolicies.readOnlyNote')} />}
      {isStale && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('gradingPolicies.conflict')}
          action={<Button size="small" onClick={() => void reload()}>{t('gradingPolicies.reload')}</Button>}
        />
      )}
      {general.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={general.join(' ')} />}
      <Card title={t('gradingPolicies.servicePolicies')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('gradingPolicies.servicePoliciesHelp')}</Typography.Paragraph>
        {unserved.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('gradingPolicies.gradesWithoutPolicy', { grades: unserved.join(t('common.listSeparator')) })} />}
        <ServicePoliciesTable policies={servicePolicies} issues={issues} readOnly={readOnly} onChange={(next) => change({ servicePolicies: next })} />
      </Card>
      <StrategyTemplatesCard templates={strategyTemplates} issues={issues} readOnly={readOnly} onChange={(next) => change({ strategyTemplates: next })} />
    </>
  );
}
