import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { jetstream } from '@nats-io/jetstream';
import { processEnv } from '@app/config';
import type { Caller, SummaryQuery } from '@app/contracts';
import { OrderEvents, eventSubject } from '@app/contracts';
import { connectNats, ensureStream, newEvent, packReply } from '@app/messaging';
import type { NatsEndpoint } from '@app/messaging';
import { dropDatabase, openServiceDataSource } from '@app/persistence';
import { loadGatewayConfig } from '../apps/gateway/src/config.js';
import { createGatewayApp } from '../apps/gateway/src/gateway.app.js';
import { parseArgs } from '../apps/reporting/src/cli/args.js';
import { loadReportingConfig } from '../apps/reporting/src/config.js';
import { FlaggedSalesRepository } from '../apps/reporting/src/flags/flagged-sales.repository.js';
import { ExportService } from '../apps/reporting/src/export/export.service.js';
import { reportingMigrations } from '../apps/reporting/src/migrations/index.js';
import { aggregateDrift } from '../apps/reporting/src/read-model/aggregates.js';
import { loadReferenceData } from '../apps/reporting/src/read-model/reference-data.js';
import { rebuildReadModel } from '../apps/reporting/src/rebuild/rebuild.js';
import { createReportingApp } from '../apps/reporting/src/reporting.app.js';
import { FiguresQuery, FiguresRepository } from '../apps/reporting/src/summary/figures.repository.js';
import { PlaceDirectory } from '../apps/reporting/src/summary/place-directory.js';
import { SummaryService } from '../apps/reporting/src/summary/summary.service.js';
import { TargetsService } from '../apps/reporting/src/targets/targets.service.js';
import { generateData } from './reports-data.js';

/**
 * npm run bench:reports -- [--orders 1000000] [--producers 50000] [--links 20000] [--reps 10]
 *                          [--rate 500] [--seconds 20] [--replicas 2] [--no-queries (summaries and export)] [--no-http] [--no-latency] [--no-rebuild] [--rebuild-events N (default: every fact)]
 *                          [--keep (the database, for EXPLAIN)] [--reuse (the database a --keep run left: no generation)]
 * Figures are printed beside the same query done naively (GROUP BY over the raw facts) in the same run,
 * and written to docs/benchmarks.md, section "Reporting".
 */
const args = parseArgs(process.argv.slice(2));
const num = (k: string, d: number) => (typeof args[k] === 'string' ? Number(args[k]) : d);
const scale = { orders: num('orders', 1_000_000), producers: num('producers', 50_000), links: num('links', 20_000) };
const reps = num('reps', 10);
const rate = num('rate', 500);
const seconds = num('seconds', 20);
const replicas = num('replicas', 2);

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}
const ROOT = findRoot();
const infra = await import(pathToFileURL(join(ROOT, 'scripts', 'infra.mjs')).href);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
async function timed<T>(f: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const r = await f();
  return [performance.now() - t, r];
}
const log = (s: string) => console.log(`[bench:reports] ${s}`);

/** The naive path: every figure straight from order_facts. */
class NaiveFigures extends FiguresRepository {
  override figures(q: FiguresQuery, db?: Parameters<FiguresRepository['figures']>[1]) {
    return this.naiveFigures(q, db);
  }
}

const env = processEnv();
const pg = await infra.ensurePostgres({
  url: env.DATABASE_URL,
  dataDir: join(ROOT, '.data', 'bench-postgres'),
  port: 54331,
});
const config = loadReportingConfig({ ...env, DATABASE_URL: pg.url, DATABASE_PREFIX: 'bench' });
if (args.reuse !== true) await dropDatabase(config.databaseUrl);
const ds = await openServiceDataSource({
  url: config.databaseUrl,
  entities: [],
  migrations: reportingMigrations,
  name: 'bench',
});
let genMs = 0;
if (args.reuse === true) {
  log(`reusing the kept database (${(await ds.query(`SELECT COUNT(*)::int AS n FROM order_facts`))[0].n} facts)`);
} else {
  await loadReferenceData(ds, config.referenceDataDir);
  log(`generating ${JSON.stringify(scale)}…`);
  [genMs] = await timed(() => generateData(ds, scale));
  log(`data generated in ${(genMs / 1000).toFixed(1)} s`);
}

