// Lighthouse (mobile form factor, simulated slow 4G and a 4× slower CPU: its default config) on one page,
// offline against the local gateway, with Debian's Chromium started by chrome-launcher. The performance
// score moves by ±10 between runs on a shared 2-core machine, so it runs `runs` times and reports the run
// with the median performance score (and every run's score).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS, ensureChromium } from '../infra.mjs';
import { addCleanup } from '../lib/system.mjs';

export async function runLighthouse(url, runs = 3) {
  ensureChromium();
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'],
    logLevel: 'silent',
    handleSIGINT: false,
  });
  // Ctrl-C is ours (check-web.mjs stops the system first); chrome-launcher's own handler would exit at once
  addCleanup('chromium (Lighthouse)', async () => chrome.kill());
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const r = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'seo'],
        formFactor: 'mobile',
      });
      results.push({ ...summarize(r.lhr), report: r.report });
    }
  } finally {
    await chrome.kill();
  }
  const scored = results.filter((r) => r.performance !== null).sort((a, b) => a.performance - b.performance);
  const median = scored[Math.floor((scored.length - 1) / 2)] ?? results[0];
  const runsText = results.map(
    (r) => r.performance ?? `no score (${r.runtimeError ?? r.perfErrors.join('; ') ?? '?'})`,
  );
  return { ...median, runs: runsText };
}

function summarize(lhr) {
  const score = (c) => (lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100));
  const audit = (id) => lhr.audits[id];
  const below = (cat, limit) =>
    (lhr.categories[cat]?.auditRefs ?? [])
      .map((r) => audit(r.id))
      .filter(
        (a) =>
          a &&
          ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode) &&
          a.score !== null &&
          a.score < limit,
      )
      .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
  return {
    accessibility: score('accessibility'),
    seo: score('seo'),
    performance: score('performance'),
    totalBytes: audit('total-byte-weight')?.numericValue,
    tbt: audit('total-blocking-time')?.numericValue,
    lcp: audit('largest-contentful-paint')?.numericValue,
    cls: audit('cumulative-layout-shift')?.numericValue,
    failing: { accessibility: below('accessibility', 1), seo: below('seo', 1) },
    // performance audits below 0.9 (opportunities and diagnostics too), with Lighthouse's own figure
    findings: below('performance', 0.9),
    runtimeError: lhr.runtimeError?.message,
    perfErrors: (lhr.categories.performance?.auditRefs ?? [])
      .filter((r) => r.weight > 0 && audit(r.id)?.scoreDisplayMode === 'error')
      .map((r) => `${r.id}: ${audit(r.id).errorMessage}`),
  };
}
