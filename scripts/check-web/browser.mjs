// axe-core on every page at a phone and a desk width, in Debian's Chromium through playwright-core, with a
// full-page screenshot of each. The consumer's pages are opened signed in (the token in localStorage, as
// the app keeps it after signing in).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, ensureChromium } from '../infra.mjs';
import { addCleanup } from '../lib/system.mjs';

export const SIZES = [
  { name: '360', width: 360, height: 800 },
  { name: '1280', width: 1280, height: 800 },
];

export function pagesToCheck(seeded) {
  return [
    { name: 'home', path: '/' },
    { name: 'product', path: `/products/${seeded.productId}` },
    { name: 'batch', path: `/batches/${seeded.batchId}` },
    { name: 'reserve', path: `/batches/${seeded.batchId}/reserve` },
    { name: 'signin', path: '/signin' },
    { name: 'orders', path: '/orders', as: 'consumer' },
    { name: 'order', path: `/orders/${seeded.orderId}`, as: 'consumer' },
    // the producer's console
    { name: 'farmer-batches', path: '/farmer/batches', as: 'farmer' },
    { name: 'farmer-batch', path: `/farmer/batches/${seeded.batchId}`, as: 'farmer' },
    { name: 'farmer-new-batch', path: '/farmer/batches/new', as: 'farmer' },
    { name: 'farmer-live', path: `/farmer/batches/${seeded.batchId}/live`, as: 'farmer', stream: true },
    { name: 'farmer-packing', path: `/farmer/batches/${seeded.batchId}/packing`, as: 'farmer' },
    { name: 'farmer-payments', path: '/farmer/payments', as: 'farmer' },
    { name: 'farmer-products', path: '/farmer/products', as: 'farmer' },
    { name: 'farmer-product', path: `/farmer/products/${seeded.productId}`, as: 'farmer' },
    { name: 'farmer-figures', path: '/farmer/figures', as: 'farmer' },
    // the administrations' console (the DLA)
    { name: 'admin-dashboard', path: '/admin', as: 'admin' },
    { name: 'admin-producers', path: '/admin/producers', as: 'admin' },
    { name: 'admin-content-links', path: '/admin/content-links', as: 'admin' },
  ];
}

/** Per page and size: violations by impact, the serious/critical rule ids, the screenshot and the page's horizontal overflow. */
export async function axeAndScreenshots(base, seeded, shotDir) {
  ensureChromium();
  mkdirSync(shotDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  addCleanup('chromium (axe)', () => browser.close());
  const results = [];
  try {
    for (const size of SIZES) {
      const tokens = { consumer: seeded.consumerToken, farmer: seeded.farmerToken, admin: seeded.adminToken };
      for (const as of [undefined, 'consumer', 'farmer', 'admin']) {
        const context = await browser.newContext({
          viewport: { width: size.width, height: size.height },
          locale: 'th-TH',
          timezoneId: 'Asia/Bangkok',
        });
        await context.addInitScript(recordLayoutShifts);
        if (as) await context.addInitScript((token) => window.localStorage.setItem('kdbr.token', token), tokens[as]);
        try {
          for (const pg of pagesToCheck(seeded).filter((p) => p.as === as)) {
            results.push(await checkPage(context, base, pg, size, shotDir));
          }
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}

async function checkPage(context, base, pg, size, shotDir) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  try {
    // an event stream never lets the network go idle
    const res = await page.goto(`${base}${pg.path}`, {
      waitUntil: pg.stream ? 'load' : 'networkidle',
      timeout: 60_000,
    });
    // the page's data has arrived when no "loading" line is left
    await page
      .waitForFunction(() => !document.querySelector('.loading'), null, { timeout: 20_000 })
      .catch(() => errors.push('still loading after 20 s'));
    await page.evaluate(() => document.fonts.ready);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    const shifts = await page.evaluate(() => window.__shifts ?? []);
    const screenshot = join(shotDir, `${pg.name}-${size.name}.png`);
    await page.screenshot({ path: screenshot, fullPage: true });
    const axe = await new AxeBuilder({ page }).analyze();
    const byImpact = { critical: 0, serious: 0, moderate: 0, minor: 0 };
    const serious = [];
    const other = [];
    for (const v of axe.violations) {
      byImpact[v.impact ?? 'minor'] += v.nodes.length;
      (v.impact === 'serious' || v.impact === 'critical' ? serious : other).push(`${v.id}×${v.nodes.length}`);
    }
    return {
      page: pg.name,
      path: pg.path,
      size: size.name,
      status: res?.status() ?? 0,
      byImpact,
      serious,
      other,
      screenshot,
      overflow,
      errors,
      cls: shifts.reduce((a, x) => a + x.value, 0),
      shifts,
      violations: axe.violations,
    };
  } finally {
    await page.close();
  }
}

/** In the page: every layout shift not caused by input, with the elements that moved (what Lighthouse's CLS adds up). */
function recordLayoutShifts() {
  window.__shifts = [];
  const describe = (n) =>
    n && n.nodeType === 1
      ? `${n.tagName.toLowerCase()}${n.className ? `.${String(n.className).trim().split(/\s+/).join('.')}` : ''}`
      : n
        ? '#text'
        : '?';
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput)
        window.__shifts.push({
          value: e.value,
          at: Math.round(e.startTime),
          sources: (e.sources ?? []).map((s) => describe(s.node)),
        });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}
