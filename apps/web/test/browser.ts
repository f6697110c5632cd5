import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { TestSystem } from '@app/testing';
import type { StartSystemOptions } from '@app/testing';
import { CHROMIUM, CHROMIUM_FLAGS, ROOT } from '../../../scripts/infra.mjs';

/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), with the flags every launch
 * uses. Screenshots go to .data/screenshots/ (ignored by git) for a person to look at.
 */
export const SCREENSHOTS = join(ROOT, '.data', 'screenshots');

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
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

/** What `pick` takes from each request the page sends by `method` to a URL ending in `path`, in the order sent. */
export function recordRequests<T>(page: Page, method: string, path: string, pick: (request: Request) => T): T[] {
  const seen: T[] = [];
  page.on('request', (r) => {
    if (r.method() === method && r.url().endsWith(path)) seen.push(pick(r));
  });
  return seen;
}

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

/** Who a console test signs in: a staff role and the area it is bound to. */
export type Staff = [
  role: 'lao_admin' | 'province_admin' | 'dla_admin',
  binding?: { laoCode?: string; provinceCode?: string },
];

/** A staff member of the given role signed in on a desk-sized page (the consoles' tests). */
export async function staffPage(sys: TestSystem, browser: Browser, ...[role, binding = {}]: Staff) {
  const user = await sys.userWithRole(role, binding);
  const { context, page } = await newPage(browser, sys.url, 1280);
  await context.addInitScript({ content: storeToken(user.token) });
  return { user, context, page };
}

/** axe-core finds nothing serious or critical on the page (what it finds is named in the failure). */
export async function expectNoSeriousAxe(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}
