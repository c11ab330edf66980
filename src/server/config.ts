import { z } from 'zod';
import path from 'node:path';

// The one place that reads process.env (STYLE.md). Every variable is listed in .env.example.
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  KAM_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  KAM_PUBLIC_URL: z.string().url().optional(),
  KAM_TRUSTED_ORIGINS: z.string().default(''),
  KAM_SECRET: z.string().min(32).optional(),
  KAM_BODY_LIMIT: z.coerce.number().int().positive().default(1_048_576),
  KAM_SESSION_DAYS: z.coerce.number().positive().default(7),
  KAM_SESSION_IDLE_HOURS: z.coerce.number().positive().default(12),
  KAM_TIMEZONE: z.string().default('Asia/Shanghai'),
  KAM_SECURE_COOKIES: z.enum(['auto', 'true', 'false']).default('auto'),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  publicUrl: string | undefined;
  trustedOrigins: string[];
  secret: string | undefined;
  bodyLimit: number;
  sessionDays: number;
  sessionIdleHours: number;
  timezone: string;
  secureCookies: 'auto' | 'true' | 'false';
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable counts as unset (`DATABASE_URL= npm start`).
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.KAM_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    publicUrl: e.KAM_PUBLIC_URL,
    trustedOrigins: e.KAM_TRUSTED_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean),
    secret: e.KAM_SECRET,
    bodyLimit: e.KAM_BODY_LIMIT,
    sessionDays: e.KAM_SESSION_DAYS,
    sessionIdleHours: e.KAM_SESSION_IDLE_HOURS,
    timezone: e.KAM_TIMEZONE,
    secureCookies: e.KAM_SECURE_COOKIES,
  };
}

// Test and CLI helper: the parsed defaults with a few overrides.
export const configWith = (overrides: Partial<Config>): Config => ({ ...loadConfig({}), ...overrides });

// Read only at start; exposed for /api/health and the CLI.
export const testDatabaseUrl = (env: NodeJS.ProcessEnv = process.env): string =>
  env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export const isPostgresTestRun = (env: NodeJS.ProcessEnv = process.env): boolean => env.KAM_TEST_DB === 'postgres';
