import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Pagination } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSales, type SalesRecord } from '../../api/sales.queries.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useAccess } from '../../hooks/useAccess.ts';
import { useIsPhone } from '../../hooks/useIsPhone.ts';
import { errorText } from '../../i18n/errorText.ts';
import { ImportWizard } from '../accounts/import/ImportWizard.tsx';
import { SalesCards } from './SalesCards.tsx';
import { SalesExportMenu } from './SalesExportMenu.tsx';
import { SalesFilters } from './SalesFilters.tsx';
import { SalesFormDrawer } from './SalesFormDrawer.tsx';
import { SalesTable } from './SalesTable.tsx';
import { SalesTotals } from './SalesTotals.tsx';
import { hasSalesFilters, parseSalesListParams, SALES_PAGE_SIZE, serializeSalesListParams, toSalesQuery, type SalesListState } from './salesListParams.ts';

const SALES_TARGETS = ['sales'] as const;

// 销售记录 (MNY-2): the sales of the accounts the user may see, with the period's totals.
export function SalesPage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const { canWriteSales } = useAccess();
  const [params, setParams] = useSearchParams();
  const state = parseSalesListParams(params);
  const update = (patch: Partial<SalesListState>) => setParams(serializeSalesListParams({ ...state, ...patch, page: patch.page ?? 1 }), { replace: true });
  const sales = useSales(toSalesQuery(state));
  const [drawer, setDrawer] = useState<{ isOpen: boolean; record: SalesRecord | null }>({ isOpen: false, record: null });
  const [isImporting, setImporting] = useState(false);
  const items = sales.data?.items ?? [];
  // The server checks the account too; a read grant shows records it will not let change.
  const canEdit = () => canWriteSales;
  const edit = (record: SalesRecord) => setDrawer({ isOpen: true, record });

  return (
    <>
      <PageHeader
        title={t('sales.title')}
        description={t('sales.description')}
        extra={
          <>
            {!isPhone && <SalesExportMenu state={state} />}
            {canWriteSales && !isPhone && (
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                {t('sales.import.button')}
              </Button>
            )}
            {canWriteSales && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ isOpen: true, record: null })}>
                {t('sales.create')}
              </Button>
            )}
          </>
        }
      />
      <SalesFilters state={state} onChange={update} hasFilters={hasSalesFilters(state)} onClear={() => setParams(new URLSearchParams(), { replace: true })} />
      {sales.error && <Alert type="error" showIcon title={errorText(t, sales.error)} style={{ marginBottom: 16 }} />}
      <SalesTotals totals={sales.data?.totals} isLoading={sales.isFetching} />
      {isPhone ? (
        <>
          <SalesCards records={items} isLoading={sales.isFetching} onEdit={edit} canEdit={canEdit} />
          <Flex justify="center" style={{ marginTop: 12 }}>
            <Pagination simple current={state.page} pageSize={SALES_PAGE_SIZE} total={sales.data?.total ?? 0} onChange={(page) => update({ page })} />
          </Flex>
        </>
      ) : (
        <SalesTable
          records={items}
          isLoading={sales.isFetching}
          sort={state.sort}
          onSort={(sort) => update({ sort })}
          canEdit={canEdit}
          onEdit={edit}
          pagination={{
            current: state.page,
            pageSize: SALES_PAGE_SIZE,
            total: sales.data?.total ?? 0,
            showSizeChanger: false,
            onChange: (page) => update({ page }),
            showTotal: (n) => t('common.total', { total: n }),
          }}
        />
      )}
      {canWriteSales && <SalesFormDrawer isOpen={drawer.isOpen} record={drawer.record} onClose={() => setDrawer({ isOpen: false, record: null })} />}
      {canWriteSales && <ImportWizard isOpen={isImporting} onClose={() => setImporting(false)} targets={SALES_TARGETS} title={t('sales.import.title')} />}
    </>
  );
}
