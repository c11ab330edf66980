import { AccountBookOutlined, AimOutlined, AuditOutlined, CheckSquareOutlined, FileSearchOutlined, HomeOutlined, IdcardOutlined, SettingOutlined, ShopOutlined, ShoppingOutlined, TeamOutlined } from '@ant-design/icons';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { AccessFlag } from './access.ts';

// The route table: one entry per page (or menu group). `name` is the i18n key of its menu entry
// and page title; `access` is the flag (access.ts) a user needs to see it in the menu and open it.
export type AppRoute = {
  path: string;
  name: string;
  icon?: ReactNode;
  Component?: LazyExoticComponent<ComponentType>;
  access?: AccessFlag;
  isHiddenInMenu?: boolean;
  children?: AppRoute[];
};

const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

// Pages inside the signed-in layout.
export const appRoutes: AppRoute[] = [
  { path: '/', name: 'menu.home', icon: <HomeOutlined />, Component: page(() => import('./pages/home/HomePage.tsx'), 'HomePage') },
  {
    path: '/accounts',
    name: 'menu.accounts',
    icon: <ShopOutlined />,
    access: 'canReadAccounts',
    Component: page(() => import('./pages/accounts/AccountsPage.tsx'), 'AccountsPage'),
  },
  {
    path: '/accounts/:id',
    name: 'menu.accounts',
    access: 'canReadAccounts',
    isHiddenInMenu: true,
    Component: page(() => import('./pages/accounts/AccountDetailPage.tsx'), 'AccountDetailPage'),
  },
  {
    path: '/contacts',
    name: 'menu.contacts',
    icon: <IdcardOutlined />,
    access: 'canReadAccounts',
    Component: page(() => import('./pages/contacts/ContactsPage.tsx'), 'ContactsPage'),
  },
  {
    path: '/sales',
    name: 'sales.menu',
    icon: <AccountBookOutlined />,
    access: 'canReadAccounts',
    Component: page(() => import('./pages/sales/SalesPage.tsx'), 'SalesPage'),
  },
  {
    path: '/products',
    name: 'products.menu',
    icon: <ShoppingOutlined />,
    access: 'canReadAccounts',
    Component: page(() => import('./pages/products/ProductsPage.tsx'), 'ProductsPage'),
  },
  // GRD-1…GRD-5: the screening matrix, composition analysis, scoring models and service levels.
  {
    path: '/grading',
    name: 'grading.menu',
    icon: <AimOutlined />,
    access: 'canReadAccounts',
    children: [
      { path: '/grading/matrix', name: 'grading.matrix.menu', access: 'canReadAccounts', Component: page(() => import('./pages/grading/matrix/MatrixPage.tsx'), 'MatrixPage') },
      {
        path: '/grading/composition',
        name: 'composition.menu',
        access: 'canReadAccounts',
        Component: page(() => import('./pages/grading/composition/CompositionPage.tsx'), 'CompositionPage'),
      },
      {
        path: '/grading/models',
        name: 'scoringModels.menu',
        access: 'canReadAccounts',
        Component: page(() => import('./pages/grading/models/ScoringModelsPage.tsx'), 'ScoringModelsPage'),
      },
      {
        path: '/grading/models/:id',
        name: 'scoringModels.menu',
        access: 'canReadAccounts',
        isHiddenInMenu: true,
        Component: page(() => import('./pages/grading/models/ScoringModelEditorPage.tsx'), 'ScoringModelEditorPage'),
      },
      {
        path: '/grading/policies',
        name: 'gradingPolicies.menu',
        access: 'canReadAccounts',
        Component: page(() => import('./pages/grading/policies/GradingPoliciesPage.tsx'), 'GradingPoliciesPage'),
      },
    ],
  },
  // ACT-1/ACT-2/ACT-5/PLN-7: the approval inbox, one's own requests and (director, admin) all.
  {
    path: '/approvals',
    name: 'approvals.menu',
    icon: <CheckSquareOutlined />,
    access: 'canReadAccounts',
    Component: page(() => import('./pages/approvals/ApprovalsPage.tsx'), 'ApprovalsPage'),
  },
  {
    path: '/access-requests',
    name: 'menu.accessRequests',
    icon: <FileSearchOutlined />,
    access: 'canReadAccounts',
    Component: page(() => import('./pages/access-requests/AccessRequestsPage.tsx'), 'AccessRequestsPage'),
  },
  {
    path: '/organization',
    name: 'menu.organization',
    icon: <TeamOutlined />,
    access: 'canReadUsers',
    children: [
      { path: '/users', name: 'menu.users', access: 'canReadUsers', Component: page(() => import('./pages/users/UsersPage.tsx'), 'UsersPage') },
      { path: '/teams', name: 'menu.teams', access: 'canReadUsers', Component: page(() => import('./pages/teams/TeamsPage.tsx'), 'TeamsPage') },
    ],
  },
  { path: '/audit', name: 'menu.audit', icon: <AuditOutlined />, access: 'canReadAudit', Component: page(() => import('./pages/audit/AuditPage.tsx'), 'AuditPage') },
  {
    path: '/settings',
    name: 'menu.settings',
    icon: <SettingOutlined />,
    access: 'canManageSettings',
    children: [
      {
        path: '/settings/archive',
        name: 'menu.archiveSettings',
        access: 'canManageSettings',
        Component: page(() => import('./pages/settings/ArchiveSettingsPage.tsx'), 'ArchiveSettingsPage'),
      },
      {
        path: '/settings/approval-flows',
        name: 'approvals.flows.menu',
        access: 'canManageSettings',
        Component: page(() => import('./pages/approvals/ApprovalFlowsPage.tsx'), 'ApprovalFlowsPage'),
      },
    ],
  },
  // Reached from the user menu in the top bar.
  {
    path: '/account',
    name: 'menu.account',
    isHiddenInMenu: true,
    Component: page(() => import('./pages/account/AccountSettingsPage.tsx'), 'AccountSettingsPage'),
  },
  { path: '/account/tokens', name: 'menu.tokens', isHiddenInMenu: true, Component: page(() => import('./pages/tokens/TokensPage.tsx'), 'TokensPage') },
];

// Pages for signed-out visitors (and the customer's form, opened from a link without an account).
export const publicRoutes: AppRoute[] = [
  { path: '/login', name: 'login.title', Component: page(() => import('./pages/login/LoginPage.tsx'), 'LoginPage') },
  { path: '/setup', name: 'setup.title', Component: page(() => import('./pages/setup/SetupPage.tsx'), 'SetupPage') },
  { path: '/form/:token', name: 'publicForm.title', Component: page(() => import('./pages/public-form/PublicFormPage.tsx'), 'PublicFormPage') },
];

// Every route that renders a page, groups flattened away.
export const pageRoutes = (routes: AppRoute[]): AppRoute[] =>
  routes.flatMap((route) => [...(route.Component ? [route] : []), ...pageRoutes(route.children ?? [])]);
