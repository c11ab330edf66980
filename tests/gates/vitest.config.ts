import { defineConfig } from 'vitest/config';

// The proof gates (QUALITY.md T8, T10): real server processes, real data dirs, real PostgreSQL.
// Slow by nature, so not part of `npm test`: `npm run test:crash`, `npm run test:backup`.
// A gate's two database modes are two files and run side by side (one per core).
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/gates/**/*.gate.ts'],
    maxWorkers: 2,
    testTimeout: 600_000,
    hookTimeout: 180_000,
    env: { TZ: 'Asia/Shanghai' },
  },
});
