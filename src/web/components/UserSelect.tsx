import { useTranslation } from 'react-i18next';
import { useUsers } from '../api/users.queries.ts';
import { RemoteSelect, type PickerProps } from './RemoteSelect.tsx';

const userOptionsHook = (isActiveOnly: boolean) => (q: string, isEnabled: boolean) => {
  const users = useUsers({ q: q || undefined, isDisabled: isActiveOnly ? 'false' : undefined, sort: 'name', limit: 20 }, { enabled: isEnabled });
  const options = (users.data?.items ?? []).map((user) => ({ value: user.id, label: `${user.name} (${user.username})` }));
  return { options, isFetching: users.isFetching };
};
const useActiveUserOptions = userOptionsHook(true);
const useAnyUserOptions = userOptionsHook(false);

// Picks one user by searching the directory on the server (the list may be long).
export function UserSelect({ placeholder, isActiveOnly = true, ...props }: PickerProps & { isActiveOnly?: boolean }) {
  const { t } = useTranslation();
  return (
    <RemoteSelect {...props} placeholder={placeholder ?? t('common.searchUser')} useSearch={isActiveOnly ? useActiveUserOptions : useAnyUserOptions} />
  );
}
