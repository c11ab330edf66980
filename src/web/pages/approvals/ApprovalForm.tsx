import { Form, Input, InputNumber, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';

export type ApprovalFormValues = { title: string; amountYuan?: number | null; description?: string };

// The fields of a general request: what for, how much (yuan), why.
export function ApprovalForm({ form, onFinish }: { form: FormInstance<ApprovalFormValues>; onFinish: (values: ApprovalFormValues) => void }) {
  const { t } = useTranslation();
  return (
    <Form form={form} layout="vertical" onFinish={onFinish} requiredMark="optional">
      <Form.Item name="title" label={t('approvals.fields.title')} rules={[{ required: true, whitespace: true, message: t('approvals.titleRequired') }]}>
        <Input maxLength={200} placeholder={t('approvals.titlePlaceholder')} />
      </Form.Item>
      <Form.Item name="amountYuan" label={t('approvals.fields.amount')} extra={t('approvals.amountHelp')}>
        <InputNumber<number> min={0} max={100_000_000_000} precision={2} suffix={t('approvals.yuan')} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="description" label={t('approvals.fields.description')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} placeholder={t('approvals.descriptionPlaceholder')} />
      </Form.Item>
    </Form>
  );
}
