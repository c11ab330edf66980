import { App, Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../domain/users/roles.ts';
import type { User } from '../../api/types.ts';
import { useCreateUser, useUpdateUser, useUser, type UpdateUserBody } from '../../api/users.queries.ts';
import { confirmRules, passwordRules, requiredText, usernameRules } from '../../components/formRules.ts';
import { roleOptions } from '../../components/roleOptions.ts';
import { TeamSelect } from '../../components/TeamSelect.tsx';
import { UserSelect } from '../../components/UserSelect.tsx';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';
import { LOCALE_NAMES, LOCALES, type Locale } from '../../i18n/locales.ts';
import { FormDrawer } from '../../components/FormDrawer.tsx';

type Values = {
  username: string;
  name: string;
  email: string;
  password: string;
  confirmPassword: string;
  role: Role;
  teamId: string | null;
  managerId: string | null;
  locale: Locale;
};

// `userId` set: edit that user; undefined: create one.
type Props = { isOpen: boolean; userId?: string; onClose: () => void };

const EDITABLE = ['name', 'email', 'role', 'teamId', 'managerId', 'locale'] as const;

const valuesOf = (user: User): Partial<Values> => ({
  username: user.username,
  name: user.name,
  email: user.email ?? '',
  role: user.role,
  teamId: user.teamId,
  managerId: user.managerId,
  locale: user.locale as Locale,
});

// Only what the administrator changed is sent, with the version that was read (409 if stale).
function changesOf(user: User, values: Values): UpdateUserBody {
  const next: Record<string, unknown> = { ...values, email: values.email.trim() || null, name: values.name.trim() };
  const current: Record<string, unknown> = valuesOf(user);
  current.email = user.email;
  const body: Record<string, unknown> = { version: user.version };
  for (const key of EDITABLE) if (next[key] !== current[key]) body[key] = next[key];
  return body as UpdateUserBody;
}

export function UserFormDrawer({ isOpen, userId, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const isEdit = Boolean(userId);
  const existing = useUser(isOpen ? userId : undefined);
  const createUser = useCreateUser();
  const updateUser = useUpdateUser();
  const handleError = useApiErrorHandler();
  const user = existing.data;

  // Show the stored record, again whenever it changes (e.g. reloaded after a version conflict).
  useEffect(() => {
    if (isOpen && user) form.setFieldsValue(valuesOf(user));
  }, [isOpen, user, form]);

  const submit = (values: Values) => {
    const onError = (error: unknown) => handleError(error, form);
    if (user) {
      updateUser.mutate(
        { id: user.id, body: changesOf(user, values) },
        { onSuccess: () => { void message.success(t('users.saved')); onClose(); }, onError },
      );
      return;
    }
    const { confirmPassword: _confirm, email, ...rest } = values;
    createUser.mutate(
      { ...rest, username: rest.username.trim(), name: rest.name.trim(), email: email?.trim() || null },
      { onSuccess: (created) => { void message.success(t('users.created', { name: created.name })); onClose(); }, onError },
    );
  };

  const isSaving = createUser.isPending || updateUser.isPending;
  return (
    <FormDrawer
      title={isEdit ? t('users.editTitle', { name: user?.name ?? '' }) : t('users.createTitle')}
      isOpen={isOpen}
      onClose={onClose}
      form={form}
      width={480}
      submitLabel={isEdit ? t('common.save') : t('users.create')}
      isSaving={isSaving}
      isLoading={isEdit && !user}
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ role: 'account_manager', locale: 'zh-CN', teamId: null, managerId: null, email: '' }}>
        <Form.Item name="username" label={t('user.username')} rules={isEdit ? [] : usernameRules(t)} extra={isEdit ? undefined : t('user.usernameHint')}>
          <Input autoComplete="off" disabled={isEdit} />
        </Form.Item>
        <Form.Item name="name" label={t('user.name')} rules={requiredText(t)}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="email" label={t('user.email')} rules={[{ type: 'email', message: t('validation.email') }]}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        {!isEdit && (
          <>
            <Form.Item name="password" label={t('user.initialPassword')} rules={passwordRules(t)} extra={t('password.hint')}>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item name="confirmPassword" label={t('password.confirm')} dependencies={['password']} rules={confirmRules(t, 'password')}>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </>
        )}
        <Form.Item name="role" label={t('user.role')} rules={[{ required: true, message: t('validation.required') }]}>
          <Select options={roleOptions(t)} />
        </Form.Item>
        <Form.Item name="teamId" label={t('user.team')}>
          <TeamSelect />
        </Form.Item>
        <Form.Item name="managerId" label={t('user.manager')}>
          <UserSelect
            excludeId={user?.id}
            initialOption={user?.managerId ? { value: user.managerId, label: user.managerName ?? user.managerId } : null}
          />
        </Form.Item>
        <Form.Item name="locale" label={t('user.locale')}>
          <Select options={LOCALES.map((value) => ({ value, label: LOCALE_NAMES[value] }))} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
