import { MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Result, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { signOut, useMe } from '../api/auth.queries.ts';
import { FullPageSpin } from '../components/FullPageSpin.tsx';
import { Logo } from '../components/Logo.tsx';
import { CurrentUserContext } from '../hooks/useCurrentUser.ts';
import { errorText } from '../i18n/errorText.ts';
import { SideMenu } from './SideMenu.tsx';
import { UserMenu } from './UserMenu.tsx';

// The signed-in frame: side menu (a drawer at phone width), top bar with the user menu, and the
// page. Signed-out visitors are sent to the login page and come back here afterwards.
export function AppLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const { data: me, isPending, error, refetch } = useMe();
  const screens = Grid.useBreakpoint();
  const { token } = theme.useToken();
  const [isCollapsed, setCollapsed] = useState(false);
  const [isDrawerOpen, setDrawerOpen] = useState(false);
  // Until the first measurement `md` is undefined; assume a wide screen rather than flash a drawer.
  const isPhone = screens.md === false;

  if (isPending) return <FullPageSpin />;
  if (error) {
    return (
      <Result
        status="error"
        title={errorText(t, error)}
        extra={<Button onClick={() => void refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!me) {
    const from = signOut.isDeliberate ? undefined : { from: `${location.pathname}${location.search}` };
    return <Navigate to="/login" replace state={from} />;
  }

  const border = `1px solid ${token.colorBorderSecondary}`;
  return (
    <CurrentUserContext value={me}>
      <Layout hasSider={!isPhone} style={{ minHeight: '100vh' }}>
        {isPhone ? (
          <Drawer
            placement="left"
            open={isDrawerOpen}
            onClose={() => setDrawerOpen(false)}
            size={256}
            title={<Logo />}
            styles={{ body: { padding: 0 } }}
          >
            <SideMenu onNavigate={() => setDrawerOpen(false)} />
          </Drawer>
        ) : (
          // The wrapper carries the border and background to the page's full height; the menu inside stays in view.
          <div style={{ borderInlineEnd: border, background: token.colorBgContainer }}>
            <Layout.Sider
              width={220}
              collapsedWidth={64}
              collapsed={isCollapsed}
              trigger={null}
              theme="light"
              style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
            >
              <div style={{ height: 64, display: 'flex', alignItems: 'center', paddingInline: isCollapsed ? 18 : 20 }}>
                <Logo isCompact={isCollapsed} />
              </div>
              <SideMenu isCollapsed={isCollapsed} />
            </Layout.Sider>
          </div>
        )}
        <Layout style={{ minWidth: 0 }}>
          <Layout.Header
            style={{ display: 'flex', alignItems: 'center', gap: 8, borderBottom: border, position: 'sticky', top: 0, zIndex: 10 }}
          >
            <Button
              type="text"
              aria-label={t('layout.toggleMenu')}
              icon={isPhone ? <MenuOutlined /> : isCollapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              onClick={() => (isPhone ? setDrawerOpen(true) : setCollapsed(!isCollapsed))}
            />
            {isPhone && <Logo />}
            <div style={{ flex: 1 }} />
            <UserMenu isCompact={isPhone} />
          </Layout.Header>
          <Layout.Content style={{ padding: isPhone ? 12 : 24, minWidth: 0 }}>
            <Outlet />
          </Layout.Content>
        </Layout>
      </Layout>
    </CurrentUserContext>
  );
}
