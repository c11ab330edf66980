import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { isUnauthenticated } from './ApiError.ts';
import { api, type BodyOf } from './client.ts';
import { meKey } from './queryClient.ts';
import type { Me } from './types.ts';

export const setupKey = ['auth', 'setup'] as const;

// The signed-in user, or null when signed out (a 401 here is an answer, not an error).
export const useMe = () =>
  useQuery({
    queryKey: meKey,
    queryFn: async ({ signal }): Promise<Me | null> => {
      try {
        return await api.get('/api/v1/auth/me', { signal });
      } catch (error) {
        if (isUnauthenticated(error)) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });

export const useSetupStatus = () =>
  useQuery({ queryKey: setupKey, queryFn: ({ signal }) => api.get('/api/v1/setup', { signal }), staleTime: 0 });

const isSessionKey = (key: readonly unknown[]) => key.length === 2 && key[0] === 'auth' && (key[1] === meKey[1] || key[1] === setupKey[1]);

// Drops everything cached for whoever was signed in before (the session queries themselves are
// overwritten, so that mounted pages see the change at once).
const forgetUserData = (client: QueryClient) => client.removeQueries({ predicate: (query) => !isSessionKey(query.queryKey) });

// After signing in, nothing cached for a previous user may show.
const useSignedIn = () => {
  const client = useQueryClient();
  return (me: Me) => {
    forgetUserData(client);
    signOut.isDeliberate = false;
    client.setQueryData(meKey, me);
    client.setQueryData(setupKey, { needsSetup: false });
  };
};

export const useLogin = () => {
  const signedIn = useSignedIn();
  return useMutation({
    mutationFn: (body: BodyOf<'/api/v1/auth/login', 'post'>) => api.post('/api/v1/auth/login', { body }),
    onSuccess: signedIn,
  });
};

export const useSetup = () => {
  const signedIn = useSignedIn();
  return useMutation({
    mutationFn: (body: BodyOf<'/api/v1/setup', 'post'>) => api.post('/api/v1/setup', { body }),
    onSuccess: signedIn,
  });
};

// Set while the user signs out on purpose: the next sign-in starts at Home, not at the page the
// previous user left (an expired session, in contrast, returns the user to where they were).
export const signOut = { isDeliberate: false };

export const useLogout = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/api/v1/auth/logout'),
    onMutate: () => {
      signOut.isDeliberate = true;
    },
    onSettled: () => {
      forgetUserData(client);
      client.setQueryData(meKey, null);
    },
  });
};

export const useUpdateMe = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<'/api/v1/auth/me', 'patch'>) => api.patch('/api/v1/auth/me', { body }),
    // A read of "me" already in flight would land after this write and put the old record back
    // (and with it the old language): drop it.
    onMutate: () => client.cancelQueries({ queryKey: meKey }),
    onSuccess: (me) => {
      client.setQueryData(meKey, me);
      // The user's own row appears in the directory too.
      void client.invalidateQueries({ queryKey: ['users'] });
    },
  });
};

export const useChangePassword = () =>
  useMutation({
    mutationFn: (body: BodyOf<'/api/v1/auth/password', 'post'>) => api.post('/api/v1/auth/password', { body }),
  });
