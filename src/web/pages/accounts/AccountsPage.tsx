import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccounts } from '../../api/accounts.queries.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { SavedViewsMenu } from '../../components/savedViews/SavedViewsMenu.tsx';
import { useAccess } from '../../hooks/useAccess.ts';
import { useIsPhone } from '../../hooks/useIsPhone.ts';
import { errorText } from '../../i18n/errorText.ts';
import { AccountCards } from './AccountCards.tsx';
import { AccountFilters } from './AccountFilters.tsx';
import { AccountFormDrawer } from './AccountFormDrawer.tsx';
import { clearedFilters, fromViewState, hasFilters, toViewState } from './accountListParams.ts';
import { AccountTable } from './AccountTable.tsx';
import { BatchActionBar } from './BatchActionBar.tsx';
import { ColumnSettings } from './ColumnSettings.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { ImportWizard } from './import/ImportWizard.tsx';
import { useAccountColumns } from './useAccountColumns.ts';
import { useAccountListParams } from './useAccountListParams.ts';

// 客户档案: the accounts the user may see (ARC-1, ARC-5 visibility is applied by the server).
export function AccountsPage() {
  const { t } = useTranslation();
  const { canCreateAccounts } = useAccess();
  const isPhone = useIsPhone();
  const { state, update, replace, query } = useAccountListParams();
  const accounts = useAccounts(query);
  const { columns, setColumns, reset } = useAccountColumns();
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [isCreating, setCreating] = useState(false);
  const [isImporting, setImporting] = useState(false);

  const isFiltered = hasFilters(state);
  const list = {
    items: accounts.data?.items ?? [],
    total: accounts.data?.total ?? 0,
    isLoading: accounts.isFetching,
    state,
    onChange: update,
    selectedIds,
    onSelect: setSelectedIds,
    emptyText: isFiltered ? t('accounts.empty') : t('accounts.emptyNone'),
  };

  return (
    <>
      <PageHeader
        title={t('menu.accounts')}
        description={t('accounts.description')}
        extra={
          <>
            <SavedViewsMenu
              resource="accounts"
              currentState={toViewState(state, columns)}
              activeViewId={state.viewId}
              onApply={(view) => {
                const applied = fromViewState(view.id, view.state);
                replace(applied.state);
                if (applied.columns) setColumns(applied.columns);
              }}
            />
            {!isPhone && <ColumnSettings columns={columns} onChange={setColumns} onReset={reset} />}
            {!isPhone && <ExportMenu state={state} />}
            {canCreateAccounts && !isPhone && (
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                {t('import.button')}
              </Button>
            )}
            {canCreateAccounts && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('accounts.create')}
              </Button>
            )}
          </>
        }
      />
      <AccountFilters state={state} onChange={update} hasFilters={isFiltered} onClear={() => replace(clearedFilters(state))} />
      {accounts.error && <Alert type="error" showIcon title={errorText(t, accounts.error)} style={{ marginBottom: 16 }} />}
      <BatchActionBar selectedIds={selectedIds} onClear={() => setSelectedIds([])} onDone={() => setSelectedIds([])} />
      {isPhone ? <AccountCards {...list} /> : <AccountTable {...list} columns={columns} />}
      <AccountFormDrawer isOpen={isCreating} onClose={() => setCreating(false)} />
      {canCreateAccounts && <ImportWizard isOpen={isImporting} onClose={() => setImporting(false)} />}
    </>
  );
}
