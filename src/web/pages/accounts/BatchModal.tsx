import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { LIFECYCLE_STAGES, type LifecycleStage } from '../../../domain/accounts/lists.ts';
import { useBatchAccounts, useTransferAccounts } from '../../api/accounts.queries.ts';
import { codeOptions } from '../../components/codeLabels.ts';
import { UserSelect } from '../../components/UserSelect.tsx';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';

export type BatchMode = 'stage' | 'addTags' | 'removeTags' | 'transfer';

type Values = { lifecycleStage?: LifecycleStage; tags?: string[]; toUserId?: string; note?: string };

type Props = { mode: BatchMode | null; accountIds: string[]; onClose: () => void; onDone: () => void };

const required = (message: string) => [{ required: true, message }];

export function BatchModal({ mode, accountIds, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const batch = useBatchAccounts();
  const transfer = useTransferAccounts();
  const handleError = useApiErrorHandler();
  const n = accountIds.length;

  const submit = (values: Values) => {
    const onError = (error: unknown) => handleError(error, form);
    if (mode === 'transfer') {
      transfer.mutate(
        { accountIds, toUserId: values.toUserId ?? '', note: values.note?.trim() || null },
        { onSuccess: (result) => { void message.success(t('accounts.batch.transferred', { n: result.transferred })); onDone(); }, onError },
      );
      return;
    }
    const tags = (values.tags ?? []).map((tag) => tag.trim()).filter(Boolean);
    const body =
      mode === 'stage' ? { accountIds, lifecycleStage: values.lifecycleStage } : mode === 'addTags' ? { accountIds, addTags: tags } : { accountIds, removeTags: tags };
    batch.mutate(body, { onSuccess: (result) => { void message.success(t('accounts.batch.updated', { n: result.updated })); onDone(); }, onError });
  };

  const tagRules = [
    { required: true, message: t('validation.required') },
    { validator: (_: unknown, tags: string[] = []) => (tags.every((tag) => tag.trim().length <= 30) ? Promise.resolve() : Promise.reject(new Error(t('validation.maxLength', { n: 30 })))) },
  ];

  return (
    <Modal
      title={mode ? t(`accounts.batch.title.${mode}`, { n }) : ''}
      open={mode !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={batch.isPending || transfer.isPending}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} preserve={false}>
        {mode === 'stage' && (
          <Form.Item name="lifecycleStage" label={t('account.field.lifecycleStage')} rules={required(t('validation.required'))}>
            <Select options={codeOptions(t, 'account.stage', LIFECYCLE_STAGES)} />
          </Form.Item>
        )}
        {(mode === 'addTags' || mode === 'removeTags') && (
          <Form.Item name="tags" label={t('account.field.tags')} rules={tagRules} extra={t('accounts.batch.tagsHint')}>
            <Select mode="tags" maxCount={10} tokenSeparators={[',', '，']} open={false} suffixIcon={null} />
          </Form.Item>
        )}
        {mode === 'transfer' && (
          <>
            <Alert type="info" showIcon title={t('accounts.batch.transferHint')} style={{ marginBottom: 16 }} />
            <Form.Item name="toUserId" label={t('accounts.batch.toUser')} rules={required(t('validation.required'))}>
              <UserSelect />
            </Form.Item>
            <Form.Item name="note" label={t('accounts.batch.note')}>
              <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 2 }} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
