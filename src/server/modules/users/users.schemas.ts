import { z } from 'zod';
import { ROLES } from '../../../domain/users/roles.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../auth/password.ts';
import { text } from '../../lib/schemas.ts';

export const LOCALES = ['zh-CN', 'en-US'] as const;

export const roleSchema = z.enum(ROLES);
export const localeSchema = z.enum(LOCALES);
export const usernameSchema = z
  .string()
  .trim()
  .min(2)
  .max(32)
  .regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, dot, dash and underscore only');
export const passwordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

export const userSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    role: roleSchema,
    teamId: z.uuid().nullable(),
    teamName: z.string().nullable(),
    managerId: z.uuid().nullable(),
    managerName: z.string().nullable(),
    locale: z.string(),
    isDisabled: z.boolean(),
    createdAt: z.date(),
    updatedAt: z.date(),
    version: z.number().int(),
  })
  .meta({ id: 'User' });

export const createUserBody = z.strictObject({
  username: usernameSchema,
  name: text(100),
  email: z.email().max(200).nullable().optional(),
  password: passwordSchema,
  role: roleSchema,
  teamId: z.uuid().nullable().optional(),
  managerId: z.uuid().nullable().optional(),
  locale: localeSchema.optional(),
});

export const updateUserBody = z.strictObject({
  version: z.number().int().min(1),
  name: text(100).optional(),
  email: z.email().max(200).nullable().optional(),
  role: roleSchema.optional(),
  teamId: z.uuid().nullable().optional(),
  managerId: z.uuid().nullable().optional(),
  locale: localeSchema.optional(),
  isDisabled: z.boolean().optional(),
});

export const teamSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    managerId: z.uuid().nullable(),
    managerName: z.string().nullable(),
    memberCount: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'Team' });

export const createTeamBody = z.strictObject({ name: text(100), managerId: z.uuid().nullable().optional() });
export const updateTeamBody = z.strictObject({
  version: z.number().int().min(1),
  name: text(100).optional(),
  managerId: z.uuid().nullable().optional(),
});
