import { App, Col, Form, Row, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAccount, useCreateAccount, useUpdateAccount } from '../../api/accounts.queries.ts';
import { useArchiveSettings } from '../../api/archiveSettings.queries.ts';
import type { AccountDetail } from '../../api/types.ts';
import { useAccess } from '../../hooks/useAccess.ts';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';
import { AccountFieldInput } from './AccountFieldInput.tsx';
import { accountFieldRules } from './accountFieldRules.ts';
import { ACCOUNT_FIELD_GROUPS, type AccountField } from './accountFields.ts';
import { toAccountFormValues, toCreateAccountBody, toUpdateAccountBody, type AccountFormValues } from './accountFormValues.ts';
import { activeCustomFields } from './customFieldValues.ts';
import { CustomFieldsSection } from './CustomFieldsSection.tsx';
import { DuplicateWarning } from './DuplicateWarning.tsx';
import { FormDrawer } from '../../components/FormDrawer.tsx';

// `accountId` set: edit that archive; undefined: create one.
type Props = { isOpen: boolean; accountId?: string; onClose: () => void };

const isWide = (field: AccountField) => field.kind === 'longText' || field.name === 'name' || field.name === 'address' || field.name === 'tags';

// Names for the select fields that hold ids.
const initialOptionOf = (account: AccountDetail | undefined, field: AccountField) => {
  if (!account) return null;
  if (field.name === 'parentId' && account.parentId) return { value: account.parentId, label: account.parentName ?? '…' };
  if (field.name === 'executiveSponsorId' && account.executiveSponsorId) return { value: account.executiveSponsorId, label: account.executiveSponsorName ?? '…' };
  if (field.name === 'ownerId' && account.ownerId) return { value: account.ownerId, label: account.ownerName ?? '…' };
  return null;
};

// The archive form (客户档案表), grouped like the seed's paper form.
export function AccountFormDrawer({ isOpen, accountId, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { canTransferAccounts } = useAccess();
  const [form] = Form.useForm<AccountFormValues>();
  const isEdit = Boolean(accountId);
  const existing = useAccount(isOpen ? accountId : undefined);
  const createAccount = useCreateAccount();
  const updateAccount = useUpdateAccount();
  const handleError = useApiErrorHandler();
  const settings = useArchiveSettings();
  const account = existing.data;
  const definitions = settings.data?.customFields ?? [];
  const name = Form.useWatch('name', form) as string | undefined;
  const creditCode = Form.useWatch('creditCode', form) as string | undefined;

  // Show the stored record, again whenever it changes (e.g. reloaded after a version conflict).
  useEffect(() => {
    if (isOpen && account && settings.data) form.setFieldsValue(toAccountFormValues(account, settings.data.customFields));
  }, [isOpen, account, settings.data, form]);

  const submit = (values: AccountFormValues) => {
    const onError = (error: unknown) => handleError(error, form);
    if (account) {
      updateAccount.mutate(
        { id: account.id, body: toUpdateAccountBody(account, values, definitions) },
        { onSuccess: () => { void message.success(t('accounts.saved')); onClose(); }, onError },
      );
      return;
    }
    createAccount.mutate(toCreateAccountBody(values, definitions), {
      onSuccess: (created) => {
        void message.success(t('accounts.created', { name: created.name }));
        onClose();
        navigate(`/accounts/${created.id}`);
      },
      onError,
    });
  };

  // The owner is chosen on creation by managers (for their reports); afterwards it changes only by handover.
  const isShown = (field: AccountField) => field.name !== 'ownerId' || (!isEdit && canTransferAccounts);

  return (
    <FormDrawer
      title={isEdit ? t('accounts.editTitle', { name: account?.name ?? '' }) : t('accounts.createTitle')}
      isOpen={isOpen}
      onClose={onClose}
      form={form}
      width={860}
      submitLabel={isEdit ? t('common.save') : t('accounts.create')}
      isSaving={createAccount.isPending || updateAccount.isPending}
      // The custom fields must be known before the form opens: a required one left out is refused.
      isLoading={(isEdit && !account) || settings.isPending}
    >
      <Form<AccountFormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        onFinishFailed={({ errorFields }) => errorFields[0] && form.scrollToField(errorFields[0].name, { behavior: 'smooth', block: 'center' })}
        initialValues={{ lifecycleStage: 'prospect', tags: [] }}
        scrollToFirstError
      >
        <DuplicateWarning name={name} creditCode={creditCode} excludeId={accountId} />
        {ACCOUNT_FIELD_GROUPS.map((group) => (
          <section key={group.key} aria-labelledby={`account-group-${group.key}`}>
            <Typography.Title level={5} id={`account-group-${group.key}`} style={{ margin: '8px 0 12px', paddingBottom: 6, borderBottom: '1px solid #f0f0f0' }}>
              {t(`accounts.group.${group.key}`)}
            </Typography.Title>
            <Row gutter={16}>
              {group.fields.filter(isShown).map((field) => (
                <Col key={field.name} xs={24} md={isWide(field) ? 24 : 12}>
                  <Form.Item
                    name={field.name}
                    label={t(`account.field.${field.name}`)}
                    rules={accountFieldRules(t, field)}
                    extra={field.name === 'executiveSponsorId' ? t('accounts.sponsorHint') : field.name === 'ownerId' ? t('accounts.ownerHint') : undefined}
                  >
                    <AccountFieldInput field={field} initialOption={initialOptionOf(account, field)} excludeId={field.kind === 'account' ? accountId : undefined} />
                  </Form.Item>
                </Col>
              ))}
            </Row>
          </section>
        ))}
        <CustomFieldsSection fields={activeCustomFields(definitions)} />
        {isEdit && <Typography.Paragraph type="secondary">{t('accounts.ownerByTransfer')}</Typography.Paragraph>}
      </Form>
    </FormDrawer>
  );
}
