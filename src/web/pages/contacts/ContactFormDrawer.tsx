import { App, Col, DatePicker, Form, Input, Rate, Row, Select, Switch, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTITUDES, BUYING_ROLES, INFLUENCE_MAX } from '../../../domain/contacts/lists.ts';
import { useContact, useCreateContact, useSetRelationships, useUpdateContact } from '../../api/contacts.queries.ts';
import type { Contact } from '../../api/types.ts';
import { codeOptions } from '../../components/codeLabels.ts';
import { requiredText } from '../../components/formRules.ts';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';
import { PHONE_PATTERN } from '../accounts/accountFieldRules.ts';
import { contactFormDefaults } from './contactFormDefaults.ts';
import { toContactFormValues, toCreateContactBody, toRelationshipsBody, toUpdateContactBody, type ContactFormValues } from './contactFormValues.ts';
import { DecisionStyleSelect } from './DecisionStyleSelect.tsx';
import { RelationshipsField } from './RelationshipsField.tsx';
import { FormDrawer } from '../../components/FormDrawer.tsx';

// `contactId` set: edit that contact; undefined: add one to the account.
type Props = { isOpen: boolean; accountId: string; contactId?: string; contacts: Contact[]; onClose: () => void };

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <section>
    <Typography.Title level={5} style={{ margin: '8px 0 12px', paddingBottom: 6, borderBottom: '1px solid #f0f0f0' }}>
      {title}
    </Typography.Title>
    <Row gutter={16}>{children}</Row>
  </section>
);

// Every ARC-2 field of a contact (关键决策者档案) and our people who know them.
export function ContactFormDrawer({ isOpen, accountId, contactId, contacts, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ContactFormValues>();
  const existing = useContact(isOpen ? contactId : undefined);
  const createContact = useCreateContact();
  const updateContact = useUpdateContact();
  const setRelationships = useSetRelationships();
  const handleError = useApiErrorHandler();
  const contact = existing.data;
  const isLeft = Form.useWatch('isLeft', form) as boolean | undefined;

  useEffect(() => {
    if (isOpen && contact) form.setFieldsValue(toContactFormValues(contact));
  }, [isOpen, contact, form]);

  // Reports-to and successor: another contact of the same account (the server refuses loops).
  const others = contacts.filter((c) => c.id !== contactId);
  const personOptions = (list: Contact[]) => list.map((c) => ({ value: c.id, label: [c.name, c.title].filter(Boolean).join(' · ') + (c.isLeft ? ` (${t('contacts.left')})` : '') }));

  const submit = async (values: ContactFormValues) => {
    try {
      let saved: Contact;
      if (contact) {
        const body = toUpdateContactBody(contact, values);
        saved = Object.keys(body).length > 1 ? await updateContact.mutateAsync({ id: contact.id, body }) : contact;
      } else {
        saved = await createContact.mutateAsync({ accountId, body: toCreateContactBody(values) });
      }
      const links = toRelationshipsBody(contact ?? null, values.relationships);
      if (links) await setRelationships.mutateAsync({ id: saved.id, body: links });
      void message.success(contact ? t('contacts.saved') : t('contacts.created', { name: saved.name }));
      onClose();
    } catch (error) {
      handleError(error, form);
    }
  };

  const half = { xs: 24, md: 12 };
  const isSaving = createContact.isPending || updateContact.isPending || setRelationships.isPending;
  return (
    <FormDrawer
      title={contactId ? t('contacts.editTitle', { name: contact?.name ?? '' }) : t('contacts.createTitle')}
      isOpen={isOpen}
      onClose={onClose}
      form={form}
      width={760}
      submitLabel={contactId ? t('common.save') : t('contacts.create')}
      isSaving={isSaving}
      isLoading={Boolean(contactId) && !contact}
    >
      <Form<ContactFormValues> form={form} layout="vertical" onFinish={(values) => void submit(values)} initialValues={contactFormDefaults} scrollToFirstError>
        <Section title={t('contacts.group.basic')}>
          <Col {...half}>
            <Form.Item name="name" label={t('contact.field.name')} rules={requiredText(t, 100)}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="title" label={t('contact.field.title')} rules={[{ max: 100 }]}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="department" label={t('contact.field.department')} rules={[{ max: 100 }]}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="reportsToId" label={t('contact.field.reportsToId')} extra={t('contacts.reportsToHint')}>
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={personOptions(others.filter((c) => !c.isLeft))} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="mobile" label={t('contact.field.mobile')} rules={[{ pattern: PHONE_PATTERN, message: t('validation.phone') }, { max: 40 }]}>
              <Input inputMode="tel" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="phone" label={t('contact.field.phone')} rules={[{ pattern: PHONE_PATTERN, message: t('validation.phone') }, { max: 40 }]}>
              <Input inputMode="tel" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="email" label={t('contact.field.email')} rules={[{ type: 'email', message: t('validation.email') }, { max: 200 }]}>
              <Input inputMode="email" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="wechat" label={t('contact.field.wechat')} rules={[{ max: 100 }]}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
        </Section>
        <Section title={t('contacts.group.profile')}>
          <Col {...half}>
            <Form.Item name="buyingRole" label={t('contact.field.buyingRole')}>
              <Select allowClear options={codeOptions(t, 'contact.buyingRole', BUYING_ROLES)} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="attitude" label={t('contact.field.attitude')}>
              <Select allowClear options={codeOptions(t, 'contact.attitude', ATTITUDES)} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="decisionStyle" label={t('contact.field.decisionStyle')}>
              <DecisionStyleSelect />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="influence" label={t('contact.field.influence')} extra={t('contacts.influenceHint')}>
              <Rate count={INFLUENCE_MAX} allowClear />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="vestedInterests" label={t('contact.field.vestedInterests')} extra={t('contacts.vestedInterestsHint')}>
              <Select mode="tags" maxCount={20} tokenSeparators={[',', '，', '、']} open={false} suffixIcon={null} />
            </Form.Item>
          </Col>
        </Section>
        <Section title={t('contacts.group.personal')}>
          <Col {...half}>
            <Form.Item name="education" label={t('contact.field.education')} rules={[{ max: 200 }]}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="birthDate" label={t('contact.field.birthDate')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {(['hobbies', 'family', 'background', 'relationshipToUs', 'notes'] as const).map((name) => (
            <Col xs={24} key={name}>
              <Form.Item name={name} label={t(`contact.field.${name}`)} rules={[{ max: name === 'notes' ? 5000 : name === 'background' ? 2000 : 1000 }]}>
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 5 }} />
              </Form.Item>
            </Col>
          ))}
        </Section>
        <Section title={t('contacts.group.ourPeople')}>
          <Col xs={24}>
            <RelationshipsField contact={contact} />
          </Col>
        </Section>
        {contactId && (
          <Section title={t('contacts.group.status')}>
            <Col xs={24} md={8}>
              <Form.Item name="isLeft" label={t('contact.field.isLeft')} valuePropName="checked">
                <Switch />
              </Form.Item>
            </Col>
            {isLeft && (
              <>
                <Col xs={24} md={8}>
                  <Form.Item name="leftOn" label={t('contact.field.leftOn')}>
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="successorId" label={t('contact.field.successorId')}>
                    <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={personOptions(others.filter((c) => !c.isLeft))} />
                  </Form.Item>
                </Col>
              </>
            )}
          </Section>
        )}
      </Form>
    </FormDrawer>
  );
}
