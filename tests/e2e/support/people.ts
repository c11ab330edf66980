// The people the journeys create and sign in as. The database is fresh on every run
// (scripts/e2e-server.js), so fixed names never collide.

export type Person = { username: string; name: string; password: string };

// Created on the first-run page (first-run.spec.ts); every later spec relies on them.
export const ADMIN: Person = { username: 'admin', name: '王建国', password: 'Kam-e2e-Admin-2024' };

// Created by the administrator in users.spec.ts: an account manager in TEAM, reporting to ADMIN.
export const ACCOUNT_MANAGER: Person = { username: 'lina', name: '李娜', password: 'Kam-e2e-Lina-2024' };
export const TEAM = { name: '华东大客户组' };

// The administrator's signed-in browser state, written by first-run.spec.ts.
const port = process.env.E2E_PORT ?? '3100';
export const ADMIN_STATE = port === '3100' ? 'test-results/e2e-auth/admin.json' : `test-results/port-${port}/e2e-auth/admin.json`;
