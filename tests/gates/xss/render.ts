/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';

// Renders pages in headless Chromium and records every sign that a stored payload ran:
// a call of `__xss(N)`, a dialog (alert/confirm/prompt), a console error naming a payload, and
// markup that would run on a click or hover (an on* attribute or a javascript:/data:text/html URL
// that carries a payload). The UI is served from a fresh build; /api goes to the server.

export type Finding = { page: string; kind: 'execution' | 'dialog' | 'console' | 'dangerous-markup'; detail: string };

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json', '.woff2': 'font/woff2', '.webmanifest': 'application/manifest+json' };

export async function openBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export async function newContext(browser: Browser, baseUrl: string, webDir: string, cookie: string | null, width: number): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', reducedMotion: 'reduce', viewport: { width, height: width < 500 ? 844 : 900 } });
  if (cookie) {
    const [name, ...value] = cookie.split('=');
    await context.addCookies([{ name, value: value.join('='), url: baseUrl }]);
  }
  await context.addInitScript(() => {
    const w = window as unknown as { __xss: (n: unknown) => void; __kamPending: Map<number, number> };
    w.__xss = (n) => console.log(`__XSS_EXECUTED__ ${String(n)}`);
    // The page's API requests in flight (with their start), so the gate knows when the data has
    // been drawn; a request that hangs for seconds (polling, a broken route) is not waited for.
    w.__kamPending = new Map();
    let next = 0;
    const original = window.fetch.bind(window);
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      const id = ++next;
      w.__kamPending.set(id, performance.now());
      try {
        return await original(...args);
      } finally {
        setTimeout(() => w.__kamPending.delete(id), 30);
      }
    };
  });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname.startsWith('/api/')) return route.continue();
    const file = path.join(webDir, path.normalize(url.pathname));
    const isFile = file.startsWith(webDir) && fs.existsSync(file) && fs.statSync(file).isFile();
    const served = isFile ? file : path.join(webDir, 'index.html');
    return route.fulfill({ status: 200, body: fs.readFileSync(served), contentType: TYPES[path.extname(served)] ?? 'application/octet-stream' });
  });
  return context;
}

// Markup that runs on interaction: checked in the live DOM after rendering.
function scanDom(): string[] {
  const found: string[] = [];
  const payload = /__xss|alert\(/i;
  for (const el of Array.from(document.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value;
      if (name.startsWith('on') && payload.test(value)) found.push(`<${el.tagName.toLowerCase()} ${name}="${value.slice(0, 80)}">`);
      if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc', 'style', 'background'].includes(name)) {
        const squeezed = value.replace(/[\s\p{Cc}]/gu, '').toLowerCase();
        if (value.includes('React has blocked')) continue;
        if ((/^(javascript|vbscript):/.test(squeezed) || squeezed.startsWith('data:text/html') || name === 'srcdoc' || squeezed.includes('url(javascript')) && payload.test(value)) {
          found.push(`<${el.tagName.toLowerCase()} ${name}="${value.slice(0, 80)}">`);
        }
      }
    }
    if (el.tagName === 'SCRIPT' && payload.test(el.textContent ?? '')) found.push(`<script>${(el.textContent ?? '').slice(0, 80)}`);
  }
  return found;
}

export class Renderer {
  readonly findings: Finding[] = [];
  readonly pages = new Set<string>();
  views = 0;
  dialogs = 0;
  executions = 0;