const caller: Caller = { userId: 'bench', roles: ['dla_admin'] };
const make = (figures: FiguresRepository) => {
  const summary = new SummaryService(
    ds,
    figures,
    new TargetsService(ds, figures),
    new FlaggedSalesRepository(ds, config),
  );
  return { summary, exports: new ExportService(summary, figures) };
};
const fast = make(new FiguresRepository(ds, new PlaceDirectory(ds)));
const naive = make(new NaiveFigures(ds, new PlaceDirectory(ds)));

const [{ code: someLao }] = await ds.query(`SELECT lao_code AS code FROM order_facts LIMIT 1`);
const queries: Array<[string, SummaryQuery]> = [
  ['nation by LAO, FY 2569', { groupBy: 'lao', fiscalYear: 2569 }],
  ['nation by district, FY 2569', { groupBy: 'district', fiscalYear: 2569 }],
  ['nation by province, FY 2569', { groupBy: 'province', fiscalYear: 2569 }],
  ['province 30 by LAO, FY 2569', { groupBy: 'lao', fiscalYear: 2569, provinceCode: '30' }],
  ['nation by LAO, month 2026-03', { groupBy: 'lao', month: '2026-03' }],
  ['nation by province, 15 Nov – 10 Feb', { groupBy: 'province', from: '2025-11-15', to: '2026-02-10' }],
  ['nation by district, 15 Nov – 10 Feb', { groupBy: 'district', from: '2025-11-15', to: '2026-02-10' }],
  ['nation by LAO, 15 Nov – 10 Feb', { groupBy: 'lao', from: '2025-11-15', to: '2026-02-10' }],
  [
    'nation by province, 1 Aug – 31 Oct 2026 (two fiscal years)',
    { groupBy: 'province', from: '2026-08-01', to: '2026-10-31' },
  ],
  ['one LAO, FY 2569', { groupBy: 'lao', fiscalYear: 2569, laoCode: someLao }],
];
const lines: string[] = [];
const allFast: number[] = [];
const allNaive: number[] = [];
let allSame = true;
lines.push('| summary query | aggregates p50 | aggregates p95 | naive p50 | naive p95 |', '|---|---|---|---|---|');
const measureQueries = args['no-queries'] !== true;
for (const [name, q] of measureQueries ? queries : []) {
  const f: number[] = [];
  const n: number[] = [];
  let a: unknown;
  let b: unknown;
  // one unmeasured run of each first: a replica's first report also loads its place directory
  await fast.summary.summary(caller, q);
  await naive.summary.summary(caller, q);
  for (let i = 0; i < reps; i++) {
    const [tf, rf] = await timed(async () => {
      const r = await fast.summary.summary(caller, q);
      packReply(r);
      return r;
    });
    const [tn, rn] = await timed(async () => {
      const r = await naive.summary.summary(caller, q);
      packReply(r);
      return r;
    });
    f.push(tf);
    n.push(tn);
    a = rf;
    b = rn;
  }
  const same = JSON.stringify(a) === JSON.stringify(b);
  allSame &&= same;
  allFast.push(...f);
  allNaive.push(...n);
  lines.push(
    `| ${name} | ${ms(pct(f, 50))} | ${ms(pct(f, 95))} | ${ms(pct(n, 50))} | ${ms(pct(n, 95))} |${same ? '' : ' figures differ!'}`,
  );
  log(lines[lines.length - 1]);
}
if (measureQueries)
  lines.push(
    `| **all summary queries** | ${ms(pct(allFast, 50))} | **${ms(pct(allFast, 95))}** | ${ms(pct(allNaive, 50))} | ${ms(pct(allNaive, 95))} |`,
  );

