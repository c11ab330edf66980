import { ApiOutlined, AuditOutlined, FileSearchOutlined, IdcardOutlined, KeyOutlined, SettingOutlined, ShopOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Row, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAccess } from '../../hooks/useAccess.ts';
import { useCurrentUser } from '../../hooks/useCurrentUser.ts';

type Pointer = { key: string; to: string; icon: ReactNode; isExternal?: boolean; isShown: boolean };

// A welcome page: who you are and where to go. The business modules (plans, visits …) will add
// their own entries here as they arrive.
export function HomePage() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const access = useAccess();

  const pointers: Pointer[] = [
    { key: 'accounts', to: '/accounts', icon: <ShopOutlined />, isShown: access.canReadAccounts },
    { key: 'contacts', to: '/contacts', icon: <IdcardOutlined />, isShown: access.canReadAccounts },
    { key: 'accessRequests', to: '/access-requests', icon: <FileSearchOutlined />, isShown: access.canDecideAccess },
    { key: 'users', to: '/users', icon: <UserOutlined />, isShown: access.canReadUsers },
    { key: 'teams', to: '/teams', icon: <TeamOutlined />, isShown: access.canReadUsers },
    { key: 'audit', to: '/audit', icon: <AuditOutlined />, isShown: access.canReadAudit },
    { key: 'account', to: '/account', icon: <SettingOutlined />, isShown: true },
    { key: 'tokens', to: '/account/tokens', icon: <KeyOutlined />, isShown: true },
    { key: 'apiDocs', to: '/api/docs', icon: <ApiOutlined />, isExternal: true, isShown: true },
  ];

  return (
    <Flex vertical gap={16}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('home.welcome', { name: user.name })}
        </Typography.Title>
        <Flex gap={8} wrap align="center">
          <Tag color="blue">{t(`role.${user.role}`)}</Tag>
          {user.teamName && <Tag>{t('home.team', { team: user.teamName })}</Tag>}
          {user.managerName && <Tag>{t('home.manager', { manager: user.managerName })}</Tag>}
        </Flex>
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
          {t('home.intro')}
        </Typography.Paragraph>
      </Card>
      <Row gutter={[16, 16]}>
        {pointers
          .filter((pointer) => pointer.isShown)
          .map((pointer) => {
            const body = (
              <Card hoverable style={{ height: '100%' }}>
                <Card.Meta
                  avatar={<span style={{ fontSize: 22, color: '#1677ff' }}>{pointer.icon}</span>}
                  title={t(`home.pointer.${pointer.key}.title`)}
                  description={t(`home.pointer.${pointer.key}.description`)}
                />
              </Card>
            );
            return (
              <Col key={pointer.key} xs={24} sm={12} xl={8}>
                {pointer.isExternal ? (
                  <a href={pointer.to} target="_blank" rel="noreferrer">
                    {body}
                  </a>
                ) : (
                  <Link to={pointer.to}>{body}</Link>
                )}
              </Col>
            );
          })}
      </Row>
    </Flex>
  );
}
