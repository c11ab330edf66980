// SPEC §0: the roles of a key-account department. The list is configuration: labels live in the
// locale files under `role.<id>`.
export const ROLES = [
  'admin',
  'director',
  'manager',
  'account_manager',
  'back_office',
  'finance',
  'service',
] as const;

export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);
