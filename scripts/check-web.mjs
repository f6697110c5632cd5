#!/usr/bin/env node
// `npm run check:web` — prints the web app's quality figures: JavaScript per route, the product page's first
// HTML without JavaScript, security and caching headers, axe-core on every page at 360 and 1280 px,
// Lighthouse on the product page, and screenshots under .data/check-web/. It builds, starts the whole
// system as separate processes on its own NATS and fresh databases, seeds through the public API, measures,
// and stops everything. Not a timed test: it exits 1 only when a hard bar is missed, and says which.
//
//   npm run check:web                  build, then everything
//   npm run check:web -- --no-build    use the current dist/
//   npm run check:web -- --quick       skip Lighthouse
//   npm run check:web -- --lighthouse-runs=1   one Lighthouse run instead of the median of 3
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './infra.mjs';
import { axeAndScreenshots, pagesToCheck } from './check-web/browser.mjs';
import { firstHtmlChecks, headerChecks } from './check-web/html.mjs';
import { runLighthouse } from './check-web/lighthouse.mjs';
import { seed } from './lib/seed.mjs';
import { routeSizes } from './check-web/sizes.mjs';
import { cleanup, cleanupOnInterrupt, startSystem } from './lib/system.mjs';

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter(
  (a) => !['--no-build', '--quick'].includes(a) && !/^--lighthouse-runs=[1-9]\d*$/.test(a),
);
if (unknown.length) {
  console.error(`check:web: unknown option ${unknown.join(' ')} (options: --no-build, --quick, --lighthouse-runs=N)`);
  process.exit(2);
}
const OUT = join(ROOT, '.data', 'check-web');
const CLIENT = join(ROOT, 'dist', 'web', 'client');
const LH_RUNS = Number([...args].find((a) => a.startsWith('--lighthouse-runs='))?.split('=')[1] ?? 3);
const BARS = { jsTotalKb: 60, fontsKb: 40, lhAccessibility: 95, lhSeo: 90 };

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const files = (n) => `${n} file${n === 1 ? '' : 's'}`;
const progress = (msg) => process.stderr.write(`[check:web] ${msg}\n`);

/** The printed table: sections of rows; a row with a `met` boolean is a bar. */
const table = [];
const section = (title) => table.push({ title });
const row = (label, value, bar = '', met = undefined) => table.push({ label, value, bar, met });

