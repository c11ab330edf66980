import { defineConfig } from '@playwright/test';

// End-to-end tests drive Debian's Chromium against a real server on a fresh embedded database.
// E2E_PORT lets two runs share a checkout (each gets its own server, data and results).
const port = Number(process.env.E2E_PORT ?? 3100);
const results = port === 3100 ? 'test-results' : `test-results/port-${port}`;
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: `${results}/e2e`,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  globalSetup: './tests/e2e/global-setup.ts',
  // The database is fresh and shared by every spec: the first run creates the administrator,
  // the other journeys start from there (in file order, one worker).
  projects: [
    { name: 'first-run', testMatch: /first-run\.spec\.ts$/ },
    { name: 'journeys', testIgnore: /first-run\.spec\.ts$/, dependencies: ['first-run'] },
  ],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // The UI then drops its animations (see src/web/theme.ts): a menu item that slides in while
    // the pointer goes down and up receives no click.
    reducedMotion: 'reduce',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `node scripts/e2e-server.js ${port}`,
    url: `http://localhost:${port}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
