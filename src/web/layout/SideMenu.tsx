import { Menu } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { usePendingAccessCount } from '../api/accessRequests.queries.ts';
import { useApprovalInboxCount } from '../api/approvals.queries.ts';
import { useAccess } from '../hooks/useAccess.ts';
import { appRoutes } from '../routes.tsx';
import { activeTrail, menuItems } from './menuItems.tsx';

type Props = { isCollapsed?: boolean; onNavigate?: () => void };

export function SideMenu({ isCollapsed = false, onNavigate }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const access = useAccess();
  // ARC-5: managers and the director see how many access requests wait for them.
  const pending = usePendingAccessCount(access.canDecideAccess).data ?? 0;
  // Approvals: how many requests wait for this user's decision.
  const approvals = useApprovalInboxCount(access.isSignedIn).data ?? 0;
  const items = useMemo(() => menuItems(appRoutes, access, t, { '/access-requests': pending, '/approvals': approvals }), [access, t, pending, approvals]);
  const trail = activeTrail(appRoutes, pathname).map((route) => route.path);
  // Groups on the current page's trail start open; the user may open or close others.
  const [openKeys, setOpenKeys] = useState<string[]>(trail.slice(0, -1));

  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={trail.slice(-1)}
      {...(isCollapsed ? {} : { openKeys, onOpenChange: setOpenKeys })}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}
