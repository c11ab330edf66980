import type { TFunction } from 'i18next';
import { ROLES } from '../../domain/users/roles.ts';

// The roles in their configured order, labelled from the locale files (`role.<id>`).
export const roleOptions = (t: TFunction) => ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }));
