import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccess } from '../../hooks/useAccess.ts';
import { BatchModal, type BatchMode } from './BatchModal.tsx';

type Props = { selectedIds: string[]; onDone: () => void; onClear: () => void };

// Actions on the selected rows: stage and tags for your own and your team's accounts (all or
// nothing), handover to another owner for managers and the director.
export function BatchActionBar({ selectedIds, onDone, onClear }: Props) {
  const { t } = useTranslation();
  const { canTransferAccounts } = useAccess();
  const [mode, setMode] = useState<BatchMode | null>(null);
  if (selectedIds.length === 0) return null;
  return (
    <Card size="small" style={{ marginBottom: 12, background: '#e6f4ff', borderColor: '#91caff' }}>
      <Flex align="center" gap={8} wrap>
        <Typography.Text strong>{t('accounts.batch.selected', { n: selectedIds.length })}</Typography.Text>
        <Button size="small" onClick={() => setMode('stage')}>
          {t('accounts.batch.setStage')}
        </Button>
        <Button size="small" onClick={() => setMode('addTags')}>
          {t('accounts.batch.addTags')}
        </Button>
        <Button size="small" onClick={() => setMode('removeTags')}>
          {t('accounts.batch.removeTags')}
        </Button>
        {canTransferAccounts && (
          <Button size="small" onClick={() => setMode('transfer')}>
            {t('accounts.batch.transfer')}
          </Button>
        )}
        <Button size="small" type="link" onClick={onClear}>
          {t('accounts.batch.clear')}
        </Button>
      </Flex>
      <BatchModal
        mode={mode}
        accountIds={selectedIds}
        onClose={() => setMode(null)}
        onDone={() => {
          setMode(null);
          onDone();
        }}
      />
    </Card>
  );
}
