import { Button, Checkbox, Col, Flex, Form, InputNumber, Row, Typography, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { CHECKLIST_FIELDS, MAX_REQUIRED_CONTACTS } from '../../../domain/accounts/archive-settings.ts';
import { DEFAULT_CHECKLIST } from '../../../domain/accounts/completeness.ts';
import type { CustomFieldDefinition } from '../../api/archiveSettings.queries.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { ACCOUNT_FIELD_GROUPS } from '../accounts/accountFields.ts';
import { customFieldLabel } from '../accounts/customFieldValues.ts';
import { toChecklistValues, type ChecklistValues } from './checklistValues.ts';

type Props = {
  form: FormInstance<ChecklistValues>;
  // The checklist as stored; the page resets the form to it when it starts a new draft.
  initialValues: ChecklistValues;
  customFields: readonly CustomFieldDefinition[];
  onChange: () => void;
};

// The standard fields a checklist may require, grouped as the archive form shows them.
const FIELD_GROUPS = ACCOUNT_FIELD_GROUPS.map((group) => ({
  key: group.key,
  fields: group.fields.map((field) => field.name).filter((name) => (CHECKLIST_FIELDS as readonly string[]).includes(name)),
})).filter((group) => group.fields.length > 0);

const countOf = (values: Partial<ChecklistValues> | undefined, activeKeys: readonly string[]) =>
  (values?.fields?.length ?? 0) +
  (values?.customKeys?.filter((key) => activeKeys.includes(key)).length ?? 0) +
  ((values?.contactsMin ?? 0) > 0 ? 1 : 0) +
  (values?.hasDecisionMaker ? 1 : 0) +
  (values?.hasOrgChart ? 1 : 0);

// ARC-4: what a complete archive holds. Every item counts the same towards the completeness score.
export function ChecklistForm({ form, initialValues, customFields, onChange }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const values = Form.useWatch([], form) as Partial<ChecklistValues> | undefined;
  const active = customFields.filter((field) => field.active);
  const count = countOf(values, active.map((field) => field.key));

  const restoreDefaults = () => {
    form.setFieldsValue(toChecklistValues(DEFAULT_CHECKLIST));
    onChange();
  };

  return (
    <Form<ChecklistValues> form={form} layout="vertical" initialValues={initialValues} onValuesChange={onChange}>
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('archiveSettings.checklistCount', { n: count })}</Typography.Text>
        <Button size="small" onClick={restoreDefaults}>
          {t('archiveSettings.restoreDefaults')}
        </Button>
      </Flex>
      <Form.Item name="fields" label={t('archiveSettings.standardFields')}>
        <Checkbox.Group style={{ display: 'block' }}>
          {FIELD_GROUPS.map((group) => (
            <div key={group.key} style={{ marginBottom: 8 }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`accounts.group.${group.key}`)}
              </Typography.Text>
              <Row gutter={[8, 4]}>
                {group.fields.map((name) => (
                  <Col key={name} xs={12} sm={8} lg={6}>
                    <Checkbox value={name}>{t(`account.field.${name}`)}</Checkbox>
                  </Col>
                ))}
              </Row>
            </div>
          ))}
        </Checkbox.Group>
      </Form.Item>
      <Form.Item name="customKeys" label={t('archiveSettings.customFieldsOnChecklist')} extra={active.length === 0 ? t('archiveSettings.noActiveFields') : undefined}>
        <Checkbox.Group style={{ display: 'block' }}>
          <Row gutter={[8, 4]}>
            {active.map((field) => (
              <Col key={field.key} xs={12} sm={8} lg={6}>
                <Checkbox value={field.key}>{customFieldLabel(field, locale)}</Checkbox>
              </Col>
            ))}
          </Row>
        </Checkbox.Group>
      </Form.Item>
      <Form.Item
        name="contactsMin"
        label={t('archiveSettings.contactsMin')}
        extra={t('archiveSettings.contactsMinHint')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <InputNumber min={0} max={MAX_REQUIRED_CONTACTS} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="hasDecisionMaker" valuePropName="checked" style={{ marginBottom: 8 }}>
        <Checkbox>{t('archiveSettings.decisionMaker')}</Checkbox>
      </Form.Item>
      <Form.Item name="hasOrgChart" valuePropName="checked">
        <Checkbox>{t('archiveSettings.orgChart')}</Checkbox>
      </Form.Item>
    </Form>
  );
}