  watch(page: Page, label: () => string): void {
    page.on('dialog', (dialog) => {
      this.dialogs++;
      this.findings.push({ page: label(), kind: 'dialog', detail: `${dialog.type()}(${dialog.message()})` });
      void dialog.dismiss().catch(() => undefined);
    });
    page.on('console', (message) => {
      const text = message.text();
      if (text.startsWith('__XSS_EXECUTED__')) {
        this.executions++;
        this.findings.push({ page: label(), kind: 'execution', detail: text });
      } else if (message.type() === 'error' && /__xss|alert\(\d/.test(text)) {
        this.findings.push({ page: label(), kind: 'console', detail: text.slice(0, 200) });
      }
    });
  }

  // Until the page's data has arrived: no request to /api in flight and no spinner or skeleton
  // (a fixed 'networkidle' costs half a second per view, and the gate opens hundreds).
  async settle(page: Page): Promise<void> {
    const started = performance.now();
    await page.waitForLoadState('domcontentloaded');
    await page
      .waitForFunction(
        () => {
          const pending = (window as unknown as { __kamPending?: Map<number, number> }).__kamPending;
          const now = performance.now();
          const isFetching = pending !== undefined && [...pending.values()].some((started) => now - started < 2_500);
          return !isFetching && !document.querySelector('.ant-spin-spinning, .ant-skeleton-active');
        },
        undefined,
        { timeout: 5_000, polling: 50 },
      )
      .catch(() => undefined);
    await page.waitForTimeout(80);
    if (process.env.XSS_VERBOSE) console.log(`settled ${page.url()} in ${Math.round(performance.now() - started)} ms`);
  }

  // A payload planted by the gate itself must be seen, or the gate could not fail.
  async control(page: Page): Promise<boolean> {
    const before = this.findings.length;
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img id=xss-control src=x onerror=__xss(0)>'));
    await page.evaluate(() => setTimeout(() => alert('0'), 0));
    await page.waitForTimeout(300);
    await page.evaluate(() => document.getElementById('xss-control')?.remove());
    const seen = this.findings.splice(before);
    this.executions -= seen.filter((f) => f.kind === 'execution').length;
    this.dialogs -= seen.filter((f) => f.kind === 'dialog').length;
    return seen.some((f) => f.kind === 'execution') && seen.some((f) => f.kind === 'dialog');
  }

  readonly started = performance.now();
  async check(page: Page, label: string): Promise<void> {
    this.views++;
    if (process.env.XSS_VERBOSE) console.log(`view ${this.views} at ${Math.round(performance.now() - this.started)} ms: ${label}`);
    for (const markup of await page.evaluate(scanDom)) this.findings.push({ page: label, kind: 'dangerous-markup', detail: markup });
  }

  // Opens a page, then each tab and segmented choice on it, and hovers what shows a tooltip.
  async visit(page: Page, url: string, options: { clickTabs?: boolean; hover?: boolean } = {}): Promise<void> {
    let label = url;
    this.pages.add(url.split('?')[0].replace(/[0-9a-f-]{36}/g, ':id'));
    // Inside the app, navigate as a link click does (no reload of the bundle for every page).
    if (page.url().startsWith('http') && !url.startsWith('/form/')) {
      await page.evaluate((to) => {
        window.history.pushState({}, '', to);
        window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
      }, url);
    } else await page.goto(url);
    await this.settle(page);
    await this.check(page, label);
    if (options.hover) await this.hover(page, label);
    if (!options.clickTabs) return;
    // Every tab of the page's first tab bar, opened by its address (?tab=key): also the ones a
    // phone's narrow bar folds into its "more" menu.
    await page.locator('.ant-tabs-tab').first().waitFor({ timeout: 5_000 }).catch(() => undefined);
    const keys = await page.locator('.ant-tabs').first().locator('.ant-tabs-nav-list > .ant-tabs-tab:not(.ant-tabs-tab-disabled)').evaluateAll((tabs) => tabs.map((tab) => tab.getAttribute('data-node-key') ?? ''));
    for (const key of keys.filter(Boolean)) {
      label = `${url} tab ${key}`;
      const to = `${url}${url.includes('?') ? '&' : '?'}tab=${encodeURIComponent(key)}`;
      await page.evaluate((address) => {
        window.history.pushState({}, '', address);
        window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
      }, to);
      await this.settle(page);
      await this.check(page, label);
      const choices = page.locator('.ant-tabs-tabpane-active .ant-segmented-item:not(.ant-segmented-item-selected)');
      for (let j = 0; j < (await choices.count()); j++) {
        await choices.nth(j).click().catch(() => undefined);
        await this.settle(page);
        await this.check(page, `${label} / view ${j + 2}`);
      }
      if (options.hover) await this.hover(page, label);
    }
  }

  // Tooltips (antd title/ellipsis) and chart tooltips (ECharts draws HTML on hover, G6 labels).
  async hover(page: Page, label: string): Promise<void> {
    const titled = page.locator('main [title]:visible, .ant-typography-ellipsis:visible, .ant-table-cell-ellipsis:visible');
    for (let i = 0; i < Math.min(await titled.count(), 6); i++) await titled.nth(i).hover({ timeout: 300, force: true }).catch(() => undefined);
    const canvases = page.locator('canvas');
    for (let i = 0; i < Math.min(await canvases.count(), 3); i++) {
      const box = await canvases.nth(i).boundingBox();
      if (!box) continue;
      // A 12 × 8 grid: chart points are small, and a tooltip only opens on one.
      for (let fx = 0.04; fx < 1; fx += 1 / 12) for (let fy = 0.06; fy < 1; fy += 1 / 8) await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
    }
    await page.waitForTimeout(100);
    await this.check(page, `${label} (hovered)`);
  }
}
