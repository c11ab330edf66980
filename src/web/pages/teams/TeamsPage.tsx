import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTeams } from '../../api/teams.queries.ts';
import type { Team } from '../../api/types.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useAccess } from '../../hooks/useAccess.ts';
import { useIsPhone } from '../../hooks/useIsPhone.ts';
import { errorText } from '../../i18n/errorText.ts';
import { TeamFormModal } from './TeamFormModal.tsx';

const collator = new Intl.Collator('zh-CN');

export function TeamsPage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const { canManageUsers } = useAccess();
  const teams = useTeams();
  const [editing, setEditing] = useState<{ isOpen: boolean; teamId: string | null }>({ isOpen: false, teamId: null });
  // The current copy from the list, so that a reload after a version conflict reaches the form.
  const editingTeam = teams.data?.items.find((team) => team.id === editing.teamId) ?? null;

  const columns: TableColumnsType<Team> = [
    { title: t('team.name'), dataIndex: 'name', key: 'name', sorter: (a, b) => collator.compare(a.name, b.name), defaultSortOrder: 'ascend' },
    { title: t('team.manager'), dataIndex: 'managerName', key: 'manager', render: (name: string | null) => name ?? '—' },
    {
      title: t('team.memberCount'),
      dataIndex: 'memberCount',
      key: 'members',
      align: 'right',
      sorter: (a, b) => a.memberCount - b.memberCount,
      render: (count: number, team) => (
        <Link to={`/users?teamId=${encodeURIComponent(team.id)}`} aria-label={t('teams.showMembers', { name: team.name })}>
          {count}
        </Link>
      ),
    },
  ];
  if (canManageUsers) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, team) => (
        <Button type="link" size="small" onClick={() => setEditing({ isOpen: true, teamId: team.id })}>
          {t('common.edit')}
        </Button>
      ),
    });
  }

  return (
    <>
      <PageHeader
        title={t('menu.teams')}
        description={t('teams.description')}
        extra={
          canManageUsers && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ isOpen: true, teamId: null })}>
              {t('teams.create')}
            </Button>
          )
        }
      />
      {teams.error && <Alert type="error" showIcon title={errorText(t, teams.error)} style={{ marginBottom: 16 }} />}
      <Table<Team>
        rowKey="id"
        columns={columns}
        dataSource={teams.data?.items ?? []}
        loading={teams.isFetching}
        scroll={{ x: 'max-content' }}
        size={isPhone ? 'small' : 'middle'}
        pagination={false}
        locale={{ emptyText: t('teams.empty') }}
      />
      <TeamFormModal isOpen={editing.isOpen} team={editingTeam} onClose={() => setEditing({ isOpen: false, teamId: null })} />
    </>
  );
}
