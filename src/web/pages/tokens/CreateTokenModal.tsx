import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateToken } from '../../api/tokens.queries.ts';
import { requiredText } from '../../components/formRules.ts';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';

type Values = { name: string; expiresInDays: number | 'never' };

const EXPIRY_DAYS = [30, 90, 365] as const;

type Props = { isOpen: boolean; onClose: () => void; onCreated: (secret: string, name: string) => void };

export function CreateTokenModal({ isOpen, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const createToken = useCreateToken();
  const handleError = useApiErrorHandler();

  const submit = ({ name, expiresInDays }: Values) =>
    createToken.mutate(
      { name: name.trim(), expiresInDays: expiresInDays === 'never' ? null : expiresInDays },
      {
        onSuccess: (created) => {
          onCreated(created.token, created.name ?? name);
          onClose();
        },
        onError: (error) => handleError(error, form),
      },
    );

  return (
    <Modal
      title={t('tokens.createTitle')}
      open={isOpen}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('tokens.create')}
      cancelText={t('common.cancel')}
      confirmLoading={createToken.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} preserve={false} initialValues={{ expiresInDays: 90 }}>
        <Form.Item name="name" label={t('tokens.name')} rules={requiredText(t)} extra={t('tokens.nameHint')}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="expiresInDays" label={t('tokens.expiresIn')}>
          <Select
            options={[
              ...EXPIRY_DAYS.map((days) => ({ value: days, label: t('tokens.days', { n: days }) })),
              { value: 'never', label: t('tokens.never') },
            ]}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
