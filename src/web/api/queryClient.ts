import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError, isUnauthenticated } from './ApiError.ts';
import type { Me } from './types.ts';

export const meKey = ['auth', 'me'] as const;

// A 401 from any request means the session ended (expired, signed out elsewhere, user disabled):
// forget who we were; the route guard then sends the user to the login page.
const forgetSession = (client: QueryClient) => client.setQueryData<Me | null>(meKey, null);

// Client errors will not go away by retrying; network failures and 5xx may.
const shouldRetry = (failureCount: number, error: unknown) =>
  failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500);

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isUnauthenticated(error) && query.queryKey[0] !== meKey[0]) forgetSession(client);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        if (isUnauthenticated(error)) forgetSession(client);
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
  return client;
}
