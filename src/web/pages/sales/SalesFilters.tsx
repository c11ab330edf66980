import { Button, DatePicker, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useProductCategories } from '../../api/products.queries.ts';
import { AccountSelect } from '../../components/AccountSelect.tsx';
import { UserSelect } from '../../components/UserSelect.tsx';
import { ProductSelect } from '../products/ProductSelect.tsx';
import { PAYMENT_STATUSES, type SalesListState } from './salesListParams.ts';

type Props = { state: SalesListState; onChange: (patch: Partial<SalesListState>) => void; onClear: () => void; hasFilters: boolean };

const fieldStyle = { flex: '1 1 170px', minWidth: 150, maxWidth: 240 };

// The periods people ask about: this year, last year, the last 12 months, this quarter.
export const periodPresets = (t: (key: string) => string) => {
  const today = dayjs();
  return [
    { label: t('sales.period.thisYear'), value: [today.startOf('year'), today] as [Dayjs, Dayjs] },
    { label: t('sales.period.lastYear'), value: [today.subtract(1, 'year').startOf('year'), today.subtract(1, 'year').endOf('year')] as [Dayjs, Dayjs] },
    { label: t('sales.period.last12Months'), value: [today.subtract(12, 'month').add(1, 'day'), today] as [Dayjs, Dayjs] },
    { label: t('sales.period.thisQuarter'), value: [today.subtract(today.month() % 3, 'month').startOf('month'), today] as [Dayjs, Dayjs] },
  ];
};

export function SalesFilters({ state, onChange, onClear, hasFilters }: Props) {
  const { t } = useTranslation();
  const categories = useProductCategories();
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 16, alignItems: 'center' }}>
      <DatePicker.RangePicker
        aria-label={t('sales.period.label')}
        value={[state.from ? dayjs(state.from) : null, state.to ? dayjs(state.to) : null]}
        onChange={(range) => onChange({ from: range?.[0]?.format('YYYY-MM-DD') ?? null, to: range?.[1]?.format('YYYY-MM-DD') ?? null })}
        presets={periodPresets(t)}
        allowEmpty={[true, true]}
        style={{ flex: '2 1 240px', minWidth: 220, maxWidth: 300 }}
      />
      <AccountSelect
        aria-label={t('sales.field.account')}
        value={state.accountId}
        initialOption={state.accountId ? { value: state.accountId, label: state.accountName ?? state.accountId } : null}
        onChange={(accountId) => onChange({ accountId, accountName: null })}
        style={fieldStyle}
      />
      <ProductSelect aria-label={t('sales.field.product')} isActiveOnly={false} value={state.productId} onChange={(productId) => onChange({ productId })} style={fieldStyle} />
      <Select
        aria-label={t('products.field.category')}
        placeholder={t('products.allCategories')}
        value={state.category ?? undefined}
        onChange={(category?: string) => onChange({ category: category ?? null })}
        options={(categories.data?.items ?? []).map((c) => ({ value: c.category, label: c.category }))}
        allowClear
        style={fieldStyle}
      />
      <UserSelect
        aria-label={t('sales.field.salesperson')}
        placeholder={t('sales.allSalespeople')}
        isActiveOnly={false}
        value={state.salespersonId}
        onChange={(salespersonId) => onChange({ salespersonId })}
        style={fieldStyle}
      />
      <Select
        aria-label={t('sales.field.payment')}
        placeholder={t('sales.allPayments')}
        value={state.paymentStatus ?? undefined}
        onChange={(paymentStatus?: SalesListState['paymentStatus']) => onChange({ paymentStatus: paymentStatus ?? null })}
        options={PAYMENT_STATUSES.map((status) => ({ value: status, label: t(`sales.payment.${status}`) }))}
        allowClear
        style={fieldStyle}
      />
      <Select
        aria-label={t('sales.field.isReturn')}
        placeholder={t('sales.allKinds')}
        value={state.isReturn === null ? undefined : String(state.isReturn)}
        onChange={(value?: string) => onChange({ isReturn: value === undefined ? null : value === 'true' })}
        options={[
          { value: 'false', label: t('sales.onlySales') },
          { value: 'true', label: t('sales.onlyReturns') },
        ]}
        allowClear
        style={fieldStyle}
      />
      {hasFilters && (
        <Button type="link" onClick={onClear}>
          {t('sales.clearFilters')}
        </Button>
      )}
    </div>
  );
}
