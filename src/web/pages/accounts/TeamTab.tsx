import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Form, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_TEAM_ROLES, type AccountTeamRole } from '../../../domain/accounts/lists.ts';
import { useSetAccountTeam } from '../../api/accounts.queries.ts';
import type { AccountDetail, AccountTeamMember } from '../../api/types.ts';
import { codeLabel, codeOptions } from '../../components/codeLabels.ts';
import { formatDate } from '../../components/formatDate.ts';
import { UserSelect } from '../../components/UserSelect.tsx';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';

type Props = { account: AccountDetail; canEdit: boolean };

type Values = { members: { userId: string | null; role: AccountTeamRole }[] };

// 团队: the colleagues serving the account besides its owner (sales, technical, marketing, R&D,
// service, finance); team members see the archive.
export function TeamTab({ account, canEdit }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const setTeam = useSetAccountTeam();
  const handleError = useApiErrorHandler();
  const [isEditing, setEditing] = useState(false);

  const save = (values: Values) => {
    const members = values.members.filter((m): m is { userId: string; role: AccountTeamRole } => Boolean(m.userId));
    const unique = members.filter((m, i) => members.findIndex((other) => other.userId === m.userId) === i);
    setTeam.mutate(
      { id: account.id, body: { members: unique } },
      { onSuccess: () => { void message.success(t('accounts.team.saved')); setEditing(false); }, onError: (error) => handleError(error, form) },
    );
  };

  const owner = (
    <Typography.Paragraph>
      <Typography.Text type="secondary">{t('account.field.ownerId')}{t('common.colon')}</Typography.Text>
      {account.ownerName ?? '—'}
      {account.executiveSponsorName && (
        <>
          {' · '}
          <Typography.Text type="secondary">{t('account.field.executiveSponsorId')}{t('common.colon')}</Typography.Text>
          {account.executiveSponsorName}
        </>
      )}
    </Typography.Paragraph>
  );

  if (isEditing) {
    return (
      <Card size="small" title={t('accounts.team.editTitle')}>
        {owner}
        <Form<Values>
          form={form}
          onFinish={save}
          initialValues={{ members: account.team.map((m) => ({ userId: m.userId, role: m.role })) }}
        >
          <Form.List name="members">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} wrap align="start">
                    <Form.Item name={[field.name, 'userId']} rules={[{ required: true, message: t('validation.required') }]} style={{ flex: '2 1 220px', margin: 0 }}>
                      <UserSelect
                        aria-label={t('accounts.team.member')}
                        initialOption={(() => {
                          const member = account.team[field.name] as AccountTeamMember | undefined;
                          return member ? { value: member.userId, label: `${member.name} (${member.username})` } : null;
                        })()}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'role']} rules={[{ required: true, message: t('validation.required') }]} style={{ flex: '1 1 140px', margin: 0 }}>
                      <Select aria-label={t('accounts.team.role')} options={codeOptions(t, 'account.teamRole', ACCOUNT_TEAM_ROLES)} />
                    </Form.Item>
                    <Button icon={<DeleteOutlined />} aria-label={t('common.remove')} onClick={() => remove(field.name)} />
                  </Flex>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ userId: null, role: 'sales' })} disabled={fields.length >= 50}>
                  {t('accounts.team.add')}
                </Button>
              </Flex>
            )}
          </Form.List>
          <Flex justify="end" gap={8} style={{ marginTop: 16 }}>
            <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={setTeam.isPending}>
              {t('common.save')}
            </Button>
          </Flex>
        </Form>
      </Card>
    );
  }

  return (
    <Card
      size="small"
      title={t('accounts.team.title')}
      extra={canEdit && <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>{t('common.edit')}</Button>}
    >
      {owner}
      {account.team.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('accounts.team.empty')} />
      ) : (
        <Table<AccountTeamMember>
          rowKey="userId"
          size="small"
          pagination={false}
          dataSource={account.team}
          scroll={{ x: 'max-content' }}
          columns={[
            { key: 'name', title: t('user.name'), render: (_, m) => `${m.name} (${m.username})` },
            { key: 'role', title: t('accounts.team.role'), render: (_, m) => <Tag color="blue">{codeLabel(t, 'account.teamRole', m.role)}</Tag> },
            { key: 'addedAt', title: t('accounts.team.addedAt'), render: (_, m) => formatDate(m.addedAt) },
          ]}
        />
      )}
    </Card>
  );
}
