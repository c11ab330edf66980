import { Alert, Form, Input, Select, Switch, type FormInstance, type FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CUSTOM_FIELD_TYPES } from '../../../domain/accounts/custom-fields.ts';
import type { CustomFieldDefinition } from '../../api/archiveSettings.queries.ts';
import { FormDrawer } from '../../components/FormDrawer.tsx';
import { requiredText } from '../../components/formRules.ts';

// Choice fields (one or several) list their options.
const hasOptions = (type: string | undefined) => type === 'select' || type === 'multiselect';

type Values = Omit<CustomFieldDefinition, 'active'>;
type ServerError = { name: string[]; message: string };

type Props = {
  isOpen: boolean;
  // The definition being edited; undefined: a new one.
  field?: CustomFieldDefinition;
  // A saved field keeps its key and type: the accounts' values are stored under them.
  isSaved: boolean;
  // The keys of the other fields (a key names one field only).
  otherKeys: readonly string[];
  // What the server said about this definition on the last save.
  errors: readonly ServerError[];
  onClose: () => void;
  onSubmit: (field: CustomFieldDefinition) => void;
};

// The server's rule for keys (domain/accounts/custom-fields.ts), checked before saving.
const KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
const MAX_OPTIONS = 100;
const MAX_LABEL = 60;

const NEW_FIELD: Values = { key: '', label: { 'zh-CN': '', 'en-US': '' }, type: 'text', options: [], required: false };

const keyRules = (t: TFunction, otherKeys: readonly string[]): FormRule[] => [
  { required: true, message: t('validation.required') },
  { pattern: KEY_PATTERN, message: t('archiveSettings.keyPattern') },
  { validator: (_, key: string) => (otherKeys.includes(key) ? Promise.reject(new Error(t('archiveSettings.keyTaken'))) : Promise.resolve()) },
];

const optionRules = (t: TFunction): FormRule[] => [
  { required: true, type: 'array', min: 1, message: t('archiveSettings.optionsRequired') },
  { type: 'array', max: MAX_OPTIONS, message: t('archiveSettings.optionsMax', { n: MAX_OPTIONS }) },
  {
    validator: (_, options: string[] = []) =>
      options.every((option) => option.trim().length <= MAX_LABEL) ? Promise.resolve() : Promise.reject(new Error(t('validation.maxLength', { n: MAX_LABEL }))),
  },
];

const sameName = (a: readonly (string | number)[], b: readonly string[]) => a.join('.') === b.join('.');

// Adds or changes one custom field of the archive (ARC-1). Nothing is stored until the settings
// page is saved.
export function CustomFieldDrawer({ isOpen, field, isSaved, otherKeys, errors, onClose, onSubmit }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  return (
    <FormDrawer
      title={field ? t('archiveSettings.editField', { key: field.key }) : t('archiveSettings.addField')}
      isOpen={isOpen}
      onClose={onClose}
      form={form}
      width={520}
      submitLabel={t('common.confirm')}
      isSaving={false}
      isLoading={false}
    >
      <FieldForm form={form} field={field} isSaved={isSaved} otherKeys={otherKeys} errors={errors} onSubmit={onSubmit} />
    </FormDrawer>
  );
}

type FormProps = Pick<Props, 'field' | 'isSaved' | 'otherKeys' | 'errors' | 'onSubmit'> & { form: FormInstance<Values> };

// Mounted afresh each time the drawer opens: the server's errors show until the input changes.
function FieldForm({ form, field, isSaved, otherKeys, errors, onSubmit }: FormProps) {
  const { t } = useTranslation();
  const [serverErrors, setServerErrors] = useState(errors);
  const type = Form.useWatch('type', form) ?? field?.type ?? NEW_FIELD.type;

  const serverError = (name: string[]) => {
    const found = serverErrors.filter((error) => sameName(name, error.name));
    return found.length > 0 ? { validateStatus: 'error' as const, help: found.map((error) => error.message).join(' ') } : {};
  };

  const submit = (values: Values) => {
    const options = hasOptions(values.type) ? [...new Set(values.options.map((option) => option.trim()).filter(Boolean))] : [];
    onSubmit({
      key: values.key.trim(),
      label: { 'zh-CN': values.label['zh-CN'].trim(), 'en-US': values.label['en-US'].trim() },
      type: values.type,
      options,
      required: values.required,
      active: field?.active ?? true,
    });
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={field ?? NEW_FIELD}
      onValuesChange={(changed: Partial<Values>) =>
        setServerErrors((current) => current.filter((error) => !Object.keys(changed).includes(error.name[0])))
      }
    >
      {isSaved && <Alert type="info" showIcon title={t('archiveSettings.savedFieldHint')} style={{ marginBottom: 16 }} />}
      <Form.Item name="key" label={t('archiveSettings.column.key')} rules={isSaved ? [] : keyRules(t, otherKeys)} extra={isSaved ? undefined : t('archiveSettings.keyHint')} {...serverError(['key'])}>
        <Input autoComplete="off" disabled={isSaved} style={{ fontFamily: 'monospace' }} maxLength={40} />
      </Form.Item>
      <Form.Item name={['label', 'zh-CN']} label={t('archiveSettings.column.labelZh')} rules={requiredText(t, MAX_LABEL)} {...serverError(['label', 'zh-CN'])}>
        <Input autoComplete="off" maxLength={MAX_LABEL} />
      </Form.Item>
      <Form.Item name={['label', 'en-US']} label={t('archiveSettings.column.labelEn')} rules={requiredText(t, MAX_LABEL)} {...serverError(['label', 'en-US'])}>
        <Input autoComplete="off" maxLength={MAX_LABEL} />
      </Form.Item>
      <Form.Item name="type" label={t('archiveSettings.column.type')} rules={[{ required: true, message: t('validation.required') }]} {...serverError(['type'])}>
        <Select disabled={isSaved} options={CUSTOM_FIELD_TYPES.map((value) => ({ value, label: t(`archiveSettings.type.${value}`) }))} />
      </Form.Item>
      {hasOptions(type) && (
        <Form.Item name="options" label={t('archiveSettings.column.options')} rules={optionRules(t)} extra={t('archiveSettings.optionsHint')} {...serverError(['options'])}>
          <Select mode="tags" tokenSeparators={[',', '，', '\n']} open={false} suffixIcon={null} placeholder={t('archiveSettings.optionsPlaceholder')} />
        </Form.Item>
      )}
      <Form.Item name="required" label={t('archiveSettings.column.required')} valuePropName="checked" extra={t('archiveSettings.requiredHint')}>
        <Switch />
      </Form.Item>
    </Form>
  );
}
