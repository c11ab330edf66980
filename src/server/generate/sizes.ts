// Data set sizes for `kam generate` and `npm run bench` (issue: proof at scale).
export const SIZES = {
  S: { accounts: 1_000, contactsPerAccount: 3, salesPerAccount: 10, users: 20, teams: 3 },
  M: { accounts: 20_000, contactsPerAccount: 3, salesPerAccount: 10, users: 30, teams: 4 },
  L: { accounts: 100_000, contactsPerAccount: 3, salesPerAccount: 10, users: 50, teams: 5 },
} as const;

export type Size = keyof typeof SIZES;
export const isSize = (value: string): value is Size => value in SIZES;
