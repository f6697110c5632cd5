import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { TestSystem } from '@app/testing';
import type { StartSystemOptions } from '@app/testing';
import { CHROMIUM, ROOT } from '../../../scripts/infra.mjs';

/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser). Without the last flags
 * Chromium tries to reach the closed network and stalls. Screenshots go to .data/screenshots/ (ignored by
 * git) for a person to look at.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const SCREENSHOTS = join(ROOT, '.data', 'screenshots');

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A phone (360×800) or desk (1280×800) browser in Thai, Bangkok time. */
export async function newPage(
  browser: Browser,
  baseURL: string,
  width: 360 | 1280,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width, height: 800 },
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
    acceptDownloads: true,
    isMobile: width === 360,
    hasTouch: width === 360,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return { context, page };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
}

/** The access token the app keeps for the signed-in consumer. */
export function tokenOf(page: Page): Promise<string | null> {
  return page.evaluate("localStorage.getItem('kdbr.token')");
}

/** What a page stores when a consumer signs in (the same key the app uses). */
export const storeToken = (token: string) => `localStorage.setItem('kdbr.token', ${JSON.stringify(token)})`;

/** A whole system and a browser for one suite: started together before its tests, stopped after them. */
export function useSystemAndBrowser(opts: StartSystemOptions, set: (sys: TestSystem, browser: Browser) => void): void {
  let started: [TestSystem, Browser] | undefined;
  beforeAll(async () => {
    started = await Promise.all([TestSystem.start(opts), launch()]);
    set(...started);
  });
  afterAll(async () => {
    await started?.[1].close();
    await started?.[0].close();
  });
}

/** A staff member of the given role signed in on a desk-sized page (the consoles' tests). */
export async function staffPage(
  sys: TestSystem,
  browser: Browser,
  role: 'lao_admin' | 'province_admin' | 'dla_admin',
  binding: { laoCode?: string; provinceCode?: string } = {},
) {
  const user = await sys.userWithRole(role, binding);
  const { context, page } = await newPage(browser, sys.url, 1280);
  await context.addInitScript({ content: storeToken(user.token) });
  return { user, context, page };
}
