import { useTranslation } from 'react-i18next';
import { useAccounts } from '../api/accounts.queries.ts';
import { RemoteSelect, type PickerProps } from './RemoteSelect.tsx';

const useAccountOptions = (q: string, isEnabled: boolean) => {
  const accounts = useAccounts({ q: q || undefined, sort: 'name', limit: 20 }, { enabled: isEnabled });
  const options = (accounts.data?.items ?? []).map((account) => ({ value: account.id, label: `${account.name} (${account.archiveNo})` }));
  return { options, isFetching: accounts.isFetching };
};

// Picks one of the accounts the user may see, searched on the server (name, pinyin, initials).
export function AccountSelect({ placeholder, ...props }: PickerProps) {
  const { t } = useTranslation();
  return <RemoteSelect {...props} placeholder={placeholder ?? t('accounts.searchAccount')} useSearch={useAccountOptions} />;
}
