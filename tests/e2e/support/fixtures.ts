import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test';

// Every journey fails on an uncaught page error or a console error. The one expected console
// error is the 401 a browser logs when the UI asks /api/v1/auth/me who is signed in and nobody is;
// a test expecting another failed request says so with `problems.allowFailedRequest`.
type AllowedFailure = { path: string; status: number };

export class PageProblems {
  private readonly found: string[] = [];
  private readonly allowed: AllowedFailure[] = [{ path: '/api/v1/auth/me', status: 401 }];

  watch(page: Page): void {
    page.on('pageerror', (error) => this.found.push(`uncaught: ${error.stack ?? error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !this.isAllowed(message)) {
        const where = message.location().url;
        this.found.push(`console: ${message.text()}${where ? ` (${where})` : ''}`);
      }
    });
  }

  allowFailedRequest(path: string, status: number): void {
    this.allowed.push({ path, status });
  }

  get list(): readonly string[] {
    return this.found;
  }

  // Chromium reports a failed fetch as "Failed to load resource: … status of 401 (…)" at the URL.
  private isAllowed(message: ConsoleMessage): boolean {
    const status = /status of (\d{3})/.exec(message.text())?.[1];
    if (!status) return false;
    const { pathname } = new URL(message.location().url || 'about:blank');
    return this.allowed.some((allowed) => allowed.path === pathname && allowed.status === Number(status));
  }
}

export const test = base.extend<{ problems: PageProblems }>({
  problems: [
    async ({ page }, use) => {
      const problems = new PageProblems();
      problems.watch(page);
      await use(problems);
      expect(problems.list, 'uncaught page errors and console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
