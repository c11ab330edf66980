import { z } from 'zod';

// Zod pieces shared by route schemas.
export const idParams = z.object({ id: z.uuid() });

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    code: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' });

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

// Rejects NUL and other control characters (they break exports and logs) and lone surrogates
// (they cannot be stored as UTF-8 and would come back as U+FFFD).
export const isCleanText = (s: string) => s.isWellFormed() && !CONTROL_CHARS.test(s);
export const CLEAN_TEXT_MESSAGE = 'must not contain control characters or broken Unicode';

// Trimmed and non-empty.
export const text = (max: number) => z.string().trim().min(1).max(max).refine(isCleanText, CLEAN_TEXT_MESSAGE);

// Trimmed; an empty string becomes null.
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine(isCleanText, CLEAN_TEXT_MESSAGE)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();

// Phone and fax numbers as people write them: 0769-8888 8888, +86 138 0000 0000, 8888转123.
export const phone = z
  .string()
  .trim()
  .max(40)
  .regex(/^[+\d][\d\s()\-+,/转]*$/, 'digits, spaces, + ( ) - only')
  .transform((s) => (s === '' ? null : s))
  .nullable()
  .optional();

export const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const errorResponses = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
} as const;
