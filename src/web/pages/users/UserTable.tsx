import { Badge, Button, Popconfirm, Space, Table, Tag, type TableColumnsType, type TableProps } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types.ts';
import { formatDateTime } from '../../components/formatDate.ts';
import { useIsPhone } from '../../hooks/useIsPhone.ts';
import { PAGE_SIZES, type UserListState } from './userListParams.ts';

type Props = {
  items: User[];
  total: number;
  isLoading: boolean;
  state: UserListState;
  onChange: (patch: Partial<UserListState>) => void;
  // Present only for users who may manage users.
  actions?: {
    // The signed-in administrator cannot disable themself from here.
    currentUserId: string;
    onEdit: (user: User) => void;
    onResetPassword: (user: User) => void;
    onToggleDisabled: (user: User) => void;
  };
};

const orderOf = (sort: string | null, field: string): SortOrder => (sort === field ? 'ascend' : sort === `-${field}` ? 'descend' : null);

export function UserTable({ items, total, isLoading, state, onChange, actions }: Props) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const sortable = (field: string) => ({ sorter: true, sortOrder: orderOf(state.sort, field), sortDirections: ['ascend' as const, 'descend' as const] });

  const columns: TableColumnsType<User> = [
    { title: t('user.username'), dataIndex: 'username', key: 'username', ...sortable('username') },
    { title: t('user.name'), dataIndex: 'name', key: 'name', ...sortable('name') },
    { title: t('user.role'), dataIndex: 'role', key: 'role', ...sortable('role'), render: (role: User['role']) => <Tag color={role === 'admin' ? 'gold' : 'blue'}>{t(`role.${role}`)}</Tag> },
    { title: t('user.team'), dataIndex: 'teamName', key: 'team', render: (name: string | null) => name ?? '—' },
    { title: t('user.manager'), dataIndex: 'managerName', key: 'manager', render: (name: string | null) => name ?? '—' },
    { title: t('user.email'), dataIndex: 'email', key: 'email', render: (email: string | null) => email ?? '—' },
    {
      title: t('user.status'),
      dataIndex: 'isDisabled',
      key: 'status',
      render: (isDisabled: boolean) => <Badge status={isDisabled ? 'default' : 'success'} text={isDisabled ? t('user.disabled') : t('user.active')} />,
    },
    { title: t('user.createdAt'), dataIndex: 'createdAt', key: 'createdAt', ...sortable('createdAt'), render: formatDateTime },
  ];
  if (actions) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      fixed: isPhone ? undefined : 'right',
      render: (_, user) => (
        <Space size={0} wrap={false}>
          <Button type="link" size="small" onClick={() => actions.onEdit(user)}>
            {t('common.edit')}
          </Button>
          <Button type="link" size="small" onClick={() => actions.onResetPassword(user)}>
            {t('users.resetPassword')}
          </Button>
          {user.id !== actions.currentUserId && (
          <Popconfirm
            title={t(user.isDisabled ? 'users.enableConfirm' : 'users.disableConfirm', { name: user.name })}
            description={user.isDisabled ? undefined : t('users.disableEffect')}
            okText={t(user.isDisabled ? 'users.enable' : 'users.disable')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: !user.isDisabled }}
            onConfirm={() => actions.onToggleDisabled(user)}
          >
            <Button type="link" size="small" danger={!user.isDisabled}>
              {t(user.isDisabled ? 'users.enable' : 'users.disable')}
            </Button>
          </Popconfirm>
          )}
        </Space>
      ),
    });
  }

  const onTableChange: TableProps<User>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const one = Array.isArray(sorter) ? sorter[0] : sorter;
      const field = typeof one?.columnKey === 'string' ? one.columnKey : null;
      onChange({ sort: field && one?.order ? `${one.order === 'descend' ? '-' : ''}${field}` : null });
    } else {
      onChange({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? state.pageSize });
    }
  };

  return (
    <Table<User>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={isLoading}
      onChange={onTableChange}
      scroll={{ x: 'max-content' }}
      size={isPhone ? 'small' : 'middle'}
      pagination={{
        current: state.page,
        pageSize: state.pageSize,
        total,
        showSizeChanger: !isPhone,
        pageSizeOptions: PAGE_SIZES.map(String),
        showTotal: (count) => t('common.total', { total: count }),
        simple: isPhone,
      }}
    />
  );
}
