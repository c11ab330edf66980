import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccountContacts } from '../../api/contacts.queries.ts';
import type { AccountDetail, Contact } from '../../api/types.ts';
import { useIsPhone } from '../../hooks/useIsPhone.ts';
import { errorText } from '../../i18n/errorText.ts';
import { ContactCards } from './ContactCards.tsx';
import { ContactFormDrawer } from './ContactFormDrawer.tsx';
import { ContactTable } from './ContactTable.tsx';
import { LeftCompanyModal } from './LeftCompanyModal.tsx';

type Props = { account: AccountDetail; canEdit: boolean };

// 联系人: the account's people and their decision-maker profiles (ARC-2).
export function AccountContactsTab({ account, canEdit }: Props) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const [isIncludingLeft, setIncludingLeft] = useState(false);
  // The drawer's selects offer every contact, including those who left (as successors' predecessors).
  const all = useAccountContacts(account.id, true);
  const contacts = (all.data?.items ?? []).filter((c) => isIncludingLeft || !c.isLeft);
  const [drawer, setDrawer] = useState<{ isOpen: boolean; contactId?: string }>({ isOpen: false });
  const [leaving, setLeaving] = useState<Contact | null>(null);
  const leftCount = (all.data?.items ?? []).filter((c) => c.isLeft).length;

  const actions = canEdit ? { onEdit: (c: Contact) => setDrawer({ isOpen: true, contactId: c.id }), onLeft: setLeaving } : undefined;
  const view = { contacts, everyone: all.data?.items ?? [], isLoading: all.isFetching, actions };

  return (
    <>
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 12 }}>
        <Flex align="center" gap={8}>
          <Switch size="small" checked={isIncludingLeft} onChange={setIncludingLeft} id="contacts-include-left" />
          <label htmlFor="contacts-include-left">
            <Typography.Text>{t('contacts.showLeft', { n: leftCount })}</Typography.Text>
          </label>
        </Flex>
        {canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ isOpen: true })}>
            {t('contacts.create')}
          </Button>
        )}
      </Flex>
      {all.error && <Alert type="error" showIcon title={errorText(t, all.error)} style={{ marginBottom: 16 }} />}
      {isPhone ? <ContactCards {...view} /> : <ContactTable {...view} />}
      <ContactFormDrawer
        isOpen={drawer.isOpen}
        accountId={account.id}
        contactId={drawer.contactId}
        contacts={all.data?.items ?? []}
        onClose={() => setDrawer({ isOpen: false })}
      />
      <LeftCompanyModal contact={leaving} contacts={all.data?.items ?? []} onClose={() => setLeaving(null)} />
    </>
  );
}
