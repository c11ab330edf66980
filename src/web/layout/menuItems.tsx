import { Badge, type MenuProps } from 'antd';
import type { TFunction } from 'i18next';
import type { Access } from '../access.ts';
import type { AppRoute } from '../routes.tsx';

type MenuItem = NonNullable<MenuProps['items']>[number];

const isVisible = (route: AppRoute, access: Access) => !route.isHiddenInMenu && (!route.access || access[route.access]);

// A number beside an entry (e.g. requests waiting for a decision); 0 shows nothing.
export type MenuBadges = Record<string, number>;

const labelOf = (text: string, count: number | undefined) =>
  count ? (
    <span style={{ display: 'inline-flex', alignItems: 'center', justifyContent: 'space-between', gap: 8, width: '100%' }}>
      {text}
      <Badge count={count} size="small" />
    </span>
  ) : (
    text
  );

// The side menu from the route table: hidden routes and routes the user may not open are left
// out, and so is a group left with no entries.
export function menuItems(routes: AppRoute[], access: Access, t: TFunction, badges: MenuBadges = {}): MenuItem[] {
  return routes.filter((route) => isVisible(route, access)).flatMap((route): MenuItem[] => {
    if (!route.children) return [{ key: route.path, icon: route.icon, label: labelOf(t(route.name), badges[route.path]) }];
    const children = menuItems(route.children, access, t, badges);
    return children.length > 0 ? [{ key: route.path, icon: route.icon, label: t(route.name), children }] : [];
  });
}

const matches = (route: AppRoute, pathname: string) =>
  route.path === '/' ? pathname === '/' : pathname === route.path || pathname.startsWith(`${route.path}/`);

// The chain of routes (group → page) that the current path belongs to; the longest match wins.
export function activeTrail(routes: AppRoute[], pathname: string): AppRoute[] {
  let best: AppRoute[] = [];
  for (const route of routes) {
    const below = activeTrail(route.children ?? [], pathname);
    const trail = below.length > 0 ? [route, ...below] : route.Component && matches(route, pathname) ? [route] : [];
    if (trail.length > 0 && trail[trail.length - 1].path.length > (best.at(-1)?.path.length ?? -1)) best = trail;
  }
  return best;
}
