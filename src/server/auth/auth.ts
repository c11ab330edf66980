import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { username } from 'better-auth/plugins';
import { apiKey } from '@better-auth/api-key';
import type { Config } from '../config.ts';
import type { Db } from '../db/connection.ts';
import { users } from '../modules/users/users.schema.ts';
import { authSessions, authCredentials, authVerifications, apiTokens } from './auth.schema.ts';
import { hashPassword, verifyPassword, PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH } from './password.ts';

export const SESSION_COOKIE = 'kam.session_token';
export const API_TOKEN_PREFIX = 'kam_';

// better-auth handles sessions, password credentials and API tokens. Its HTTP handler is not
// mounted: our own routes (auth.routes.ts) call `auth.api.*` in-process, so the API contract,
// CSRF check and throttling stay ours.
export function createAuth(db: Db, config: Config, secret: string) {
  const baseURL = config.publicUrl ?? `http://localhost:${config.port}`;
  const secure = config.secureCookies === 'auto' ? baseURL.startsWith('https:') : config.secureCookies === 'true';
  return betterAuth({
    appName: 'OpenKAM',
    baseURL,
    secret,
    telemetry: { enabled: false },
    logger: {
      disabled: config.logLevel === 'silent',
      // A rejected API token or password is an ordinary 401 (and audited), not a log line.
      log: (level, message) => {
        if (/API key|Invalid password|User not found/i.test(message)) return;
        process.stderr.write(`${JSON.stringify({ level, source: 'better-auth', msg: message, time: Date.now() })}\n`);
      },
    },
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { users, auth_sessions: authSessions, auth_credentials: authCredentials, auth_verifications: authVerifications, api_tokens: apiTokens },
    }),
    user: {
      modelName: 'users',
      additionalFields: {
        role: { type: 'string', required: false, input: false },
        teamId: { type: 'string', required: false, input: false },
        managerId: { type: 'string', required: false, input: false },
        locale: { type: 'string', required: false, input: false },
        isDisabled: { type: 'boolean', required: false, input: false },
        version: { type: 'number', required: false, input: false },
      },
    },
    session: {
      modelName: 'auth_sessions',
      // Sliding idle timeout; the absolute lifetime is enforced in session.ts.
      expiresIn: Math.round(config.sessionIdleHours * 3600),
      updateAge: Math.max(60, Math.round((config.sessionIdleHours * 3600) / 12)),
    },
    account: { modelName: 'auth_credentials' },
    verification: { modelName: 'auth_verifications' },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true, // users are created by an admin or the first-run setup
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      password: { hash: hashPassword, verify: ({ hash, password }) => verifyPassword(hash, password) },
    },
    rateLimit: { enabled: false }, // login throttling is ours (throttle.ts), shared across processes
    advanced: {
      cookiePrefix: 'kam',
      useSecureCookies: secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', path: '/' },
      database: { generateId: 'uuid' },
    },
    plugins: [
      username({ minUsernameLength: 2, maxUsernameLength: 32 }),
      apiKey({
        schema: { apikey: { modelName: 'api_tokens' } },
        defaultPrefix: API_TOKEN_PREFIX,
        rateLimit: { enabled: false },
        enableMetadata: false,
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
