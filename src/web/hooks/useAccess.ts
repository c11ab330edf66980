import { useContext, useMemo } from 'react';
import { accessOf, type Access } from '../access.ts';
import { CurrentUserContext } from './useCurrentUser.ts';

export function useAccess(): Access {
  const me = useContext(CurrentUserContext);
  return useMemo(() => accessOf(me), [me]);
}
