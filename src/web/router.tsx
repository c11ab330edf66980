import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from './layout/AppLayout.tsx';
import { PublicPage } from './layout/PublicPage.tsx';
import { RequireAccess } from './layout/RequireAccess.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { appRoutes, pageRoutes, publicRoutes, type AppRoute } from './routes.tsx';

const appRoute = ({ path, name, Component, access }: AppRoute): RouteObject => ({
  path,
  element: Component ? <RequireAccess name={name} access={access} Component={Component} /> : null,
});

const publicRoute = ({ path, name, Component }: AppRoute): RouteObject => ({
  path,
  element: Component ? <PublicPage name={name} Component={Component} /> : null,
});

export const router = createBrowserRouter([
  ...pageRoutes(publicRoutes).map(publicRoute),
  {
    element: <AppLayout />,
    children: [...pageRoutes(appRoutes).map(appRoute), { path: '*', element: <NotFoundPage /> }],
  },
]);
