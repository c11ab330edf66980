import { Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../domain/users/roles.ts';
import { roleOptions } from '../../components/roleOptions.ts';
import { TeamSelect } from '../../components/TeamSelect.tsx';
import { useDebouncedValue } from '../../hooks/useDebouncedValue.ts';
import type { UserListState, UserStatus } from './userListParams.ts';

type Props = { state: UserListState; onChange: (patch: Partial<UserListState>) => void };

const fieldStyle = { flex: '1 1 160px', minWidth: 140, maxWidth: 240 };

export function UserFilters({ state, onChange }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(state.q);
  const debounced = useDebouncedValue(search, 400);
  useEffect(() => {
    if (debounced.trim() !== state.q) onChange({ q: debounced });
    // Runs on typing only (the debounced text); `state.q` and `onChange` follow from it.
  }, [debounced]);

  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 16 }}>
      <Input.Search
        aria-label={t('users.search')}
        placeholder={t('users.search')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        onSearch={(value) => onChange({ q: value })}
        allowClear
        style={{ flex: '2 1 220px', minWidth: 180, maxWidth: 360 }}
      />
      <Select<Role>
        aria-label={t('user.role')}
        placeholder={t('users.allRoles')}
        value={state.role ?? undefined}
        onChange={(role) => onChange({ role: role ?? null })}
        options={roleOptions(t)}
        allowClear
        style={fieldStyle}
      />
      <TeamSelect aria-label={t('user.team')} value={state.teamId} onChange={(teamId) => onChange({ teamId })} placeholder={t('users.allTeams')} style={fieldStyle} />
      <Select<UserStatus>
        aria-label={t('user.status')}
        placeholder={t('users.allStatuses')}
        value={state.status ?? undefined}
        onChange={(status) => onChange({ status: status ?? null })}
        options={[
          { value: 'active', label: t('user.active') },
          { value: 'disabled', label: t('user.disabled') },
        ]}
        allowClear
        style={fieldStyle}
      />
    </div>
  );
}
