import { ApiError, type Problem } from './ApiError.ts';
import type { paths } from './schema';

// A small fetch wrapper typed from the generated OpenAPI document (schema.d.ts): the path, method,
// path parameters, query and body are checked against the spec, and the result is the 2xx body.
type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

export type PathsWith<M extends Method> = {
  [P in keyof paths]: paths[P][M] extends { responses: unknown } ? P : never;
}[keyof paths];

type Operation<P extends keyof paths, M extends Method> = paths[P][M];

type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;

type SuccessOf<R> = R extends Record<number, unknown>
  ? JsonOf<R[200]> | JsonOf<R[201]> | JsonOf<R[202]> | (204 extends keyof R ? undefined : never)
  : never;

export type ResponseOf<P extends keyof paths, M extends Method> = SuccessOf<Operation<P, M> extends { responses: infer R } ? R : never>;

export type BodyOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody: { content: { 'application/json': infer B } } }
    ? B
    : Operation<P, M> extends { requestBody?: { content: { 'application/json': infer B } } }
      ? B | undefined
      : never;

export type QueryOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? ([Q] extends [never] ? never : Q) : never;

type PathParamsOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { parameters: { path: infer A } } ? ([A] extends [never] ? never : A) : never;

type Options<P extends keyof paths, M extends Method> = {
  params?: PathParamsOf<P, M>;
  query?: QueryOf<P, M>;
  body?: BodyOf<P, M>;
  signal?: AbortSignal;
};

const toSearch = (query: Record<string, unknown> | undefined): string => {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
};

const fillPath = (path: string, params: Record<string, unknown> | undefined): string =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params?.[name] ?? '')));

// problem+json of a failed response (also used by the multipart import upload).
export const problemFrom = async (response: Response): Promise<Problem> => {
  const fallback: Problem = { type: 'about:blank', title: response.statusText, status: response.status, code: response.status >= 500 ? 'INTERNAL' : 'UNKNOWN' };
  try {
    const body: unknown = await response.json();
    if (body && typeof body === 'object' && 'code' in body) return { ...fallback, ...(body as Problem) };
  } catch {
    // Not JSON (a proxy's error page): keep the fallback.
  }
  return fallback;
};

export async function request<P extends keyof paths, M extends Method>(
  method: M,
  path: P,
  options: Options<P, M> = {},
): Promise<ResponseOf<P, M>> {
  const url = fillPath(path, options.params as Record<string, unknown>) + toSearch(options.query as Record<string, unknown>);
  const hasBody = options.body !== undefined;
  let response: Response;
  try {
    response = await fetch(url, {
      method: method.toUpperCase(),
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...(hasBody ? { 'content-type': 'application/json' } : {}) },
      body: hasBody ? JSON.stringify(options.body) : undefined,
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0, code: 'NETWORK' });
  }
  if (!response.ok) {
    const retryAfter = Number(response.headers.get('retry-after'));
    throw new ApiError(await problemFrom(response), Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null);
  }
  if (response.status === 204) return undefined as ResponseOf<P, M>;
  return (await response.json()) as ResponseOf<P, M>;
}

export const api = {
  get: <P extends PathsWith<'get'>>(path: P, options?: Options<P, 'get'>) => request('get', path, options),
  post: <P extends PathsWith<'post'>>(path: P, options?: Options<P, 'post'>) => request('post', path, options),
  patch: <P extends PathsWith<'patch'>>(path: P, options?: Options<P, 'patch'>) => request('patch', path, options),
  put: <P extends PathsWith<'put'>>(path: P, options?: Options<P, 'put'>) => request('put', path, options),
  delete: <P extends PathsWith<'delete'>>(path: P, options?: Options<P, 'delete'>) => request('delete', path, options),
};
