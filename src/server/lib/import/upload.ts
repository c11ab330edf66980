import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError, CommonErrors } from '../errors.ts';
import { importError } from './import.errors.ts';

// An import upload: multipart with one `file` and an `options` field holding JSON.
export async function readUpload<T extends z.ZodType>(request: FastifyRequest, optionsSchema: T): Promise<{ bytes: Buffer; fileName: string; options: z.infer<T> }> {
  if (!request.isMultipart()) throw new AppError(CommonErrors.UNSUPPORTED_MEDIA_TYPE, 'Send the file as multipart/form-data');
  let bytes: Buffer | null = null;
  let fileName = '';
  let rawOptions = '';
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      fileName = part.filename;
      bytes = await part.toBuffer().catch((error: { code?: string }) => {
        throw error.code === 'FST_REQ_FILE_TOO_LARGE' ? importError('IMPORT_FILE_TOO_LARGE') : error;
      });
    } else if (part.fieldname === 'options') {
      rawOptions = String(part.value);
    }
  }
  if (!bytes) throw new AppError(CommonErrors.VALIDATION_FAILED, 'No file', { errors: [{ path: 'file', message: 'required' }] });
  const parsed = optionsSchema.safeParse(parseJsonField(rawOptions || '{}'));
  if (!parsed.success) {
    throw new AppError(CommonErrors.VALIDATION_FAILED, undefined, { errors: parsed.error.issues.map((i) => ({ path: ['options', ...i.path].join('.'), message: i.message })) });
  }
  return { bytes, fileName, options: parsed.data };
}

const parseJsonField = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError(CommonErrors.VALIDATION_FAILED, 'options is not JSON', { errors: [{ path: 'options', message: 'not JSON' }] });
  }
};
