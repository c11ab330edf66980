import type { components } from './schema';

export type Problem = components['schemas']['Problem'];
export type FieldProblem = NonNullable<Problem['errors']>[number];

// Thrown by the API client for every non-2xx answer (and for network failures, with status 0 and
// code NETWORK), carrying the server's problem+json so the UI can translate `code`.
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problem: Problem;
  // Seconds from the Retry-After header (429), when the server sent one.
  readonly retryAfter: number | null;

  constructor(problem: Problem, retryAfter: number | null = null) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  get fieldErrors(): FieldProblem[] {
    return this.problem.errors ?? [];
  }
}

export const isApiError = (value: unknown): value is ApiError => value instanceof ApiError;

// A 401 that means "no valid session" (a wrong password at sign-in is also a 401, but is not one).
export const isUnauthenticated = (value: unknown): boolean =>
  isApiError(value) && value.status === 401 && value.code !== 'AUTH_INVALID_CREDENTIALS';