const exportRuns = measureQueries ? Math.max(3, Math.min(reps, 5)) : 0;
const ex = { fast: [] as number[], naive: [] as number[], bytes: 0 };
for (let i = 0; i < exportRuns; i++) {
  const [t, file] = await timed(() =>
    fast.exports.export(caller, { format: 'xlsx', groupBy: 'lao', fiscalYear: 2569 }),
  );
  ex.fast.push(t);
  ex.bytes = Buffer.from(file.content, 'base64').length;
  ex.naive.push(
    (await timed(() => naive.exports.export(caller, { format: 'xlsx', groupBy: 'lao', fiscalYear: 2569 })))[0],
  );
}
if (measureQueries)
  lines.push(
    '',
    '| national LAO-level XLSX export (4 sheets) | median | naive median | file |',
    '|---|---|---|---|',
    `| FY 2569, ${scale.orders.toLocaleString('en')} orders | **${ms(pct(ex.fast, 50))}** | ${ms(pct(ex.naive, 50))} | ${(ex.bytes / 1024).toFixed(0)} KiB |`,
  );
log(lines[lines.length - 1]);

let httpLines: string[] = [];
if (measureQueries && args['no-http'] !== true) httpLines = await measureHttp();

/** A private nats-server with the apps' users and permissions (scripts/lib/secure-nats.mjs). */
async function startNats(storeDir: string) {
  const secure = await import(pathToFileURL(join(ROOT, 'scripts', 'lib', 'secure-nats.mjs')).href);
  const nats = await secure.startSecuredNats({ bin: infra.findNatsServer(), storeDir });
  const as = (app: 'gateway' | 'order' | 'reporting'): NatsEndpoint => ({
    url: nats.url,
    app,
    user: app,
    password: nats.credentials[app],
  });
  return {
    url: nats.url as string,
    stop: nats.stop as () => Promise<void>,
    as,
    envFor: nats.envFor as (app: string) => Record<string, string>,
  };
}

/**
 * The same summaries as an HTTP client sees them: gateway (Fastify, auth, validation) → NATS → the
 * reporting service → back, with `Accept-Encoding: gzip` as every browser sends, timed to the last byte.
 */
