import { CheckOutlined, GlobalOutlined, KeyOutlined, LockOutlined, LogoutOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Flex, Modal, Typography, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout } from '../api/auth.queries.ts';
import { useCurrentUser } from '../hooks/useCurrentUser.ts';
import { useLocale } from '../hooks/useLocale.ts';
import { isLocale, LOCALE_NAMES, LOCALES } from '../i18n/locales.ts';
import { ChangePasswordForm } from '../pages/account/ChangePasswordForm.tsx';

type Props = { isCompact: boolean };

// The top bar's user menu: who is signed in, their settings, language and sign-out.
export function UserMenu({ isCompact }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useCurrentUser();
  const { locale, setLocale } = useLocale();
  const logout = useLogout();
  const [isPasswordOpen, setPasswordOpen] = useState(false);

  const items: MenuProps['items'] = [
    {
      key: 'who',
      disabled: true,
      label: (
        <Flex vertical>
          <Typography.Text strong>{user.name}</Typography.Text>
          <Typography.Text type="secondary">
            {user.username} · {t(`role.${user.role}`)}
          </Typography.Text>
        </Flex>
      ),
    },
    { type: 'divider' },
    { key: 'account', icon: <SettingOutlined />, label: t('menu.account') },
    { key: 'tokens', icon: <KeyOutlined />, label: t('menu.tokens') },
    { key: 'password', icon: <LockOutlined />, label: t('password.change') },
    { type: 'divider' },
    // A group rather than a submenu: one tap on a phone, no hover needed.
    {
      type: 'group',
      key: 'language',
      label: (
        <span>
          <GlobalOutlined /> {t('common.language')}
        </span>
      ),
      children: LOCALES.map((key) => ({
        key,
        label: LOCALE_NAMES[key],
        lang: key,
        extra: key === locale ? <CheckOutlined /> : undefined,
      })),
    },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: t('auth.logout'), danger: true },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'account') navigate('/account');
    else if (key === 'tokens') navigate('/account/tokens');
    else if (key === 'password') setPasswordOpen(true);
    else if (key === 'logout') logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) });
    else if (isLocale(key)) void setLocale(key);
  };

  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
        <Button type="text" aria-label={t('layout.userMenu')} style={{ height: 48, paddingInline: 8 }}>
          <Flex align="center" gap={8}>
            <Avatar size="small" icon={<UserOutlined />} style={{ backgroundColor: '#1677ff' }} />
            {!isCompact && (
              <Flex vertical align="start" style={{ lineHeight: 1.3 }}>
                <Typography.Text strong>{user.name}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`role.${user.role}`)}
                </Typography.Text>
              </Flex>
            )}
          </Flex>
        </Button>
      </Dropdown>
      <Modal title={t('password.change')} open={isPasswordOpen} onCancel={() => setPasswordOpen(false)} footer={null} destroyOnHidden>
        <ChangePasswordForm onDone={() => setPasswordOpen(false)} />
      </Modal>
    </>
  );
}
