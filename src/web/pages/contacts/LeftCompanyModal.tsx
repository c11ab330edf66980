import { Alert, App, DatePicker, Form, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useUpdateContact } from '../../api/contacts.queries.ts';
import type { Contact } from '../../api/types.ts';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';

type Props = { contact: Contact | null; contacts: Contact[]; onClose: () => void };

type Values = { leftOn: Dayjs | null; successorId: string | null };

// ARC-3 (seed 003: 陈容离职, 杨雪英 took over): a contact who leaves is marked, not deleted, and
// the successor is linked so the relationship is carried on.
export function LeftCompanyModal({ contact, contacts, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const updateContact = useUpdateContact();
  const handleError = useApiErrorHandler();
  const candidates = contacts.filter((c) => c.id !== contact?.id && !c.isLeft);

  const submit = (values: Values) => {
    if (!contact) return;
    updateContact.mutate(
      { id: contact.id, body: { version: contact.version, isLeft: true, leftOn: values.leftOn?.format('YYYY-MM-DD') ?? null, successorId: values.successorId ?? null } },
      { onSuccess: () => { void message.success(t('contacts.markedLeft', { name: contact.name })); onClose(); }, onError: (error) => handleError(error, form) },
    );
  };

  return (
    <Modal
      title={t('contacts.leftTitle', { name: contact?.name ?? '' })}
      open={contact !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('contacts.markLeft')}
      cancelText={t('common.cancel')}
      confirmLoading={updateContact.isPending}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('contacts.leftHint')} style={{ marginBottom: 16 }} />
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ leftOn: dayjs(), successorId: null }} preserve={false}>
        <Form.Item name="leftOn" label={t('contact.field.leftOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="successorId" label={t('contact.field.successorId')} extra={candidates.length === 0 ? t('contacts.noSuccessorYet') : undefined}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('contacts.pickSuccessor')}
            options={candidates.map((c) => ({ value: c.id, label: [c.name, c.title].filter(Boolean).join(' · ') }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
