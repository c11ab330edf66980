import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

const port = process.env.E2E_PORT ?? '3100';
export const SCREENSHOT_DIR = port === '3100' ? 'test-results/screenshots' : `test-results/port-${port}/screenshots`;
export const DESKTOP = 1280;
export const PHONE = 390;

// Below antd's `md` breakpoint the side menu becomes a drawer (src/web/hooks/useIsPhone.ts).
const PHONE_BELOW = 768;

// Waits until the page has re-laid itself out for the current width and finished loading.
async function settle(page: Page, width: number): Promise<void> {
  const hasFrame = (await page.locator('.ant-layout-header').count()) > 0;
  if (hasFrame) {
    const sider = page.locator('.ant-layout-sider');
    if (width < PHONE_BELOW) await expect(sider).toHaveCount(0);
    else await expect(sider).toBeVisible();
  }
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await page.evaluate('document.fonts.ready');
  // Two frames: React has committed the resize and the browser has painted it.
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
}

// Saves a full-page screenshot of the current page as <name>-<width>.png for each width. At
// phone widths it also checks that the page does not scroll sideways.
export async function screenshot(page: Page, name: string, widths: readonly number[] = [DESKTOP]): Promise<void> {
  const original = page.viewportSize() ?? { width: DESKTOP, height: 800 };
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const width of widths) {
    if (width !== page.viewportSize()?.width) await page.setViewportSize({ width, height: original.height });
    await settle(page, width);
    if (width < PHONE_BELOW) {
      const scrollWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
      expect(scrollWidth, `${name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(width);
    }
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${width}.png`), fullPage: true, animations: 'disabled' });
  }
  if (page.viewportSize()?.width !== original.width) {
    await page.setViewportSize(original);
    await settle(page, original.width);
  }
}
