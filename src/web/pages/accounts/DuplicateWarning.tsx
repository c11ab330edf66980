import { Alert, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { normaliseCreditCode } from '../../../domain/accounts/credit-code.ts';
import { useAccountLookup } from '../../api/accounts.queries.ts';
import { useDebouncedValue } from '../../hooks/useDebouncedValue.ts';
import { RequestAccessModal } from '../access-requests/RequestAccessModal.tsx';

type Props = { name: string | undefined; creditCode: string | undefined; excludeId?: string };

type Match = { id: string; name: string; archiveNo: string; ownerName: string | null };

// ARC-5 before creating: does the company already have this customer? Exact name or credit
// code → who owns it (no archive content), with a way to open it or ask to read it.
export function DuplicateWarning({ name, creditCode, excludeId }: Props) {
  const { t } = useTranslation();
  const nameQuery = useDebouncedValue((name ?? '').trim(), 500);
  const codeQuery = useDebouncedValue(normaliseCreditCode(creditCode ?? ''), 500);
  const byName = useAccountLookup({ name: nameQuery || undefined });
  const byCode = useAccountLookup({ creditCode: codeQuery.length === 18 ? codeQuery : undefined });
  const [requesting, setRequesting] = useState<Match | null>(null);

  const matches = [...(byName.data?.items ?? []), ...(byCode.data?.items ?? [])].filter(
    (match, index, all) => match.id !== excludeId && all.findIndex((other) => other.id === match.id) === index,
  );
  if (matches.length === 0) return null;

  return (
    <>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('accounts.duplicate.title')}
        description={
          <Flex vertical gap={6}>
            {matches.map((match) => (
              <Flex key={match.id} gap={8} wrap align="center">
                <Typography.Text strong>{match.name}</Typography.Text>
                <Typography.Text type="secondary">
                  {match.archiveNo} · {t('accounts.duplicate.owner', { name: match.ownerName ?? '—' })}
                </Typography.Text>
                <Link to={`/accounts/${match.id}`} target="_blank">
                  {t('accounts.duplicate.open')}
                </Link>
                <Button size="small" type="link" onClick={() => setRequesting(match)} style={{ paddingInline: 0 }}>
                  {t('accessRequests.request')}
                </Button>
              </Flex>
            ))}
            <Typography.Text type="secondary">{t('accounts.duplicate.hint')}</Typography.Text>
          </Flex>
        }
      />
      <RequestAccessModal account={requesting} onClose={() => setRequesting(null)} />
    </>
  );
}
