import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types.ts';
import { useUpdateUser, useUsers } from '../../api/users.queries.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useAccess } from '../../hooks/useAccess.ts';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';
import { useCurrentUser } from '../../hooks/useCurrentUser.ts';
import { errorText } from '../../i18n/errorText.ts';
import { ResetPasswordModal } from './ResetPasswordModal.tsx';
import { UserFilters } from './UserFilters.tsx';
import { UserFormDrawer } from './UserFormDrawer.tsx';
import { UserTable } from './UserTable.tsx';
import { useUserListParams } from './useUserListParams.ts';

// The user directory: everyone with users:read may look; users:manage may create and change.
export function UsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { canManageUsers } = useAccess();
  const me = useCurrentUser();
  const { state, update, query } = useUserListParams();
  const users = useUsers(query);
  const updateUser = useUpdateUser();
  const handleError = useApiErrorHandler();
  const [drawer, setDrawer] = useState<{ isOpen: boolean; userId?: string }>({ isOpen: false });
  const [resetting, setResetting] = useState<User | null>(null);

  const toggleDisabled = (user: User) =>
    updateUser.mutate(
      { id: user.id, body: { version: user.version, isDisabled: !user.isDisabled } },
      {
        onSuccess: (saved) => void message.success(t(saved.isDisabled ? 'users.disabledDone' : 'users.enabledDone', { name: saved.name })),
        onError: (error) => handleError(error),
      },
    );

  return (
    <>
      <PageHeader
        title={t('menu.users')}
        description={t('users.description')}
        extra={
          canManageUsers && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ isOpen: true })}>
              {t('users.create')}
            </Button>
          )
        }
      />
      <UserFilters state={state} onChange={update} />
      {users.error && <Alert type="error" showIcon title={errorText(t, users.error)} style={{ marginBottom: 16 }} />}
      <UserTable
        items={users.data?.items ?? []}
        total={users.data?.total ?? 0}
        isLoading={users.isFetching}
        state={state}
        onChange={update}
        actions={
          canManageUsers
            ? {
                currentUserId: me.user.id,
                onEdit: (user) => setDrawer({ isOpen: true, userId: user.id }),
                onResetPassword: setResetting,
                onToggleDisabled: toggleDisabled,
              }
            : undefined
        }
      />
      <UserFormDrawer isOpen={drawer.isOpen} userId={drawer.userId} onClose={() => setDrawer({ isOpen: false })} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
