import { Button, Flex, Result } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RequestAccessModal } from '../access-requests/RequestAccessModal.tsx';

// An archive the user may not see answers 404 like one that does not exist (ARC-5). If they
// know it exists (a link from a colleague), they can ask the owner's manager for read access.
export function AccountNotFound({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [isRequesting, setRequesting] = useState(false);
  const [isSent, setSent] = useState(false);
  return (
    <>
      <Result
        status="404"
        title={t('accounts.notFound.title')}
        subTitle={isSent ? t('accounts.notFound.sent') : t('accounts.notFound.description')}
        extra={
          <Flex gap={8} justify="center" wrap>
            <Button onClick={() => navigate('/accounts')}>{t('accounts.backToList')}</Button>
            {isSent ? (
              <Button type="primary" onClick={() => navigate('/access-requests?scope=mine')}>
                {t('accessRequests.viewMine')}
              </Button>
            ) : (
              <Button type="primary" onClick={() => setRequesting(true)}>
                {t('accessRequests.request')}
              </Button>
            )}
          </Flex>
        }
      />
      <RequestAccessModal account={isRequesting ? { id: accountId } : null} onClose={() => setRequesting(false)} onRequested={() => setSent(true)} />
    </>
  );
}
