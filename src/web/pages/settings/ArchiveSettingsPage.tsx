import { PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Result, Skeleton, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/ApiError.ts';
import { useArchiveSettings, useSaveArchiveSettings, type ArchiveSettings, type CustomFieldDefinition } from '../../api/archiveSettings.queries.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';
import { errorText, fieldErrorText } from '../../i18n/errorText.ts';
import { ChecklistForm } from './ChecklistForm.tsx';
import { toChecklist, toChecklistValues, type ChecklistValues } from './checklistValues.ts';
import { CustomFieldDrawer } from './CustomFieldDrawer.tsx';
import { CustomFieldTable } from './CustomFieldTable.tsx';
import { moveField, renameKey } from './customFieldDraft.ts';
import { NO_SETTINGS_ERRORS, placeSettingsErrors, type SettingsErrors } from './settingsErrors.ts';

// The stored settings the draft started from, and the custom fields as edited so far. The
// checklist's draft lives in its form.
type Draft = { base: ArchiveSettings; customFields: CustomFieldDefinition[]; generation: number };

// ARC-1 / ARC-4, for administrators: the archive's custom fields and its completeness checklist,
// edited together and saved at once with the version read (409 when someone saved in between).
export function ArchiveSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const settings = useArchiveSettings();
  const save = useSaveArchiveSettings();
  const handleError = useApiErrorHandler();
  const [checklistForm] = Form.useForm<ChecklistValues>();
  const checklistValues = Form.useWatch([], checklistForm) as Partial<ChecklistValues> | undefined;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<SettingsErrors>(NO_SETTINGS_ERRORS);
  const [isStale, setStale] = useState(false);
  // `session` gives each opening its own drawer (and form), started from the field edited.
  const [drawer, setDrawer] = useState<{ isOpen: boolean; index?: number; session: number }>({ isOpen: false, session: 0 });
  const openDrawer = (index?: number) => setDrawer({ isOpen: true, index, session: drawer.session + 1 });
  const closeDrawer = () => setDrawer({ ...drawer, isOpen: false });

  const startFrom = (base: ArchiveSettings) => {
    setDraft((current) => ({ base, customFields: base.customFields, generation: (current?.generation ?? 0) + 1 }));
    setErrors(NO_SETTINGS_ERRORS);
    setStale(false);
  };

  useEffect(() => {
    if (settings.data && !draft) startFrom(settings.data);
  }, [settings.data, draft]);

  // A new draft (loaded, saved, discarded, reloaded): the checklist form shows its stored values
  // again (`initialValues` below has already changed).
  const generation = draft?.generation;
  useEffect(() => {
    if (generation !== undefined) checklistForm.resetFields();
  }, [generation, checklistForm]);

  if (settings.error && !draft) {
    return <Result status="error" title={errorText(t, settings.error)} extra={<Button onClick={() => void settings.refetch()}>{t('common.retry')}</Button>} />;
  }
  if (!draft) return <Skeleton active paragraph={{ rows: 10 }} />;

  const { base, customFields } = draft;
  const savedKeys = new Set(base.customFields.map((field) => field.key));
  // Until the checklist form has mounted, the stored checklist.
  const checklist = checklistValues?.fields ? toChecklist(checklistValues, base.checklist, customFields) : base.checklist;
  const isDirty = JSON.stringify(customFields) !== JSON.stringify(base.customFields) || JSON.stringify(checklist) !== JSON.stringify(base.checklist);

  const setFields = (next: CustomFieldDefinition[]) => setDraft({ ...draft, customFields: next });
  const editing = drawer.index === undefined ? undefined : customFields[drawer.index];

  const applyField = (field: CustomFieldDefinition) => {
    if (drawer.index === undefined) {
      setFields([...customFields, field]);
    } else {
      const before = customFields[drawer.index];
      if (before.key !== field.key) checklistForm.setFieldValue('customKeys', renameKey(checklistForm.getFieldValue('customKeys') as string[], before.key, field.key));
      setFields(customFields.map((current, i) => (i === drawer.index ? field : current)));
      setErrors({ ...errors, fields: { ...errors.fields, [drawer.index]: [] } });
    }
    closeDrawer();
  };

  const setActive = (index: number, isActive: boolean) => {
    const field = customFields[index];
    // A retired field cannot stay on the checklist.
    if (!isActive) checklistForm.setFieldValue('customKeys', renameKey(checklistForm.getFieldValue('customKeys') as string[], field.key, null));
    setFields(customFields.map((current, i) => (i === index ? { ...current, active: isActive } : current)));
  };

  const reload = async () => {
    const fresh = await settings.refetch();
    if (fresh.data) startFrom(fresh.data);
  };

  const submit = async () => {
    const values = await checklistForm.validateFields().catch(() => null);
    if (!values) return;
    const sent = toChecklist(values, base.checklist, customFields);
    const isRescoring = JSON.stringify(sent) !== JSON.stringify(base.checklist);
    save.mutate(
      { checklist: sent, customFields, version: base.version },
      {
        onSuccess: (saved) => {
          void message.success(t(isRescoring ? 'archiveSettings.savedRescoring' : 'archiveSettings.saved'));
          startFrom(saved);
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 409) return setStale(true);
          if (isApiError(error) && error.fieldErrors.length > 0) {
            const placed = placeSettingsErrors(error.fieldErrors.map((field) => ({ path: field.path, message: fieldErrorText(t, error.code, field) })), sent);
            setErrors(placed);
            checklistForm.setFields(placed.checklist);
            return void message.error(t('archiveSettings.fixErrors'));
          }
          handleError(error);
        },
      },
    );
  };

  return (
    <>
      <PageHeader
        title={t('menu.archiveSettings')}
        description={t('archiveSettings.description')}
        extra={
          <>
            {isDirty && <Tag color="orange" style={{ alignSelf: 'center' }}>{t('archiveSettings.unsaved')}</Tag>}
            <Button disabled={!isDirty || save.isPending} onClick={() => startFrom(base)}>
              {t('archiveSettings.discard')}
            </Button>
            <Button type="primary" icon={<SaveOutlined />} loading={save.isPending} disabled={!isDirty || isStale} onClick={() => void submit()}>
              {t('common.save')}
            </Button>
          </>
        }
      />
      {isStale && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('archiveSettings.conflict')}
          action={<Button size="small" onClick={() => void reload()}>{t('archiveSettings.reload')}</Button>}
        />
      )}
      {errors.general.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errors.general.join(' ')} />}
      <Card
        title={t('archiveSettings.customFields')}
        style={{ marginBottom: 16 }}
        extra={
          <Button icon={<PlusOutlined />} onClick={() => openDrawer()}>
            {t('archiveSettings.addField')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">{t('archiveSettings.customFieldsHelp')}</Typography.Paragraph>
        <CustomFieldTable
          fields={customFields}
          savedKeys={savedKeys}
          errors={errors.fields}
          actions={{
            onEdit: openDrawer,
            onSetActive: setActive,
            onRemove: (index) => setFields(customFields.filter((_, i) => i !== index)),
            onMove: (index, by) => setFields(moveField(customFields, index, by)),
          }}
        />
      </Card>
      <Card title={t('archiveSettings.checklist')}>
        <Typography.Paragraph type="secondary">{t('archiveSettings.checklistHelp')}</Typography.Paragraph>
        <ChecklistForm
          form={checklistForm}
          initialValues={toChecklistValues(base.checklist)}
          customFields={customFields}
          onChange={() => setErrors((current) => ({ ...current, checklist: [] }))}
        />
      </Card>
      <CustomFieldDrawer
        key={drawer.session}
        isOpen={drawer.isOpen}
        field={editing}
        isSaved={editing ? savedKeys.has(editing.key) : false}
        otherKeys={customFields.filter((_, i) => i !== drawer.index).map((field) => field.key)}
        errors={drawer.index === undefined ? [] : (errors.fields[drawer.index] ?? [])}
        onClose={closeDrawer}
        onSubmit={applyField}
      />
    </>
  );
}
