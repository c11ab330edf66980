import { Checkbox, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { requiredText } from '../formRules.ts';

export type SaveViewValues = { name: string; isShared: boolean };

type Props = { isOpen: boolean; initial?: SaveViewValues; isSaving: boolean; onSave: (values: SaveViewValues) => void; onClose: () => void };

export function SaveViewModal({ isOpen, initial, isSaving, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SaveViewValues>();
  return (
    <Modal
      title={initial ? t('views.renameTitle') : t('views.saveAsTitle')}
      open={isOpen}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={isSaving}
      destroyOnHidden
    >
      <Form<SaveViewValues> form={form} layout="vertical" onFinish={onSave} initialValues={initial ?? { name: '', isShared: false }} preserve={false}>
        <Form.Item name="name" label={t('views.name')} rules={requiredText(t, 60)}>
          <Input autoFocus maxLength={60} />
        </Form.Item>
        <Form.Item name="isShared" valuePropName="checked" extra={t('views.sharedHint')} style={{ marginBottom: 0 }}>
          <Checkbox>{t('views.isShared')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
