import { App, Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateTeam, useUpdateTeam } from '../../api/teams.queries.ts';
import type { Team } from '../../api/types.ts';
import { requiredText } from '../../components/formRules.ts';
import { UserSelect } from '../../components/UserSelect.tsx';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';

type Values = { name: string; managerId: string | null };

// `team` set: rename it or change its manager; null: create a team.
type Props = { isOpen: boolean; team: Team | null; onClose: () => void };

export function TeamFormModal({ isOpen, team, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const createTeam = useCreateTeam();
  const updateTeam = useUpdateTeam();
  const handleError = useApiErrorHandler();

  useEffect(() => {
    if (isOpen) form.setFieldsValue({ name: team?.name ?? '', managerId: team?.managerId ?? null });
  }, [isOpen, team, form]);

  const submit = (values: Values) => {
    const name = values.name.trim();
    const done = () => {
      void message.success(t('teams.saved', { name }));
      onClose();
    };
    const onError = (error: unknown) => handleError(error, form);
    if (team) {
      const body = {
        version: team.version,
        ...(name !== team.name ? { name } : {}),
        ...(values.managerId !== team.managerId ? { managerId: values.managerId } : {}),
      };
      updateTeam.mutate({ id: team.id, body }, { onSuccess: done, onError });
    } else {
      createTeam.mutate({ name, managerId: values.managerId }, { onSuccess: done, onError });
    }
  };

  return (
    <Modal
      title={team ? t('teams.editTitle', { name: team.name }) : t('teams.createTitle')}
      open={isOpen}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={team ? t('common.save') : t('teams.create')}
      cancelText={t('common.cancel')}
      confirmLoading={createTeam.isPending || updateTeam.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item name="name" label={t('team.name')} rules={requiredText(t)}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="managerId" label={t('team.manager')} extra={t('teams.managerHint')}>
          <UserSelect initialOption={team?.managerId ? { value: team.managerId, label: team.managerName ?? team.managerId } : null} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
