import { Alert, Breadcrumb, Button, Result, Skeleton, Tabs } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../api/ApiError.ts';
import { useAccount } from '../../api/accounts.queries.ts';
import { useCoverage } from '../../api/contacts.queries.ts';
import { errorText } from '../../i18n/errorText.ts';
import { AccountContactsTab } from '../contacts/AccountContactsTab.tsx';
import { AccountSalesTab } from '../sales/AccountSalesTab.tsx';
import { AccountFormDrawer } from './AccountFormDrawer.tsx';
import { AccountHeader } from './AccountHeader.tsx';
import { AccountNotFound } from './AccountNotFound.tsx';
import { CustomerFormTab } from './CustomerFormTab.tsx';
import { GradingTab } from './grading/GradingTab.tsx';
import { HistoryTab } from './HistoryTab.tsx';
import { ProfileTab } from './ProfileTab.tsx';
import { TeamTab } from './TeamTab.tsx';

// G6 is large: the relationship map and its library load only when the tab is opened.
const RelationshipMapTab = lazy(async () => ({ default: (await import('../contacts/map/RelationshipMapTab.tsx')).RelationshipMapTab }));

const TABS = ['profile', 'contacts', 'map', 'sales', 'grading', 'team', 'form', 'history'] as const;
type TabKey = (typeof TABS)[number];

// One customer's archive: header, coverage warnings and the tabs (ARC-1…8).
export function AccountDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const account = useAccount(id);
  const coverage = useCoverage(account.data ? id : undefined);
  const [isEditing, setEditing] = useState(false);
  const tab: TabKey = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as TabKey) : 'profile';

  useEffect(() => {
    if (account.data) document.title = `${account.data.name} - ${t('app.name')}`;
  }, [account.data, t]);

  if (account.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (account.error) {
    if (isApiError(account.error) && account.error.status === 404) return <AccountNotFound accountId={id} />;
    return <Result status="error" title={errorText(t, account.error)} extra={<Button onClick={() => void account.refetch()}>{t('common.retry')}</Button>} />;
  }
  const data = account.data;
  // What the viewer may do comes with the account: a read grant (ARC-5 借阅) shows the archive
  // but does not open it for changes.
  const canEdit = data.can.edit;
  const gaps = coverage.data?.gaps ?? [];

  const items = [
    { key: 'profile', label: t('accounts.tab.profile'), children: <ProfileTab account={data} canEdit={canEdit} onEdit={() => setEditing(true)} /> },
    { key: 'contacts', label: t('accounts.tab.contacts'), children: <AccountContactsTab account={data} canEdit={canEdit} /> },
    {
      key: 'map',
      label: t('accounts.tab.map'),
      children: (
        <Suspense fallback={<Skeleton active />}>
          <RelationshipMapTab account={data} canEdit={canEdit} />
        </Suspense>
      ),
    },
    { key: 'sales', label: t('sales.tab'), children: <AccountSalesTab account={data} canEdit={canEdit} /> },
    { key: 'grading', label: t('grading.tab'), children: <GradingTab account={data} canEdit={canEdit} /> },
    { key: 'team', label: t('accounts.tab.team'), children: <TeamTab account={data} canEdit={canEdit} /> },
    { key: 'form', label: t('accounts.tab.form'), children: <CustomerFormTab account={data} canEdit={canEdit} /> },
    { key: 'history', label: t('accounts.tab.history'), children: <HistoryTab accountId={data.id} /> },
  ];

  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/accounts">{t('menu.accounts')}</Link> }, { title: data.name }]} />
      <AccountHeader account={data} onEdit={() => setEditing(true)} />
      {gaps.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('accounts.coverage.title')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {gaps.map((gap) => (
                <li key={gap}>{t(`contact.gap.${gap}`)}</li>
              ))}
            </ul>
          }
          action={
            tab !== 'contacts' && (
              <Button size="small" onClick={() => setParams({ tab: 'contacts' }, { replace: true })}>
                {t('accounts.coverage.toContacts')}
              </Button>
            )
          }
        />
      )}
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'profile' ? {} : { tab: key }, { replace: true })}
        items={items}
        destroyOnHidden
      />
      {canEdit && <AccountFormDrawer isOpen={isEditing} accountId={data.id} onClose={() => setEditing(false)} />}
    </>
  );
}