async function measureHttp(): Promise<string[]> {
  const storeDir = mkdtempSync(join(tmpdir(), 'kdbr-bench-nats-'));
  const nats = await startNats(storeDir);
  const reporting = await createReportingApp({
    ...config,
    nats: nats.as('reporting'),
    logLevels: ['error' as const],
    logJson: true,
  });
  const admin = { login: 'bench@bench.local', password: randomUUID() };
  const gatewayConfig = loadGatewayConfig({
    ...env,
    ...nats.envFor('gateway'),
    DATABASE_URL: pg.url,
    DATABASE_PREFIX: 'bench',
    NATS_URL: nats.url,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'error',
    LOG_JSON: 'true',
    BOOTSTRAP_ADMIN_LOGIN: admin.login,
    BOOTSTRAP_ADMIN_PASSWORD: admin.password,
    JWT_SECRET: randomUUID() + randomUUID(),
  });
  await dropDatabase(gatewayConfig.databaseUrl);
  const gateway = await createGatewayApp(gatewayConfig);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const call = (method: string, path: string, headers: Record<string, string>, body?: string) =>
    new Promise<{ status: number; bytes: Buffer }>((resolve, reject) => {
      const req = http.request(`${gateway.url}${path}`, { method, agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end(body);
    });
  const login = await call('POST', '/api/v1/auth/login', { 'content-type': 'application/json' }, JSON.stringify(admin));
  const token = JSON.parse(login.bytes.toString('utf8')).accessToken as string;
  const out = ['', '| summary over HTTP (gateway → NATS → reporting, gzip) | p50 | p95 | bytes |', '|---|---|---|---|'];
  const all: number[] = [];
  for (const [name, q] of queries) {
    const path = `/api/v1/reports/summary?${new URLSearchParams(Object.entries(q).map(([k, v]): [string, string] => [k, String(v)]))}`;
    const headers = { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip, deflate, br' };
    await call('GET', path, headers); // unmeasured, as above
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < reps; i++) {
      const [t, res] = await timed(() => call('GET', path, headers));
      if (res.status !== 200)
        throw new Error(`${path}: HTTP ${res.status} ${res.bytes.toString('utf8').slice(0, 200)}`);
      times.push(t);
      bytes = res.bytes.length;
    }
    all.push(...times);
    out.push(`| ${name} | ${ms(pct(times, 50))} | ${ms(pct(times, 95))} | ${(bytes / 1024).toFixed(0)} KiB |`);
    log(out[out.length - 1]);
  }
  out.push(`| **all summary queries over HTTP** | ${ms(pct(all, 50))} | **${ms(pct(all, 95))}** | |`);
  log(out[out.length - 1]);
  agent.destroy();
  await gateway.app.close();
  await reporting.close();
  await nats.stop();
  rmSync(storeDir, { recursive: true, force: true });
  return out;
}

let latencyLines: string[] = ['', `Completion → visible latency: not measured in this run (--no-latency).`];
if (args['no-latency'] !== true) latencyLines = await measureLatency();

async function measureLatency(): Promise<string[]> {
  const storeDir = mkdtempSync(join(tmpdir(), 'kdbr-bench-nats-'));
  const nats = await startNats(storeDir);
  const appConfig = { ...config, nats: nats.as('reporting'), logLevels: ['error' as const], logJson: true };
  // the events come as the order service sends them: its user, its stream
  const nc = await connectNats(nats.as('order'), 'bench-publisher');
  await ensureStream(nc, 'order', { replicas: 1 });
  const apps = [];
  for (let i = 0; i < replicas; i++) apps.push(await createReportingApp(appConfig));
  const js = jetstream(nc);
  const producers = await ds.query(
    `SELECT producer_id, kind, member_count, lao_code, district_code, province_code FROM producers ORDER BY random() LIMIT 1000`,
  );
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let polling = true;
  const poller = (async () => {
    while (polling || sentAt.size) {
      const ids = [...sentAt.keys()];
      if (ids.length) {
        const rows = await ds.query(`SELECT order_id FROM order_facts WHERE order_id = ANY($1)`, [ids]);
        const now = performance.now();
        for (const r of rows) {
          latencies.push(now - sentAt.get(r.order_id)!);
          sentAt.delete(r.order_id);
        }
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  const total = rate * seconds;
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    // pace to `rate` per second
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const p = producers[i % producers.length];
    const orderId = randomUUID();
    const event = newEvent(OrderEvents.completed, 1, {
      orderId,
      completedAt: new Date().toISOString(),
      consumerId: randomUUID(),
      producerId: p.producer_id,
      producerKind: p.kind,
      producerMemberCount: p.member_count,
      productId: randomUUID(),
      category: 'fruit',
      quantity: 1,
      goodsTotalSatang: 10_000,
      laoCode: p.lao_code,
      districtCode: p.district_code,
      provinceCode: p.province_code,
    });
    sentAt.set(orderId, performance.now());
    js.publish(eventSubject(event.type), JSON.stringify(event), { msgID: event.id }).catch((e) =>
      log(`publish failed: ${String(e)}`),
    );
  }
  const achieved = total / ((performance.now() - started) / 1000);
  polling = false;
  const deadline = performance.now() + 120_000;
  while (sentAt.size && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const lost = sentAt.size;
  if (latencies.length <= 100) log(`latencies: ${latencies.map((l) => l.toFixed(0)).join(' ')}`);
  sentAt.clear();
  await poller;
  for (const app of apps) await app.close();
  const out = [
    '',
    `| completion → visible (event published → fact and aggregates committed), ${total} orders at ${achieved.toFixed(0)}/s | p50 | p95 | p99 | max |`,
    '|---|---|---|---|---|',
    `| reporting service, ${replicas} replica(s) sharing the durable consumer, inbox per event | ${ms(pct(latencies, 50))} | ${ms(pct(latencies, 95))} | **${ms(pct(latencies, 99))}** | ${ms(pct(latencies, 100))} |${lost ? ` ${lost} not visible after 120 s` : ''}`,
  ];
  log(out[out.length - 1]);
  await nc.drain();
  await nats.stop();
  rmSync(storeDir, { recursive: true, force: true });
  return out;
}

let rebuildLines: string[] = ['', 'Rebuild from the stream: not measured in this run (--no-rebuild).'];
if (args['no-rebuild'] !== true) rebuildLines = await measureRebuild();

/**
 * Rebuild from the stream at scale: every fact (or --rebuild-events of them) is published as the
 * order.completed event it came from, plus an order.refunded per refunded order, to a private
 * nats-server; then the read model is rebuilt from that stream and the facts compared with before.
 * Producers and content links (catalog events, not published here) are kept aside and put back.
 */
async function measureRebuild(): Promise<string[]> {
  const limit = num('rebuild-events', 0);
  const storeDir = mkdtempSync(join(tmpdir(), 'kdbr-bench-rebuild-'));
  const nats = await startNats(storeDir);
  // published as the order service; rebuilt as reporting (its rebuild reads the stream with ephemeral consumers)
  const nc = await connectNats(nats.as('order'), 'bench-publisher');
  await ensureStream(nc, 'order', { replicas: 1 });
  const reportingNc = await connectNats(nats.as('reporting'), 'bench-rebuild');
  const js = jetstream(nc);
  const factsDigest = `SELECT COUNT(*)::int AS n, SUM(hashtextextended(concat_ws('|', order_id, completed_at, day, month, fiscal_year, lao_code, district_code,
      province_code, producer_id, producer_kind, member_count, category, goods_satang, refunded_satang, fully_refunded), 0)::numeric)::text AS h FROM order_facts`;
  if (limit)
    await ds.query(
      `DELETE FROM order_facts WHERE order_id NOT IN (SELECT order_id FROM order_facts ORDER BY order_id LIMIT $1)`,
      [limit],
    );
  const [before] = await ds.query(factsDigest);
  await ds.query(`DROP TABLE IF EXISTS bench_keep_producers, bench_keep_links;
    CREATE TABLE bench_keep_producers AS SELECT * FROM producers; CREATE TABLE bench_keep_links AS SELECT * FROM content_links`);
  let published = 0;
  const [publishMs] = await timed(async () => {
    let after = '';
    for (;;) {
      const rows = await ds.query(`SELECT * FROM order_facts WHERE order_id > $1 ORDER BY order_id LIMIT 5000`, [
        after,
      ]);
      if (!rows.length) break;
      after = rows[rows.length - 1].order_id;
      const acks: Promise<unknown>[] = [];
      for (const f of rows) {
        const place = { laoCode: f.lao_code, districtCode: f.district_code, provinceCode: f.province_code };
        const completed = {
          id: randomUUID(),
          type: OrderEvents.completed,
          version: 1,
          occurredAt: new Date(f.completed_at).toISOString(),
          data: {
            orderId: f.order_id,
            completedAt: new Date(f.completed_at).toISOString(),
            consumerId: randomUUID(),
            producerId: f.producer_id,
            producerKind: f.producer_kind,
            producerMemberCount: f.member_count,
            productId: randomUUID(),
            category: f.category,
            quantity: 1,
            goodsTotalSatang: Number(f.goods_satang),
            ...place,
          },
        };
        acks.push(js.publish(eventSubject(completed.type), JSON.stringify(completed), { msgID: completed.id }));
        if (Number(f.refunded_satang) > 0 || f.fully_refunded) {
          const refunded = {
            id: randomUUID(),
            type: OrderEvents.refunded,
            version: 1,
            occurredAt: completed.occurredAt,
            data: {
              orderId: f.order_id,
              refundedAt: completed.occurredAt,
              amountSatang: Number(f.refunded_satang),
              producerId: f.producer_id,
              producerKind: f.producer_kind,
              producerMemberCount: f.member_count,
              productId: completed.data.productId,
              category: f.category,
              fullyRefunded: f.fully_refunded,
              ...place,
            },
          };
          acks.push(js.publish(eventSubject(refunded.type), JSON.stringify(refunded), { msgID: refunded.id }));
        }
      }
      await Promise.all(acks);
      published += acks.length;
    }
  });
  log(`published ${published} order events in ${(publishMs / 1000).toFixed(1)} s`);
  const [rebuildMs, counts] = await timed(() => rebuildReadModel(ds, reportingNc, config.referenceDataDir));
  const [after] = await ds.query(factsDigest);
  const drift = await aggregateDrift(ds);
  const same = before.n === after.n && before.h === after.h && Object.values(drift).every((n) => n === 0);
  await ds.query(`INSERT INTO producers SELECT * FROM bench_keep_producers ON CONFLICT DO NOTHING; INSERT INTO content_links SELECT * FROM bench_keep_links ON CONFLICT DO NOTHING;
    DROP TABLE bench_keep_producers, bench_keep_links`);
  const perSec = counts.order / (rebuildMs / 1000);
  const out = [
    '',
    `Rebuild from the stream (measured, not extrapolated): ${counts.order.toLocaleString('en')} order events (${before.n.toLocaleString('en')} completions, ${(published - before.n).toLocaleString('en')} refunds) replayed in ` +
      `**${(rebuildMs / 1000).toFixed(1)} s** (${perSec.toFixed(0)} events/s, incl. wiping the read model, reloading 7,849 LAOs and recomputing the aggregates); ` +
      `publishing them to a private nats-server first took ${(publishMs / 1000).toFixed(1)} s (not part of the rebuild). ` +
      `Facts after the rebuild ${same ? 'identical to before (row digest) and aggregates equal to a GROUP BY' : `DIFFER from before: ${JSON.stringify({ before, after, drift })}`}.`,
  ];
  log(out[1]);
  await nc.drain();
  await reportingNc.drain();
  await nats.stop();
  rmSync(storeDir, { recursive: true, force: true });
  return out;
}

const section = [
  '## Reporting',
  '',
  `Run ${new Date().toISOString()} on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'} (shared), PostgreSQL ${(await ds.query('SHOW server_version'))[0].server_version}. ` +
    `Scale: ${scale.orders.toLocaleString('en')} completed orders, ${scale.producers.toLocaleString('en')} producers, 7,849 LAOs, ${scale.links.toLocaleString('en')} content links; ${reps} runs per query. ` +
    `${genMs ? `Data generated with generate_series in ${(genMs / 1000).toFixed(1)} s. ` : ''}Timings in the first table are in-process service calls (SQL + building the reply + gzip for NATS); the HTTP table is the same summaries through the gateway as a browser asks for them. ` +
    `"Naive" = the same report computed by GROUP BY over the raw facts (order_facts) in the same run; aggregates and naive gave ${allSame ? 'identical' : 'DIFFERENT'} figures.`,
  '',
  ...lines,
  ...httpLines,
  ...latencyLines,
  ...rebuildLines,
  '',
  'Goals (issue 6): summary p95 < 300 ms, national LAO-level XLSX < 5 s, visible p99 < 1 s at 500/s, rebuild < 10 min.',
  '',
].join('\n');
const docPath = join(ROOT, 'docs', 'benchmarks.md');
const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Benchmarks\n\n';
const re = /## Reporting\n[\s\S]*?(?=\n## |$)/;
writeFileSync(docPath, re.test(doc) ? doc.replace(re, section) : `${doc.trimEnd()}\n\n${section}`);
log(`written to docs/benchmarks.md`);
await ds.destroy();
if (args.keep !== true) await dropDatabase(config.databaseUrl);
else log(`kept ${config.databaseUrl.replace(/\/\/[^@]*@/, '//')}`);
await pg.stop();
