import { ArrowLeftOutlined, CopyOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Popconfirm, Result, Skeleton, Space, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { validateModel, type Criterion } from '../../../../domain/grading/index.ts';
import { isApiError } from '../../../api/ApiError.ts';
import { useCreateScoringModel, useScoringModel, useUpdateScoringModel, type ScoringModelRecord } from '../../../api/scoringModels.queries.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useAccess } from '../../../hooks/useAccess.ts';
import { useApiErrorHandler } from '../../../hooks/useApiErrorHandler.ts';
import { useLocale } from '../../../hooks/useLocale.ts';
import { errorText } from '../../../i18n/errorText.ts';
import { CriteriaCard } from './CriteriaCard.tsx';
import { CriterionDrawer } from './CriterionDrawer.tsx';
import { ModelBasicsCard } from './ModelBasicsCard.tsx';
import { copyDraft, createBody, draftOf, newCriterion, updateBody, type ModelDraft } from './modelDraft.ts';
import { fromDomain, issuesFromProblem, issuesUnder, type ModelIssue } from './modelIssues.ts';
import { issueWithPlace } from './modelText.ts';
import { RegradeButton } from './RegradeButton.tsx';
import { copyPath, modelPath } from './ScoringModelsPage.tsx';
import { ThresholdsCard } from './ThresholdsCard.tsx';

// The copy's names: each name gets a mark in its own language.
const COPY_SUFFIX = { 'zh-CN': '（副本）', 'en-US': ' (copy)' };
const LIST_PATH = '/grading/models';

// `base`: the stored model the draft started from (null for a new model); `serverIssues`: the
// problems of the last refused save, until the next edit.
type EditorState = { base: ScoringModelRecord | null; draft: ModelDraft; serverIssues: ModelIssue[] };

// GRD-1/GRD-2 model editor at /grading/models/:id, and /grading/models/new?from=:id for a new
// model copied from another. The whole model is one draft saved at once with the version read.
export function ScoringModelEditorPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const handleError = useApiErrorHandler();
  const { canManageGrading } = useAccess();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const isNew = id === 'new';
  const sourceId = isNew ? (params.get('from') ?? undefined) : id;
  const model = useScoringModel(sourceId);
  const create = useCreateScoringModel();
  const update = useUpdateScoringModel();
  const [state, setState] = useState<EditorState | null>(null);
  const [isStale, setStale] = useState(false);
  const [drawer, setDrawer] = useState<{ index: number; criterion: Criterion; isNew: boolean; session: number } | null>(null);
  const readOnly = !canManageGrading;

  const startFrom = (record: ScoringModelRecord) => {
    setState(isNew ? { base: null, draft: copyDraft(record, COPY_SUFFIX), serverIssues: [] } : { base: record, draft: draftOf(record), serverIssues: [] });
    setStale(false);
  };

  // A new page (another model, or "new" after "edit") starts from what it shows.
  const stateKey = `${id}:${sourceId ?? ''}`;
  const [loadedKey, setLoadedKey] = useState<string | null>(null);
  useEffect(() => {
    if (model.data && loadedKey !== stateKey) {
      startFrom(model.data);
      setLoadedKey(stateKey);
    }
  }, [model.data, stateKey, loadedKey]);

  const liveIssues = useMemo(() => (state ? fromDomain(validateModel(state.draft.definition)) : []), [state]);

  if (model.error && !state) {
    const isMissing = isApiError(model.error) && model.error.status === 404;
    return (
      <Result
        status={isMissing ? '404' : 'error'}
        title={isMissing ? t('scoringModels.notFound') : errorText(t, model.error)}
        extra={<Link to={LIST_PATH}>{t('scoringModels.back')}</Link>}
      />
    );
  }
  if (!sourceId) return <Result status="404" title={t('scoringModels.notFound')} extra={<Link to={LIST_PATH}>{t('scoringModels.back')}</Link>} />;
  if (!state || loadedKey !== stateKey) return <Skeleton active paragraph={{ rows: 12 }} />;

  const { base, draft } = state;
  const definition = draft.definition;
  const isDirty = base === null || JSON.stringify(draft) !== JSON.stringify(draftOf(base));
  const issues = [...liveIssues, ...state.serverIssues];
  const setDraft = (next: ModelDraft) => setState({ ...state, draft: next, serverIssues: [] });
  const setCriteria = (criteria: Criterion[]) => setDraft({ ...draft, definition: { ...definition, criteria } });

  const reload = async () => {
    const fresh = await model.refetch();
    if (fresh.data) startFrom(fresh.data);
  };

  const onSaveError = (error: unknown) => {
    if (isApiError(error) && error.status === 409) return setStale(true);
    if (isApiError(error) && error.status === 400) {
      setState({ ...state, serverIssues: issuesFromProblem(error.code, error.fieldErrors) });
      return void message.error(t('scoringModels.fixFirst'));
    }
    handleError(error);
  };

  const save = () => {
    if (liveIssues.length > 0) return void message.error(t('scoringModels.fixFirst'));
    if (base === null) {
      create.mutate(createBody(draft), {
        onSuccess: (created) => {
          void message.success(t('scoringModels.created', { name: created.name[locale] }));
          void navigate(modelPath(created.id), { replace: true });
        },
        onError: onSaveError,
      });
      return;
    }
    update.mutate(
      { id: base.id, body: updateBody(draft, base.version) },
      {
        onSuccess: (saved) => {
          void message.success(t('scoringModels.saved', { version: saved.version }));
          setState({ base: saved, draft: draftOf(saved), serverIssues: [] });
        },
        onError: onSaveError,
      },
    );
  };

  const openCriterion = (index: number) =>
    setDrawer({ index, criterion: definition.criteria[index] ?? newCriterion(definition), isNew: index >= definition.criteria.length, session: (drawer?.session ?? 0) + 1 });
  const applyCriterion = (criterion: Criterion) => {
    if (!drawer) return;
    const criteria = [...definition.criteria];
    criteria[drawer.index] = criterion;
    setCriteria(criteria);
    setDrawer(null);
  };

  const title = isNew ? t('scoringModels.newTitle') : (base?.name[locale] ?? '');
  const isSaving = create.isPending || update.isPending;
  const problemCount = issues.length;

  return (
    <>
      <PageHeader
        title={
          <Space wrap size={8}>
            <span>{title}</span>
            <Tag>{t(`scoringModels.kind.${definition.kind}`)}</Tag>
            {base && <Tag>v{base.version}</Tag>}
            {base && !base.isActive && <Tag>{t('scoringModels.inactive')}</Tag>}
            {isNew && model.data && <Tag color="blue">{t('scoringModels.copyOf', { name: model.data.name[locale] })}</Tag>}
          </Space>
        }
        description={
          <Link to={LIST_PATH}>
            <ArrowLeftOutlined /> {t('scoringModels.back')}
          </Link>
        }
        extra={
          !readOnly && (
            <>
              {isDirty && !isNew && (
                <Tag color="orange" style={{ alignSelf: 'center' }}>
                  {t('scoringModels.unsaved')}
                </Tag>
              )}
              {base && base.isActive && !isDirty && <RegradeButton model={base} />}
              {base && (
                <Button icon={<CopyOutlined />} onClick={() => void navigate(copyPath(base.id))}>
                  {t('scoringModels.copy')}
                </Button>
              )}
              {isDirty && !isNew && base && (
                <Popconfirm title={t('scoringModels.discard')} okText={t('scoringModels.discard')} cancelText={t('common.cancel')} onConfirm={() => startFrom(base)}>
                  <Button disabled={isSaving}>{t('scoringModels.discard')}</Button>
                </Popconfirm>
              )}
              <Button type="primary" icon={<SaveOutlined />} loading={isSaving} disabled={!isDirty || isStale} onClick={save}>
                {t('common.save')}
              </Button>
            </>
          )
        }
      />
      {readOnly && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('scoringModels.readOnly')} />}
      {isStale && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('scoringModels.conflict')}
          action={
            <Button size="small" onClick={() => void reload()}>
              {t('scoringModels.reload')}
            </Button>
          }
        />
      )}
      {!readOnly && problemCount > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('scoringModels.problems', { count: problemCount })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {[...new Set(issues.map((issue) => issueWithPlace(t, locale, definition, issue)))].map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          }
        />
      )}
      <ModelBasicsCard draft={draft} onChange={setDraft} issues={issues} readOnly={readOnly} />
      <CriteriaCard definition={definition} onChange={setCriteria} onEdit={openCriterion} onAdd={() => openCriterion(definition.criteria.length)} issues={issues} readOnly={readOnly} />
      {definition.kind === 'grade' && (
        <ThresholdsCard
          thresholds={definition.thresholds}
          onChange={(thresholds) => setDraft({ ...draft, definition: { ...definition, thresholds } })}
          issues={issues}
          readOnly={readOnly}
        />
      )}
      {drawer && (
        <CriterionDrawer
          key={drawer.session}
          definition={definition}
          index={drawer.index}
          criterion={drawer.criterion}
          isNew={drawer.isNew}
          serverIssues={issuesUnder(state.serverIssues, `criteria.${drawer.index}`)}
          onClose={() => setDrawer(null)}
          onSubmit={applyCriterion}
        />
      )}
    </>
  );
}
