import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { permissionsOf, PERMISSIONS } from '../../domain/users/permissions.ts';
import { actorFrom, userOf } from '../lib/context.ts';
import { AppError } from '../lib/errors.ts';
import { errorResponses, problemSchema, text } from '../lib/schemas.ts';
import { recordAudit } from '../modules/audit/audit.service.ts';
import { countUsers, createUser, findUserIdByUsername, getUser, updateUser } from '../modules/users/users.service.ts';
import { localeSchema, passwordSchema, userSchema, usernameSchema } from '../modules/users/users.schemas.ts';
import { AuthErrors } from './auth.errors.ts';
import { verifyAgainstDummy } from './password.ts';
import { assertNotThrottled, clearThrottle, recordFailure, THROTTLE, throttleKeys } from './throttle.ts';

const meSchema = z.object({ user: userSchema, permissions: z.array(z.enum(PERMISSIONS)) }).meta({ id: 'Me' });
const loginBody = z.strictObject({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) });

const copyCookies = (reply: FastifyReply, headers: Headers) => {
  const cookies = headers.getSetCookie();
  if (cookies.length > 0) reply.header('set-cookie', cookies);
};

export function authRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db, auth } = fastify.ctx;
  const tags = ['auth'];

  const me = async (userId: string) => {
    const user = await getUser(db, userId);
    return { user, permissions: [...permissionsOf(user.role)] };
  };

  const signIn = async (username: string, password: string, ip: string, reply: FastifyReply) => {
    const keys = throttleKeys(username, ip);
    await assertNotThrottled(db, [keys.user, keys.address]);
    const found = await findUserIdByUsername(db, username);
    const fail = async () => {
      await recordFailure(db, keys.user, THROTTLE.perUser);
      await recordFailure(db, keys.address, THROTTLE.perAddress);
      // T5/T6: failed sign-ins are recorded too (the name tried, never the password).
      await recordAudit(db, { id: null, name: username.toLowerCase().slice(0, 100), ip }, { entityType: 'user', entityId: found?.id ?? username.toLowerCase().slice(0, 100), action: 'login_failed' });
      // Same status and body for unknown user, disabled user and wrong password.
      return new AppError(AuthErrors.AUTH_INVALID_CREDENTIALS);
    };
    if (!found || found.isDisabled) {
      await verifyAgainstDummy(password);
      throw await fail();
    }
    const result = await auth.api
      .signInUsername({ body: { username, password }, headers: new Headers({ 'x-forwarded-for': ip }), returnHeaders: true })
      .catch(() => null);
    if (!result) throw await fail();
    await clearThrottle(db, keys.user);
    copyCookies(reply, result.headers);
    await recordAudit(db, { id: found.id, name: username.toLowerCase(), ip }, { entityType: 'user', entityId: found.id, action: 'login' });
    return me(found.id);
  };

  app.get('/api/v1/setup', {
    config: { access: 'public' },
    schema: { tags, summary: 'Whether the first administrator still has to be created', response: { 200: z.object({ needsSetup: z.boolean() }) } },
    handler: async () => ({ needsSetup: (await countUsers(db)) === 0 }),
  });

  app.post('/api/v1/setup', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'First run: create the first administrator and sign in (only while there are no users)',
      body: z.strictObject({ username: usernameSchema, name: text(100), password: passwordSchema, locale: localeSchema.optional() }),
      response: { 200: meSchema, ...errorResponses },
    },
    handler: async (request, reply) => {
      if ((await countUsers(db)) > 0) throw new AppError(AuthErrors.AUTH_SETUP_DONE);
      const { username, name, password, locale } = request.body;
      await createUser(db, { id: null, name: 'setup', ip: request.ip }, { username, name, password, role: 'admin', locale });
      return signIn(username, password, request.ip, reply);
    },
  });

  app.post('/api/v1/auth/login', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Sign in with username and password; sets the session cookie',
      body: loginBody,
      response: { 200: meSchema, 429: problemSchema, ...errorResponses },
    },
    handler: (request, reply) => signIn(request.body.username.trim(), request.body.password, request.ip, reply),
  });

  app.post('/api/v1/auth/logout', {
    config: { access: 'public' },
    schema: { tags, summary: 'Sign out: ends the session and clears the cookie', response: { 204: z.null() } },
    handler: async (request, reply) => {
      if (request.authMethod === 'cookie' && request.user) {
        await recordAudit(db, actorFrom(request), { entityType: 'user', entityId: request.user.id, action: 'logout' });
        const result = await auth.api
          .signOut({ headers: new Headers({ cookie: request.headers.cookie ?? '' }), returnHeaders: true })
          .catch(() => null);
        if (result) copyCookies(reply, result.headers);
      }
      return reply.status(204).send(null);
    },
  });

  app.get('/api/v1/auth/me', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'The signed-in user and their permissions', response: { 200: meSchema, ...errorResponses } },
    handler: (request) => me(userOf(request).id),
  });

  app.patch('/api/v1/auth/me', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Change your own display name or language',
      body: z.strictObject({ version: z.number().int().min(1), name: text(100).optional(), locale: localeSchema.optional() }),
      response: { 200: meSchema, ...errorResponses },
    },
    handler: async (request) => {
      const user = userOf(request);
      await updateUser(db, actorFrom(request), user.id, request.body);
      return me(user.id);
    },
  });

  app.post('/api/v1/auth/password', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Change your own password (other sessions are signed out)',
      body: z.strictObject({ currentPassword: z.string().min(1).max(200), newPassword: passwordSchema }),
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (request, reply) => {
      if (request.authMethod !== 'cookie') throw new AppError(AuthErrors.AUTH_WRONG_PASSWORD, 'Sign in with a password to change it');
      const result = await auth.api
        .changePassword({
          body: { currentPassword: request.body.currentPassword, newPassword: request.body.newPassword, revokeOtherSessions: true },
          headers: new Headers({ cookie: request.headers.cookie ?? '' }),
          returnHeaders: true,
        })
        .catch(() => null);
      if (!result) throw new AppError(AuthErrors.AUTH_WRONG_PASSWORD, undefined, { errors: [{ path: 'currentPassword', message: 'wrong password' }] });
      copyCookies(reply, result.headers);
      const user = userOf(request);
      await recordAudit(db, actorFrom(request), { entityType: 'user', entityId: user.id, action: 'password' });
      return reply.status(204).send(null);
    },
  });
}
