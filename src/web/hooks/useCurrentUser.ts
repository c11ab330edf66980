import { createContext, useContext } from 'react';
import type { Me } from '../api/types.ts';

// The signed-in user as the app layout last saw them. The layout is the one guard: it provides
// this only once /auth/me answered with a user, and when the session ends it navigates to the
// login page; pages below never see "no user" (even in the render before that navigation).
export const CurrentUserContext = createContext<Me | null>(null);

export function useCurrentUser(): Me {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser is used outside the signed-in layout');
  return me;
}
