import { Card, Checkbox, Empty, Flex, Pagination, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Account } from '../../api/types.ts';
import { codeLabel } from '../../components/codeLabels.ts';
import type { AccountListState } from './accountListParams.ts';
import { CompletenessBar } from './CompletenessBar.tsx';
import { ReviewStatusBadge } from './ReviewStatusBadge.tsx';
import { StageTag } from './StageTag.tsx';

type Props = {
  items: Account[];
  total: number;
  isLoading: boolean;
  state: AccountListState;
  onChange: (patch: Partial<AccountListState>) => void;
  selectedIds: string[];
  onSelect: (ids: string[]) => void;
  emptyText: string;
};

// The account list on a phone: one card per account with what matters on the road.
export function AccountCards({ items, total, isLoading, state, onChange, selectedIds, onSelect, emptyText }: Props) {
  const { t } = useTranslation();
  const toggle = (id: string, isChecked: boolean) => onSelect(isChecked ? [...selectedIds, id] : selectedIds.filter((x) => x !== id));
  return (
    <Spin spinning={isLoading}>
      {items.length === 0 && !isLoading ? (
        <Empty description={emptyText} />
      ) : (
        <Flex vertical gap={8}>
          {items.map((account) => (
            <Card key={account.id} size="small">
              <Flex gap={8} align="start">
                <Checkbox
                  aria-label={t('accounts.batch.select', { name: account.name })}
                  checked={selectedIds.includes(account.id)}
                  onChange={(event) => toggle(account.id, event.target.checked)}
                  style={{ marginTop: 2 }}
                />
                <Flex vertical gap={4} style={{ minWidth: 0, flex: 1 }}>
                  <Flex justify="space-between" gap={8} align="start">
                    <Link to={`/accounts/${account.id}`} style={{ fontWeight: 500, wordBreak: 'break-all' }}>
                      {account.name}
                    </Link>
                    <StageTag stage={account.lifecycleStage} />
                  </Flex>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {[account.archiveNo, account.ownerName, codeLabel(t, 'account.region', account.region), codeLabel(t, 'account.industry', account.industry)]
                      .filter((part) => part && part !== '—')
                      .join(' · ')}
                  </Typography.Text>
                  <Flex justify="space-between" align="center" gap={8} wrap>
                    <CompletenessBar value={account.completeness} missing={account.completenessMissing} width={80} />
                    <ReviewStatusBadge status={account.reviewStatus} />
                  </Flex>
                </Flex>
              </Flex>
            </Card>
          ))}
        </Flex>
      )}
      <Flex justify="center" style={{ marginTop: 12 }}>
        <Pagination simple current={state.page} pageSize={state.pageSize} total={total} onChange={(page) => onChange({ page })} />
      </Flex>
    </Spin>
  );
}
