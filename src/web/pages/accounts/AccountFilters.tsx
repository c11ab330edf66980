import { FilterOutlined } from '@ant-design/icons';
import { Badge, Button, Checkbox, DatePicker, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_TYPES, INDUSTRIES, LIFECYCLE_STAGES, OWNERSHIP_TYPES, REGIONS } from '../../../domain/accounts/lists.ts';
import { useAccount } from '../../api/accounts.queries.ts';
import { useUser } from '../../api/users.queries.ts';
import { AccountSelect } from '../../components/AccountSelect.tsx';
import { codeOptions } from '../../components/codeLabels.ts';
import { UserSelect } from '../../components/UserSelect.tsx';
import { useAccess } from '../../hooks/useAccess.ts';
import { useDebouncedValue } from '../../hooks/useDebouncedValue.ts';
import { COMPLETENESS_BANDS, REVIEW_STATUSES, type AccountListState } from './accountListParams.ts';

type Props = { state: AccountListState; onChange: (patch: Partial<AccountListState>) => void; onClear: () => void; hasFilters: boolean };

const fieldStyle = { flex: '1 1 150px', minWidth: 140, maxWidth: 220 };

// Filters that are not in the first row; the "more" button shows how many of them are set.
const MORE_KEYS = ['ownership', 'customerType', 'tag', 'completenessBelow', 'reviewStatus', 'updatedSince', 'isMine', 'isToReassign', 'parentId'] as const;

export function AccountFilters({ state, onChange, onClear, hasFilters }: Props) {
  const { t } = useTranslation();
  const { canTransferAccounts } = useAccess();
  const [search, setSearch] = useState(state.q);
  const debounced = useDebouncedValue(search, 400);
  const moreCount = MORE_KEYS.filter((key) => state[key] !== null && state[key] !== false).length;
  const [isMoreOpen, setMoreOpen] = useState(moreCount > 0);
  const [tag, setTag] = useState(state.tag ?? '');
  // Names for ids that came with the address (a bookmark, a saved view, a link from a team page).
  const owner = useUser(state.ownerId ?? undefined).data;
  const parent = useAccount(state.parentId ?? undefined).data;

  // The search text last sent to the address: its echo must not overwrite what was typed since.
  const sentQ = useRef(state.q);
  useEffect(() => {
    if (debounced.trim() === state.q) return;
    sentQ.current = debounced.trim();
    onChange({ q: debounced });
    // Runs on typing only (the debounced text); `state.q` and `onChange` follow from it.
  }, [debounced]);
  // A saved view or "clear" replaces the state: show its search text and tag (but do not trim
  // what the user is typing, and do not bring back text the user cleared while its echo was on its way).
  useEffect(() => {
    if (state.q === sentQ.current) return;
    sentQ.current = state.q;
    if (state.q !== search.trim()) setSearch(state.q);
  }, [state.q]);
  useEffect(() => setTag(state.tag ?? ''), [state.tag]);

  const select = <K extends keyof AccountListState>(key: K, label: string, allLabel: string, options: { value: string | number; label: string }[]) => (
    <Select
      aria-label={label}
      placeholder={allLabel}
      value={(state[key] ?? undefined) as string | number | undefined}
      onChange={(value) => onChange({ [key]: value ?? null } as Partial<AccountListState>)}
      options={options}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      style={fieldStyle}
    />
  );

  return (
    <div style={{ marginBottom: 16 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        <Input.Search
          aria-label={t('accounts.search')}
          placeholder={t('accounts.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          onSearch={(value) => onChange({ q: value })}
          allowClear
          style={{ flex: '3 1 260px', minWidth: 200, maxWidth: 400 }}
        />
        <UserSelect
          aria-label={t('accounts.column.owner')}
          placeholder={t('accounts.allOwners')}
          value={state.ownerId}
          onChange={(ownerId) => onChange({ ownerId })}
          isActiveOnly={false}
          initialOption={owner ? { value: owner.id, label: owner.name } : null}
          style={fieldStyle}
        />
        {select('lifecycleStage', t('accounts.column.lifecycleStage'), t('accounts.allStages'), codeOptions(t, 'account.stage', LIFECYCLE_STAGES))}
        {select('industry', t('accounts.column.industry'), t('accounts.allIndustries'), codeOptions(t, 'account.industry', INDUSTRIES))}
        {select('region', t('accounts.column.region'), t('accounts.allRegions'), codeOptions(t, 'account.region', REGIONS))}
        <Badge count={isMoreOpen ? 0 : moreCount} size="small">
          <Button icon={<FilterOutlined />} onClick={() => setMoreOpen(!isMoreOpen)} aria-expanded={isMoreOpen}>
            {isMoreOpen ? t('accounts.lessFilters') : t('accounts.moreFilters')}
          </Button>
        </Badge>
        {hasFilters && (
          <Button type="link" onClick={onClear}>
            {t('accounts.clearFilters')}
          </Button>
        )}
      </div>
      {isMoreOpen && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 8, alignItems: 'center' }}>
          {select('ownership', t('accounts.column.ownership'), t('accounts.allOwnerships'), codeOptions(t, 'account.ownership', OWNERSHIP_TYPES))}
          {select('customerType', t('accounts.column.customerType'), t('accounts.allCustomerTypes'), codeOptions(t, 'account.customerType', CUSTOMER_TYPES))}
          <Input
            aria-label={t('accounts.column.tags')}
            placeholder={t('accounts.tagFilter')}
            value={tag}
            maxLength={30}
            onChange={(event) => setTag(event.target.value)}
            onBlur={() => tag.trim() !== (state.tag ?? '') && onChange({ tag: tag.trim() || null })}
            onPressEnter={() => onChange({ tag: tag.trim() || null })}
            allowClear
            style={fieldStyle}
          />
          {select(
            'completenessBelow',
            t('accounts.column.completeness'),
            t('accounts.allCompleteness'),
            COMPLETENESS_BANDS.map((band) => ({ value: band, label: band === 100 ? t('accounts.incomplete') : t('accounts.completenessBelow', { n: band }) })),
          )}
          {select('reviewStatus', t('accounts.column.reviewStatus'), t('accounts.allReviewStatuses'), codeOptions(t, 'account.reviewStatus', REVIEW_STATUSES))}
          <DatePicker
            aria-label={t('accounts.updatedSince')}
            placeholder={t('accounts.updatedSince')}
            value={state.updatedSince ? dayjs(state.updatedSince) : null}
            onChange={(date) => onChange({ updatedSince: date ? date.format('YYYY-MM-DD') : null })}
            style={fieldStyle}
          />
          <AccountSelect
            aria-label={t('accounts.column.parent')}
            placeholder={t('accounts.parentFilter')}
            value={state.parentId}
            onChange={(parentId) => onChange({ parentId })}
            initialOption={parent ? { value: parent.id, label: parent.name } : null}
            style={{ ...fieldStyle, maxWidth: 280 }}
          />
          <Checkbox checked={state.isMine} onChange={(event) => onChange({ isMine: event.target.checked })}>
            {t('accounts.mine')}
          </Checkbox>
          {canTransferAccounts && (
            <Checkbox checked={state.isToReassign} onChange={(event) => onChange({ isToReassign: event.target.checked })}>
              {t('accounts.toReassign')}
            </Checkbox>
          )}
        </div>
      )}
    </div>
  );
}
