import { Alert, Card, Checkbox, Empty, Flex, Input, Pagination, Select, Spin, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ATTITUDES, BUYING_ROLES } from '../../../domain/contacts/lists.ts';
import { useContactSearch } from '../../api/contacts.queries.ts';
import type { Contact } from '../../api/types.ts';
import { codeLabel, codeOptions } from '../../components/codeLabels.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDebouncedValue } from '../../hooks/useDebouncedValue.ts';
import { useIsPhone } from '../../hooks/useIsPhone.ts';
import { errorText } from '../../i18n/errorText.ts';
import { AttitudeTag } from './AttitudeTag.tsx';
import { CONTACT_PAGE_SIZE, parseContactListParams, serializeContactListParams, toContactSearchQuery, type ContactListState } from './contactListParams.ts';

const fieldStyle = { flex: '1 1 160px', minWidth: 140, maxWidth: 220 };

// 联系人: search people across every account the user may see (name, pinyin, phone, e-mail).
export function ContactsPage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const [params, setParams] = useSearchParams();
  const state = parseContactListParams(params);
  const update = (patch: Partial<ContactListState>) => setParams(serializeContactListParams({ ...state, ...patch, page: patch.page ?? 1 }), { replace: true });
  const contacts = useContactSearch(toContactSearchQuery(state));
  const [search, setSearch] = useState(state.q);
  const debounced = useDebouncedValue(search, 400);
  useEffect(() => {
    if (debounced.trim() !== state.q) update({ q: debounced });
    // Runs on typing only.
  }, [debounced]);

  const items = contacts.data?.items ?? [];
  const accountLink = (c: Contact) => <Link to={`/accounts/${c.accountId}?tab=contacts`}>{c.accountName}</Link>;
  const columns: TableColumnsType<Contact> = [
    { key: 'name', title: t('contact.field.name'), render: (_, c) => <Typography.Text strong delete={c.isLeft}>{c.name}</Typography.Text> },
    { key: 'title', title: t('contact.field.title'), render: (_, c) => [c.title, c.department].filter(Boolean).join(' · ') || '—' },
    { key: 'account', title: t('contacts.account'), render: (_, c) => accountLink(c) },
    { key: 'buyingRole', title: t('contact.field.buyingRole'), render: (_, c) => codeLabel(t, 'contact.buyingRole', c.buyingRole) },
    {
      key: 'decisionStyle',
      title: t('contact.field.decisionStyle'),
      render: (_, c) => (c.decisionStyle ? <Tooltip title={t(`contact.decisionAdvice.${c.decisionStyle}`)}>{codeLabel(t, 'contact.decisionStyle', c.decisionStyle)}</Tooltip> : '—'),
    },
    { key: 'attitude', title: t('contact.field.attitude'), render: (_, c) => <AttitudeTag attitude={c.attitude} /> },
    { key: 'mobile', title: t('contact.field.mobile'), render: (_, c) => c.mobile ?? c.phone ?? '—' },
    { key: 'email', title: t('contact.field.email'), render: (_, c) => c.email ?? '—' },
  ];

  return (
    <>
      <PageHeader title={t('menu.contacts')} description={t('contacts.description')} />
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 16, alignItems: 'center' }}>
        <Input.Search
          aria-label={t('contacts.search')}
          placeholder={t('contacts.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          onSearch={(value) => update({ q: value })}
          allowClear
          style={{ flex: '3 1 240px', minWidth: 200, maxWidth: 400 }}
        />
        <Select
          aria-label={t('contact.field.buyingRole')}
          placeholder={t('contacts.allBuyingRoles')}
          value={state.buyingRole ?? undefined}
          onChange={(buyingRole) => update({ buyingRole: buyingRole ?? null })}
          options={codeOptions(t, 'contact.buyingRole', BUYING_ROLES)}
          allowClear
          style={fieldStyle}
        />
        <Select
          aria-label={t('contact.field.attitude')}
          placeholder={t('contacts.allAttitudes')}
          value={state.attitude ?? undefined}
          onChange={(attitude) => update({ attitude: attitude ?? null })}
          options={codeOptions(t, 'contact.attitude', ATTITUDES)}
          allowClear
          style={fieldStyle}
        />
        <Checkbox checked={state.isIncludingLeft} onChange={(event) => update({ isIncludingLeft: event.target.checked })}>
          {t('contacts.includeLeft')}
        </Checkbox>
      </div>
      {contacts.error && <Alert type="error" showIcon title={errorText(t, contacts.error)} style={{ marginBottom: 16 }} />}
      {isPhone ? (
        <Spin spinning={contacts.isFetching}>
          {items.length === 0 && !contacts.isFetching ? (
            <Empty description={t('contacts.noResults')} />
          ) : (
            <Flex vertical gap={8}>
              {items.map((c) => (
                <Card key={c.id} size="small">
                  <Flex justify="space-between" gap={8} align="start">
                    <Flex vertical gap={2} style={{ minWidth: 0 }}>
                      <Typography.Text strong delete={c.isLeft}>{c.name}</Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {[c.title, codeLabel(t, 'contact.buyingRole', c.buyingRole)].filter((x) => x && x !== '—').join(' · ')}
                      </Typography.Text>
                      {accountLink(c)}
                      {(c.mobile ?? c.phone) && <a href={`tel:${(c.mobile ?? c.phone ?? '').replace(/[^\d+]/g, '')}`}>{c.mobile ?? c.phone}</a>}
                    </Flex>
                    <AttitudeTag attitude={c.attitude} />
                  </Flex>
                </Card>
              ))}
            </Flex>
          )}
          <Flex justify="center" style={{ marginTop: 12 }}>
            <Pagination simple current={state.page} pageSize={CONTACT_PAGE_SIZE} total={contacts.data?.total ?? 0} onChange={(page) => update({ page })} />
          </Flex>
        </Spin>
      ) : (
        <Table<Contact>
          rowKey="id"
          columns={columns}
          dataSource={items}
          loading={contacts.isFetching}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('contacts.noResults')} /> }}
          pagination={{
            current: state.page,
            pageSize: CONTACT_PAGE_SIZE,
            total: contacts.data?.total ?? 0,
            showSizeChanger: false,
            onChange: (page) => update({ page }),
            showTotal: (n) => t('common.total', { total: n }),
          }}
        />
      )}
    </>
  );
}
