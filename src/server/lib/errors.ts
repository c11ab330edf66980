// Services throw AppError with a module's code; one handler (problem.ts) turns it into
// application/problem+json. The UI maps `code` to zh-CN / en-US text.

export type FieldError = { path: string; message: string };

export type ErrorSpec = { status: number; title: string };

export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly title: string;
  readonly errors: FieldError[];
  readonly headers: Record<string, string>;
  constructor(
    spec: ErrorSpec & { code: string },
    detail?: string,
    options: { errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail ?? spec.title);
    this.code = spec.code;
    this.status = spec.status;
    this.title = spec.title;
    this.errors = options.errors ?? [];
    this.headers = options.headers ?? {};
  }
}

// Declares a module's error codes once: `const UserErrors = defineErrors({ USER_NOT_FOUND: {status: 404, title: …} })`.
export function defineErrors<const T extends Record<string, ErrorSpec>>(specs: T): { [K in keyof T]: T[K] & { code: K } } {
  const result = {} as { [K in keyof T]: T[K] & { code: K } };
  for (const code of Object.keys(specs) as (keyof T)[]) {
    result[code] = { ...specs[code], code } as T[typeof code] & { code: typeof code };
  }
  return result;
}

// Codes every module may produce.
export const CommonErrors = defineErrors({
  VALIDATION_FAILED: { status: 400, title: 'The request is not valid' },
  MALFORMED_JSON: { status: 400, title: 'The request body is not valid JSON' },
  UNAUTHENTICATED: { status: 401, title: 'You are not signed in' },
  FORBIDDEN: { status: 403, title: 'You may not do this' },
  CSRF_REJECTED: { status: 403, title: 'The request did not come from a trusted origin' },
  NOT_FOUND: { status: 404, title: 'Not found' },
  VERSION_CONFLICT: { status: 409, title: 'The record was changed by someone else; reload and try again' },
  UNIQUE_VIOLATION: { status: 409, title: 'A record with the same unique value already exists' },
  BODY_TOO_LARGE: { status: 413, title: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'The content type is not supported' },
  RATE_LIMITED: { status: 429, title: 'Too many requests' },
  INTERNAL: { status: 500, title: 'Internal error' },
});

export const versionConflict = () => new AppError(CommonErrors.VERSION_CONFLICT);
