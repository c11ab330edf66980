import { App, Button, Checkbox, Flex, Popconfirm, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAcceptForm, useDismissForm, type FormAcceptBody } from '../../api/forms.queries.ts';
import type { AccountDetail, CustomerFormLink } from '../../api/types.ts';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';
import { useIsPhone } from '../../hooks/useIsPhone.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { accountFieldByName } from './accountFields.ts';
import { formatAccountValue } from './formatAccountValue.ts';

type Props = { account: AccountDetail; link: CustomerFormLink; canEdit: boolean };

type Change = CustomerFormLink['changes'][number];
type FormField = FormAcceptBody['fields'][number];

// What a customer sent, field by field (what the archive says now → what they sent) and the
// contacts they added; the owner ticks what to take over. Nothing is written without this step.
export function SubmissionReview({ account, link, canEdit }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { locale } = useLocale();
  const isPhone = useIsPhone();
  const accept = useAcceptForm();
  const dismiss = useDismissForm();
  const handleError = useApiErrorHandler();
  const [fields, setFields] = useState<string[]>(() => link.changes.map((change) => change.field));
  const [contacts, setContacts] = useState<number[]>(() => link.contacts.map((_, index) => index));

  const show = (field: string, value: unknown) => formatAccountValue(t, locale, accountFieldByName(field), value);
  const toggle = <T,>(list: T[], item: T, isOn: boolean) => (isOn ? [...list, item] : list.filter((x) => x !== item));
  const hasNothing = link.changes.length === 0 && link.contacts.length === 0;

  const takeOver = () =>
    accept.mutate(
      { id: link.id, body: { accountVersion: account.version, fields: fields as FormField[], contacts } },
      { onSuccess: () => void message.success(t('forms.accepted', { fields: fields.length, contacts: contacts.length })), onError: (error) => handleError(error) },
    );

  return (
    <Flex vertical gap={12}>
      {hasNothing && <Typography.Text type="secondary">{t('forms.noChanges')}</Typography.Text>}
      {link.changes.length > 0 && isPhone && (
        // On a phone each change is a line: tick, field, then archive → customer below.
        <Flex vertical gap={8}>
          {link.changes.map((c) => (
            <Checkbox key={c.field} disabled={!canEdit} checked={fields.includes(c.field)} onChange={(event) => setFields(toggle(fields, c.field, event.target.checked))}>
              <Typography.Text strong>{t(`account.field.${c.field}`, { defaultValue: c.field })}</Typography.Text>
              <br />
              <Typography.Text type="secondary" delete={c.current !== null}>
                {show(c.field, c.current)}
              </Typography.Text>
              {' → '}
              <Typography.Text>{show(c.field, c.submitted)}</Typography.Text>
            </Checkbox>
          ))}
        </Flex>
      )}
      {link.changes.length > 0 && !isPhone && (
        <Table<Change>
          rowKey="field"
          size="small"
          pagination={false}
          dataSource={link.changes}
          scroll={{ x: 'max-content' }}
          rowSelection={
            canEdit
              ? { selectedRowKeys: fields, onChange: (keys) => setFields(keys.map(String)), columnTitle: t('forms.take'), columnWidth: 64 }
              : undefined
          }
          columns={[
            { key: 'field', title: t('forms.field'), render: (_, c) => t(`account.field.${c.field}`, { defaultValue: c.field }) },
            { key: 'current', title: t('forms.current'), render: (_, c) => <Typography.Text type="secondary">{show(c.field, c.current)}</Typography.Text> },
            { key: 'submitted', title: t('forms.submitted'), render: (_, c) => <Typography.Text strong>{show(c.field, c.submitted)}</Typography.Text> },
          ]}
        />
      )}
      {link.contacts.length > 0 && (
        <div>
          <Typography.Text strong>{t('forms.newContacts')}</Typography.Text>
          <Flex vertical gap={4} style={{ marginTop: 6 }}>
            {link.contacts.map((contact, index) => (
              <Checkbox
                key={index}
                disabled={!canEdit}
                checked={contacts.includes(index)}
                onChange={(event) => setContacts(toggle(contacts, index, event.target.checked))}
              >
                {[contact.name, contact.title, contact.department, contact.mobile, contact.email].filter((part) => part !== null && part !== undefined && part !== '').join(' · ')}
              </Checkbox>
            ))}
          </Flex>
        </div>
      )}
      {canEdit && (
        <Flex justify="end" gap={8} wrap>
          <Popconfirm title={t('forms.dismissConfirm')} okText={t('forms.dismiss')} cancelText={t('common.cancel')} onConfirm={() => dismiss.mutate(link.id, { onSuccess: () => void message.success(t('forms.dismissed')), onError: (error) => handleError(error) })}>
            <Button loading={dismiss.isPending}>{t('forms.dismiss')}</Button>
          </Popconfirm>
          <Button type="primary" loading={accept.isPending} disabled={fields.length === 0 && contacts.length === 0} onClick={takeOver}>
            {t('forms.accept', { n: fields.length + contacts.length })}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}
