import { Alert, Card, Divider, Form, Input, Select, Typography, App } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scoreAccount } from '../../../../domain/grading/index.ts';
import type { AccountDetail } from '../../../api/types.ts';
import { isApiError } from '../../../api/ApiError.ts';
import { useCreateEvaluation, useEvaluationDraft, useScoringModelList } from '../../../api/grading.queries.ts';
import { FormDrawer } from '../../../components/FormDrawer.tsx';
import { useApiErrorHandler } from '../../../hooks/useApiErrorHandler.ts';
import { useLocale } from '../../../hooks/useLocale.ts';
import { errorText, fieldNameOf } from '../../../i18n/errorText.ts';
import { definitionOf, initialJudged, issueCodeOf, judgedBody, judgedCriteria, previewJudged, proposedModel, type JudgedValues } from './evaluationForm.ts';
import { JudgedScoreInput } from './JudgedScoreInput.tsx';
import { ScoreSheetTable } from './ScoreSheetTable.tsx';
import { SheetSummary } from './SheetSummary.tsx';

type Props = { account: Pick<AccountDetail, 'id' | 'name' | 'customerType'>; isOpen: boolean; onClose: () => void };
type Values = { judged?: JudgedValues; comment?: string };

// GRD-1/GRD-3 evaluation of one account: the computed criteria with the data behind each (from the
// server's draft), the judged ones with a comment each, and the result recomputed as you score.
export function EvaluationDrawer({ account, isOpen, onClose }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const models = useScoringModelList();
  const active = useMemo(() => (models.data?.items ?? []).filter((m) => m.isActive), [models.data]);
  const [modelId, setModelId] = useState<string>();
  const chosenId = modelId ?? proposedModel(active, account.customerType)?.id;
  const model = active.find((m) => m.id === chosenId);
  const definition = model ? definitionOf(model) : undefined;
  const draft = useEvaluationDraft(account.id, isOpen ? chosenId : undefined);
  const create = useCreateEvaluation(account.id);
  const handleError = useApiErrorHandler();
  const judged = Form.useWatch('judged', form);

  // A new model or a fresh draft: start from the account's last judgements with that model.
  useEffect(() => {
    if (definition && draft.data) form.setFieldsValue({ judged: initialJudged(definition, draft.data.lastJudged) });
  }, [definition, draft.data, form]);

  const preview = useMemo(() => {
    if (!definition || !draft.data) return undefined;
    const scored = scoreAccount(definition, { metrics: draft.data.metrics, judged: previewJudged(judged) });
    return scored.ok ? scored.sheet : undefined;
  }, [definition, draft.data, judged]);

  const submit = async (values: Values) => {
    if (!model) return;
    try {
      await create.mutateAsync({ modelId: model.id, judged: judgedBody(values.judged), ...(values.comment?.trim() ? { comment: values.comment.trim() } : {}) });
      void message.success(t('grading.saved'));
      onClose();
    } catch (error) {
      // Each judged score's problem under its own field, in the user's language.
      if (isApiError(error) && error.fieldErrors.some((f) => f.path.startsWith('judged.'))) {
        form.setFields(
          error.fieldErrors.map((f) => {
            const code = issueCodeOf(f.message);
            return { name: fieldNameOf(f.path) as ['judged', string, 'score'], errors: [code ? t(`error.GRADING_${code}`) : f.message] };
          }),
        );
        return;
      }
      handleError(error, form);
    }
  };

  return (
    <FormDrawer
      title={t('grading.evaluateTitle', { name: account.name })}
      isOpen={isOpen}
      onClose={onClose}
      form={form}
      width={760}
      submitLabel={t('grading.saveEvaluation')}
      isSaving={create.isPending}
      isLoading={models.isPending}
    >
      <Form<Values> form={form} layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false}>
        <Form.Item label={t('grading.model')}>
          <Select
            value={chosenId}
            onChange={setModelId}
            options={active.map((m) => ({ value: m.id, label: `${m.name[locale]} · ${t(`grading.kind.${m.kind}`)}` }))}
            aria-label={t('grading.model')}
          />
        </Form.Item>
        {draft.error && <Alert type="error" showIcon title={errorText(t, draft.error)} style={{ marginBottom: 16 }} />}
        {preview && model && (
          <Card size="small" style={{ marginBottom: 16 }} title={t('grading.result')} data-testid="evaluation-result">
            <SheetSummary
              kind={preview.kind}
              {...(preview.kind === 'grade' ? { total: preview.total, grade: preview.grade } : { attractiveness: preview.axes.attractiveness, ability: preview.axes.ability, quadrant: preview.quadrant })}
            />
            {preview.missing.length > 0 && (
              <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
                {t('grading.missingNote', { count: preview.missing.length })}
              </Typography.Paragraph>
            )}
          </Card>
        )}
        {definition && judgedCriteria(definition).length > 0 && (
          <>
            <Divider titlePlacement="start">{t('grading.judgedPart')}</Divider>
            {judgedCriteria(definition).map((criterion) => (
              <JudgedScoreInput key={criterion.key} criterion={criterion} />
            ))}
          </>
        )}
        {preview && definition && (
          <>
            <Divider titlePlacement="start">{t('grading.sheetTitle')}</Divider>
            {draft.data && (
              <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                {t('grading.windows', { from: draft.data.windows.year.from, to: draft.data.windows.year.to })}
              </Typography.Paragraph>
            )}
            <ScoreSheetTable sheet={preview} criteria={definition.criteria} />
          </>
        )}
        <Form.Item name="comment" label={t('grading.comment')} style={{ marginTop: 16 }}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
