import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Pagination, Segmented, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccountSales, type SalesRecord } from '../../api/sales.queries.ts';
import type { AccountDetail } from '../../api/types.ts';
import { useAccess } from '../../hooks/useAccess.ts';
import { useIsPhone } from '../../hooks/useIsPhone.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { errorText } from '../../i18n/errorText.ts';
import { SalesCards } from './SalesCards.tsx';
import { SalesFormDrawer } from './SalesFormDrawer.tsx';
import { formatYuanShort } from './salesFormat.ts';
import { SalesTable } from './SalesTable.tsx';
import { SalesTotals } from './SalesTotals.tsx';

type Props = { account: AccountDetail; canEdit: boolean };

const PERIODS = ['last12Months', 'thisYear', 'lastYear', 'all'] as const;
type Period = (typeof PERIODS)[number];
const PAGE_SIZE = 10;

function rangeOf(period: Period): { from?: string; to?: string } {
  const today = dayjs();
  const iso = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');
  if (period === 'thisYear') return { from: iso(today.startOf('year')) };
  if (period === 'lastYear') return { from: iso(today.subtract(1, 'year').startOf('year')), to: iso(today.subtract(1, 'year').endOf('year')) };
  if (period === 'last12Months') return { from: iso(today.subtract(12, 'month').add(1, 'day')) };
  return {};
}

type YearRow = { year: number; count: number; amountFen: number; marginFen: number; amountWithCostFen: number; growth: number | null };

// 购货记录 of one account (MNY-2, ARC-7 purchase history): the period's totals, sales by year
// with growth (GRD-1), and the records.
export function AccountSalesTab({ account, canEdit }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const isPhone = useIsPhone();
  const { canWriteSales } = useAccess();
  const [period, setPeriod] = useState<Period>('last12Months');
  const [page, setPage] = useState(1);
  const sales = useAccountSales(account.id, { ...rangeOf(period), limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, sort: '-soldOn' });
  const [drawer, setDrawer] = useState<{ isOpen: boolean; record: SalesRecord | null }>({ isOpen: false, record: null });
  const mayWrite = canEdit && canWriteSales;
  const edit = (record: SalesRecord) => setDrawer({ isOpen: true, record });
  // The current year is not over: it gets no growth rate against a whole year.
  const currentYear = dayjs().year();
  const years: YearRow[] = (sales.data?.byYear ?? []).map((y, i, all) => ({
    ...y,
    growth: i > 0 && y.year < currentYear && all[i - 1].amountFen > 0 ? Math.round(((y.amountFen - all[i - 1].amountFen) / all[i - 1].amountFen) * 1000) / 10 : null,
  }));

  return (
    <>
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 12 }}>
        <Segmented<Period>
          value={period}
          onChange={(value) => {
            setPeriod(value);
            setPage(1);
          }}
          options={PERIODS.map((p) => ({ value: p, label: t(`sales.period.${p}`) }))}
        />
        {mayWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ isOpen: true, record: null })}>
            {t('sales.create')}
          </Button>
        )}
      </Flex>
      {sales.error && <Alert type="error" showIcon title={errorText(t, sales.error)} style={{ marginBottom: 16 }} />}
      <SalesTotals totals={sales.data?.totals} isLoading={sales.isFetching} />
      {years.length > 0 && (
        <Card size="small" title={t('sales.byYear.title')} style={{ marginBottom: 16 }}>
          <Table<YearRow>
            rowKey="year"
            size="small"
            pagination={false}
            dataSource={years}
            scroll={{ x: 'max-content' }}
            columns={[
              { key: 'year', title: t('sales.byYear.year'), render: (_, y) => (y.year === currentYear ? t('sales.byYear.toDate', { year: y.year }) : y.year) },
              { key: 'amount', title: t('sales.totals.amount'), align: 'right', render: (_, y) => formatYuanShort(y.amountFen, locale) },
              {
                key: 'growth',
                title: t('sales.byYear.growth'),
                align: 'right',
                render: (_, y) => (y.growth === null ? '—' : <Typography.Text type={y.growth < 0 ? 'danger' : 'success'}>{`${y.growth > 0 ? '+' : ''}${y.growth}%`}</Typography.Text>),
              },
              { key: 'margin', title: t('sales.totals.margin'), align: 'right', render: (_, y) => formatYuanShort(y.marginFen, locale) },
              { key: 'count', title: t('sales.byYear.count'), align: 'right', dataIndex: 'count' },
            ]}
          />
        </Card>
      )}
      {isPhone ? (
        <>
          <SalesCards records={sales.data?.items ?? []} isLoading={sales.isFetching} isAccountShown={false} onEdit={edit} canEdit={() => mayWrite} />
          <Flex justify="center" style={{ marginTop: 12 }}>
            <Pagination simple current={page} pageSize={PAGE_SIZE} total={sales.data?.total ?? 0} onChange={setPage} />
          </Flex>
        </>
      ) : (
        <SalesTable
          records={sales.data?.items ?? []}
          isLoading={sales.isFetching}
          isAccountShown={false}
          canEdit={() => mayWrite}
          onEdit={edit}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: sales.data?.total ?? 0, showSizeChanger: false, onChange: setPage, showTotal: (n) => t('common.total', { total: n }) }}
        />
      )}
      {mayWrite && <SalesFormDrawer isOpen={drawer.isOpen} record={drawer.record} accountId={account.id} onClose={() => setDrawer({ isOpen: false, record: null })} />}
    </>
  );
}