function print() {
  const w = Math.max(...table.filter((r) => r.label).map((r) => r.label.length));
  const v = Math.min(40, Math.max(...table.filter((r) => r.label).map((r) => String(r.value).length)));
  const lines = [];
  for (const r of table) {
    if (r.title) lines.push('', `── ${r.title}`);
    else
      lines.push(
        `  ${r.met === undefined ? ' ' : r.met ? '✓' : '✗'} ${r.label.padEnd(w)}  ${String(r.value).padEnd(v)}  ${r.bar}`.trimEnd(),
      );
  }
  console.log(lines.join('\n'));
  const bars = table.filter((r) => r.met !== undefined);
  const missed = bars.filter((r) => !r.met);
  if (missed.length) console.log(`\nmissed: ${missed.map((r) => r.label).join('; ')}`);
  console.log(`\ncheck:web: ${bars.length - missed.length} bars met, ${missed.length} missed`);
  return { lines, met: bars.length - missed.length, missed: missed.length };
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  if (!args.has('--no-build')) {
    progress('building (npm run -s build)…');
    const b = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (b.status !== 0) throw new Error(`the build failed (exit ${b.status})`);
  }

  section('JavaScript per route (gzip)');
  const sizes = routeSizes(CLIENT);
  for (const [name, r] of Object.entries(sizes.routes)) row(`${name} page JS`, `${kb(r.gzip)} (${files(r.files)})`);
  row(
    'home + product + order total JS',
    `${kb(sizes.total.gzip)} (${files(sizes.total.files)})`,
    `≤ ${BARS.jsTotalKb} KB`,
    sizes.total.gzip <= BARS.jsTotalKb * 1024,
  );
  row('CSS', `${kb(sizes.css.gzip)} (${files(sizes.css.files)})`);
  row(
    'producer console JS (/farmer only)',
    `${kb(sizes.consoles.farmer.gzip)} (${files(sizes.consoles.farmer.files)})`,
  );
  row('admin console JS (/admin only)', `${kb(sizes.consoles.admin.gzip)} (${files(sizes.consoles.admin.files)})`);
  row(
    'console code in consumer pages',
    `${sizes.consolesInConsumerPages} files`,
    'none',
    sizes.consolesInConsumerPages === 0,
  );
  row(
    'fonts (.woff2 in the CSS)',
    `${kb(sizes.fonts.bytes)} (${files(sizes.fonts.files)})`,
    `≤ ${BARS.fontsKb} KB`,
    sizes.fonts.bytes <= BARS.fontsKb * 1024,
  );

  progress('starting nats-server and the six apps…');
  const sys = await startSystem({ logDir: join(OUT, 'logs') });
  progress(`system up at ${sys.base} (databases ${sys.prefix}_*); seeding through the API…`);
  const seeded = await seed(sys.base, sys.admin, sys.smsLogPath);

  const first = await firstHtmlChecks(sys.base, seeded);
  section(`First HTML of /products/:id without JavaScript (HTTP ${first.status})`);
  for (const [label, ok, detail] of first.rows)
    row(label, ok ? 'present' : 'MISSING', detail.length > 70 ? `${detail.slice(0, 69)}…` : detail, ok);

  section('Security and caching headers (/, /products/:id, /orders/x, an /assets/ file)');
  for (const [label, ok, detail] of await headerChecks(sys.base, seeded, sizes.entryFile))
    row(label, ok ? 'yes' : 'NO', detail, ok);

  progress(`axe-core and screenshots in Chromium (${pagesToCheck(seeded).length} pages × 2 sizes)…`);
  const axe = await axeAndScreenshots(sys.base, seeded, OUT);
  section('axe-core violations (nodes by impact: critical/serious/moderate/minor)');
  for (const name of [...new Set(axe.map((r) => r.page))]) {
    const rs = axe.filter((r) => r.page === name);
    const sum = (k) => rs.reduce((s, r) => s + r.byImpact[k], 0);
    const value = rs
      .map((r) => `${r.size}px ${r.byImpact.critical}/${r.byImpact.serious}/${r.byImpact.moderate}/${r.byImpact.minor}`)
      .join(', ');
    const rules = [...new Set(rs.flatMap((r) => r.serious))];
    const others = [...new Set(rs.flatMap((r) => r.other.map((o) => o.replace(/×\d+$/, ''))))];
    const note = rules.length
      ? `serious/critical: ${rules.join(', ')}`
      : others.length
        ? `(moderate/minor: ${others.join(', ')})`
        : '';
    row(
      `${name} (${rs[0].path.replace(seeded.productId, ':id').replace(seeded.batchId, ':id').replace(seeded.orderId, ':orderId')})`,
      value,
      `0 serious/critical ${note}`.trim(),
      sum('critical') + sum('serious') === 0,
    );
  }
  const overflowing = axe.filter((r) => r.overflow > 0).map((r) => `${r.page}@${r.size} (+${r.overflow}px)`);
  row('horizontal overflow', overflowing.length ? overflowing.join(', ') : 'none');
  const shifting = axe.filter((r) => r.cls >= 0.01).map((r) => `${r.page}@${r.size} ${r.cls.toFixed(2)}`);
  row('layout shift (CLS, unthrottled)', shifting.length ? shifting.join(', ') : 'none ≥ 0.01');
  const broken = axe
    .filter((r) => r.errors.length || r.status >= 400)
    .map((r) => `${r.page}@${r.size}: ${r.status} ${r.errors.slice(0, 2).join(' | ')}`);
  if (broken.length) row('page errors', broken.join('; '));
  row('screenshots', `${relative(ROOT, OUT)}/<page>-<360|1280>.png (${axe.length} files)`);
  writeFileSync(
    join(OUT, 'axe.json'),
    JSON.stringify(
      axe.map(({ violations, ...r }) => ({
        ...r,
        violations: violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          targets: v.nodes.map((n) => n.target.join(' ')),
        })),
      })),
      null,
      2,
    ),
  );

  if (!args.has('--quick')) {
    progress(`Lighthouse on the product page (mobile, ${LH_RUNS} runs)…`);
    const lh = await runLighthouse(`${sys.base}/products/${seeded.productId}`, LH_RUNS);
    writeFileSync(join(OUT, 'lighthouse.json'), lh.report);
    section(
      `Lighthouse on /products/:id (mobile, simulated throttling; the median of ${LH_RUNS} runs by performance score)`,
    );
    if (lh.runtimeError) row('runtime error', lh.runtimeError);
    row(
      'accessibility',
      lh.accessibility,
      `≥ ${BARS.lhAccessibility} ${lh.failing.accessibility.join('; ')}`.trim(),
      lh.accessibility >= BARS.lhAccessibility,
    );
    row('SEO', lh.seo, `≥ ${BARS.lhSeo} ${lh.failing.seo.join('; ')}`.trim(), lh.seo >= BARS.lhSeo);
    row('performance score', lh.performance, `runs: ${lh.runs.join(', ')}`);
    row('performance findings', lh.findings.join(', ') || 'none');
    row('total byte weight', kb(lh.totalBytes ?? 0));
    row('total blocking time', `${Math.round(lh.tbt ?? 0)} ms`);
    row('largest contentful paint', `${((lh.lcp ?? 0) / 1000).toFixed(2)} s`);
    row('cumulative layout shift', (lh.cls ?? 0).toFixed(3));
    row('report', `${relative(ROOT, OUT)}/lighthouse.json`);
  }

  console.log(`\n=== check:web ${new Date().toISOString()} (${sys.base}) ===`);
  const { lines, met, missed } = print();
  writeFileSync(join(OUT, 'summary.txt'), `${lines.join('\n')}\n\ncheck:web: ${met} bars met, ${missed} missed\n`);
  if (missed) process.exitCode = 1;
}

cleanupOnInterrupt(progress);

main()
  .catch((e) => {
    console.error(`check:web failed: ${e.stack ?? e.message}`);
    process.exitCode = 2;
  })
  .finally(() => cleanup());
