// T1 "seeded guard bugs": the authorization tests switch off one guard at a time and must then
// fail. Only tests call `disableGuardForTest`; in a running server every guard is always on.
export const GUARDS = ['route-permission', 'account-visibility', 'account-edit', 'account-manage'] as const;
export type Guard = (typeof GUARDS)[number];

const disabled = new Set<Guard>();

export const isGuardOn = (guard: Guard): boolean => !disabled.has(guard);

export function disableGuardForTest(guard: Guard | null): void {
  disabled.clear();
  if (guard) disabled.add(guard);
}
