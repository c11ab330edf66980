import type { FastifyInstance } from 'fastify';
import { hasPermission, type Permission } from '../../domain/users/permissions.ts';
import { AppError, CommonErrors } from './errors.ts';
import { isGuardOn } from './guards.ts';

// Every route declares who may call it (STYLE.md): `public`, any signed-in user, or a permission.
// Row-level rules (which accounts) are applied in the services' queries.
export type Access = 'public' | 'authenticated' | Permission;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}

// Routes registered by third-party plugins that are public by nature (the API docs UI).
const PUBLIC_PLUGIN_PREFIXES = ['/api/docs'];

export class MissingAccessError extends Error {}

export function enforceRouteAccess(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const access = (route.config as { access?: Access } | undefined)?.access;
    // HEAD routes are generated from GET ones and inherit their config.
    const isPublicPlugin = PUBLIC_PLUGIN_PREFIXES.some((prefix) => route.url.startsWith(prefix));
    if (!access && route.method !== 'HEAD' && !isPublicPlugin) {
      throw new MissingAccessError(`Route ${String(route.method)} ${route.url} declares no access`);
    }
  });

  // Before the body is parsed or validated: an anonymous caller learns nothing from validation errors.
  app.addHook('preParsing', async (request, _reply, payload) => {
    const access = request.routeOptions.config.access;
    if (!access || access === 'public') return payload;
    if (!request.user) throw new AppError(CommonErrors.UNAUTHENTICATED);
    if (access !== 'authenticated' && !hasPermission(request.user.role, access) && isGuardOn('route-permission')) {
      throw new AppError(CommonErrors.FORBIDDEN);
    }
    return payload;
  });
}
