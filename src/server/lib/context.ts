import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import type { Db, DbKind } from '../db/connection.ts';
import type { Auth } from '../auth/auth.ts';
import { actorOf, type Actor, type CurrentUser } from '../auth/current-user.ts';
import { AppError, CommonErrors } from './errors.ts';
import type { Viewer } from '../../domain/users/visibility.ts';
import { loadViewer } from '../auth/visibility-sql.ts';

// What every module's routes get from the app.
export type AppContext = { db: Db; dbKind: DbKind; auth: Auth; config: Config; version: string };

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
}

// For routes whose access is not public: the user is guaranteed by enforceRouteAccess.
export const userOf = (request: FastifyRequest): CurrentUser => {
  if (!request.user) throw new AppError(CommonErrors.UNAUTHENTICATED);
  return request.user;
};

export const actorFrom = (request: FastifyRequest): Actor => actorOf(userOf(request), request.ip);

export type ModuleRoutes = (app: FastifyInstance) => Promise<void> | void;

// The viewer (user + management chain) for row-level visibility, loaded once per request.
const viewers = new WeakMap<FastifyRequest, Promise<Viewer>>();
export const viewerOf = (request: FastifyRequest): Promise<Viewer> => {
  let viewer = viewers.get(request);
  if (!viewer) {
    viewer = loadViewer(request.server.ctx.db, userOf(request));
    viewers.set(request, viewer);
  }
  return viewer;
};
