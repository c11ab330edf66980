import { Alert, App, Button, Card, Col, Result, Row, Skeleton, Typography } from 'antd';
import { Form } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../api/ApiError.ts';
import { usePublicForm, useSubmitPublicForm } from '../../api/forms.queries.ts';
import { formatDateTime } from '../../components/formatDate.ts';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';
import { errorText } from '../../i18n/errorText.ts';
import { AccountFieldInput } from '../accounts/AccountFieldInput.tsx';
import { accountFieldRules } from '../accounts/accountFieldRules.ts';
import { ACCOUNT_FIELD_GROUPS } from '../accounts/accountFields.ts';
import { PublicContactsField } from './PublicContactsField.tsx';
import { PublicFormFrame } from './PublicFormFrame.tsx';
import { toPublicFormValues, toSubmission, type PublicFormValues } from './publicFormValues.ts';

const isWide = (kind: string, name: string) => kind === 'longText' || name === 'name' || name === 'address';

// /form/:token — 客户资料表 filled in by the customer (ARC-8). Single use; 410 once used or expired.
export function PublicFormPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { token = '' } = useParams();
  const formData = usePublicForm(token);
  const submit = useSubmitPublicForm();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<PublicFormValues>();
  const [isSent, setSent] = useState(false);
  const initial = formData.data?.fields;
  const initialValues = useMemo(() => (initial ? toPublicFormValues(initial) : undefined), [initial]);

  if (isSent) {
    return (
      <PublicFormFrame>
        <Card style={{ marginTop: 24 }}>
          <Result status="success" title={t('publicForm.sentTitle')} subTitle={t('publicForm.sentText')} />
        </Card>
      </PublicFormFrame>
    );
  }
  if (formData.isPending) {
    return (
      <PublicFormFrame>
        <Card style={{ marginTop: 24 }}>
          <Skeleton active paragraph={{ rows: 10 }} />
        </Card>
      </PublicFormFrame>
    );
  }
  if (formData.error || !initial) {
    const isGone = isApiError(formData.error) && [400, 404, 410].includes(formData.error.status);
    return (
      <PublicFormFrame>
        <Card style={{ marginTop: 24 }}>
          {isGone ? (
            <Result status="warning" title={t('publicForm.goneTitle')} subTitle={t('publicForm.goneText')} />
          ) : (
            <Result status="error" title={errorText(t, formData.error)} extra={<Button onClick={() => void formData.refetch()}>{t('common.retry')}</Button>} />
          )}
        </Card>
      </PublicFormFrame>
    );
  }

  const send = (values: PublicFormValues) =>
    submit.mutate(
      { token, body: toSubmission(initial, values) },
      {
        onSuccess: () => {
          setSent(true);
          window.scrollTo({ top: 0 });
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 410) void formData.refetch();
          else handleError(error, form);
        },
      },
    );

  return (
    <PublicFormFrame>
      <Typography.Title level={3} style={{ margin: '16px 0 4px', wordBreak: 'break-all' }}>
        {formData.data.accountName}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('publicForm.intro', { at: formatDateTime(formData.data.expiresAt) })}</Typography.Paragraph>
      <Form<PublicFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        // antd checks every field in the page's language; the browser's own bubbles would not.
        noValidate
        onFinish={send}
        onFinishFailed={() => void message.error(t('publicForm.fixErrors'))}
        scrollToFirstError={{ behavior: 'smooth', block: 'center' }}
      >
        {ACCOUNT_FIELD_GROUPS.map((group) => {
          const fields = group.fields.filter((field) => field.name in initial);
          if (fields.length === 0) return null;
          return (
            <Card key={group.key} title={t(`accounts.group.${group.key}`)} style={{ marginBottom: 16 }} size="small">
              <Row gutter={16}>
                {fields.map((field) => (
                  <Col key={field.name} xs={24} md={isWide(field.kind, field.name) ? 24 : 12}>
                    <Form.Item name={field.name} label={t(`account.field.${field.name}`)} rules={accountFieldRules(t, field)} extra={field.kind === 'creditCode' ? t('publicForm.creditCodeHint') : undefined}>
                      <AccountFieldInput field={field} />
                    </Form.Item>
                  </Col>
                ))}
              </Row>
            </Card>
          );
        })}
        <Card title={t('publicForm.contactsTitle')} style={{ marginBottom: 16 }} size="small">
          <Typography.Paragraph type="secondary">{t('publicForm.contactsHint')}</Typography.Paragraph>
          <PublicContactsField />
        </Card>
        {submit.error && !isApiError(submit.error) && <Alert type="error" showIcon title={errorText(t, submit.error)} style={{ marginBottom: 16 }} />}
        <Typography.Paragraph type="secondary">{t('publicForm.privacy')}</Typography.Paragraph>
        <Button type="primary" htmlType="submit" size="large" block loading={submit.isPending}>
          {t('publicForm.send')}
        </Button>
      </Form>
    </PublicFormFrame>
  );
}
