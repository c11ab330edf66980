import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isRole } from '../../domain/users/roles.ts';
import type { Config } from '../config.ts';
import { AppError, CommonErrors } from '../lib/errors.ts';
import type { Auth } from './auth.ts';
import { SESSION_COOKIE } from './auth.ts';
import type { CurrentUser } from './current-user.ts';
import { isTrustedOrigin } from './csrf.ts';

declare module 'fastify' {
  interface FastifyRequest {
    user: CurrentUser | null;
    authMethod: 'cookie' | 'token' | null;
  }
}

type SessionUser = Record<string, unknown> & { id: string };

const toCurrentUser = (u: SessionUser): CurrentUser | null => {
  if (u.isDisabled === true || !isRole(u.role)) return null;
  return {
    id: u.id,
    username: String(u.username ?? ''),
    name: String(u.name ?? ''),
    role: u.role,
    teamId: (u.teamId as string | null) ?? null,
    managerId: (u.managerId as string | null) ?? null,
    locale: String(u.locale ?? 'zh-CN'),
  };
};

const webHeaders = (request: FastifyRequest): Headers => {
  const headers = new Headers();
  const cookie = request.headers.cookie;
  if (cookie) headers.set('cookie', cookie);
  return headers;
};

const bearerToken = (request: FastifyRequest): string | null => {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new AppError(CommonErrors.UNAUTHENTICATED, 'Malformed Authorization header');
  return match[1];
};

async function fromToken(auth: Auth, token: string): Promise<CurrentUser> {
  const result = await auth.api.verifyApiKey({ body: { key: token } }).catch(() => null);
  const userId = result?.valid ? result.key?.referenceId : undefined;
  if (!userId) throw new AppError(CommonErrors.UNAUTHENTICATED, 'The API token is invalid, expired or revoked');
  const ctx = await auth.$context;
  const user = await ctx.internalAdapter.findUserById(userId);
  const current = user ? toCurrentUser(user as unknown as SessionUser) : null;
  if (!current) throw new AppError(CommonErrors.UNAUTHENTICATED, 'The API token is invalid, expired or revoked');
  return current;
}

async function fromCookie(auth: Auth, config: Config, request: FastifyRequest): Promise<CurrentUser | null> {
  const result = await auth.api.getSession({ headers: webHeaders(request) }).catch(() => null);
  if (!result) return null;
  const ageMs = Date.now() - new Date(result.session.createdAt).getTime();
  const current = toCurrentUser(result.user as unknown as SessionUser);
  if (!current || ageMs > config.sessionDays * 86_400_000) {
    // Disabled users and sessions past their absolute lifetime end here, on the next request.
    const ctx = await auth.$context;
    await ctx.internalAdapter.deleteSession(result.session.token);
    return null;
  }
  return current;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerAuthentication(app: FastifyInstance, auth: Auth, config: Config): void {
  app.decorateRequest('user', null);
  app.decorateRequest('authMethod', null);

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = bearerToken(request);
    if (token) {
      request.user = await fromToken(auth, token);
      request.authMethod = 'token';
      return;
    }
    if (!request.headers.cookie?.includes(SESSION_COOKIE)) return;
    request.user = await fromCookie(auth, config, request);
    request.authMethod = request.user ? 'cookie' : null;
    // CSRF: a cookie-authenticated write must come from our own origin (SameSite=Lax is the first
    // line; this covers same-site subdomains and old browsers).
    if (request.user && !SAFE_METHODS.has(request.method) && !isTrustedOrigin(request, config)) {
      throw new AppError(CommonErrors.CSRF_REJECTED);
    }
  });
}
