/**
 * `npm run bench:live-sale` — a live sale through the real system, loopback only, bounded in time (issue 14).
 *
 * Starts nats-server and the apps as separate node processes (gateway, catalog, harvest-preorder, order) on
 * the PostgreSQL of DATABASE_URL (else an embedded one) and fires concurrent consumers at
 * POST /api/v1/batches/:id/reservations through the gateway over HTTP (keep-alive connections, one request in
 * flight on each, through the bench's lean client: live-sale/lean-http.ts). In ONE run it measures:
 * - the one-hot-row ceiling (best of 1, 2 and 8 clients) and the end-to-end rate at 50, 500 and 2,000 in
 *   flight (each on its own batch), p50/p99, the ratio to the ceiling;
 * - CPU ms per reservation per process (gateway, harvest-preorder, order, catalog, nats-server, our
 *   PostgreSQL backends, the load generator) from /proc/<pid>/stat, and the machine's OTHER CPU load
 *   during each phase (/proc/stat minus all of ours), marking a phase where others used > 15 %;
 * - a live sale on one batch (500 in flight) while 50 other batches take ordinary reservations: both p99s;
 * - kill -9 of harvest-preorder in the middle of a 500-in-flight phase, then its restart: every 201 must be
 *   in the database; and units oversold on every batch.
 *
 * Options (env): BENCH_REQUESTS (per phase, default 8000, each a distinct consumer), BENCH_ROW_SECONDS
 * (default 3), BENCH_REPLICAS (harvest-preorder replicas, default 1), BENCH_PROFILE=<app> (V8 CPU profile
 * into BENCH_PROFILE_DIR), BENCH_TIMEOUT_SECONDS (default 900), BENCH_REQUEST_TIMEOUT_SECONDS (one reservation's
 * answer, default 120), DATABASE_URL; for quick experiments
 * BENCH_LEVELS (e.g. 500), BENCH_SKIP (spread,kill,coalesced), BENCH_NATS_MONITOR=<port> (messages per app) and
 * BENCH_TRACE_DIR (two CSVs per phase: each request's start and end in ms from the phase's start and its status;
 * every process's CPU per 200 ms).
 *
 * A phase starts once the system has finished what the previous one left (CpuMeter.settled) and its CPU is
 * counted until the system has finished what it left itself after its last answer.
 */
import { createSecretKey, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JwtService } from '@nestjs/jwt';
import pg from 'pg';
import { processEnv } from '@app/config';
import { Apps } from './live-sale/apps.js';
import { created, newBatch, request, stats, waitUntil, withDb } from './live-sale/http.js';
import { json, LeanPool, Reservations } from './live-sale/lean-http.js';
import { CpuMeter, findPid, procCpu } from './live-sale/cpu.js';
import type { CpuDelta, CpuSnapshot } from './live-sale/cpu.js';
import { coalescedDbRate, GROUP, hotRowCeiling } from './live-sale/measure.js';
import { natsCounts, natsCountsLine } from './live-sale/nats-counts.js';
import { mintTokens } from './live-sale/tokens.js';

const env = processEnv();
const int = (name: string, d: number) => (env[name] ? Number(env[name]) : d);
const REQUESTS = int('BENCH_REQUESTS', 8000);
const ROW_SECONDS = int('BENCH_ROW_SECONDS', 3);
const REPLICAS = int('BENCH_REPLICAS', 1);
const DEADLINE = Date.now() + int('BENCH_TIMEOUT_SECONDS', 900) * 1000;
/** BENCH_LEVELS=500 (a comma list) runs only those levels; BENCH_SKIP=spread,kill,coalesced skips phases (quick experiments; the full run is the record) */
const LEVELS = (env.BENCH_LEVELS ?? '50,500,2000').split(',').map(Number);
const SKIP = new Set((env.BENCH_SKIP ?? '').split(',').filter(Boolean));
/** BENCH_NATS_MONITOR=<port>: count NATS messages per app per phase (nats-server's monitoring port) */
const NATS_MONITOR = env.BENCH_NATS_MONITOR ? Number(env.BENCH_NATS_MONITOR) : undefined;
const TRACE_DIR = env.BENCH_TRACE_DIR;
const MAX_IN_FLIGHT = Math.max(...LEVELS);
/** a reservation without its answer after this long stops the bench (BENCH_TIMEOUT) instead of hanging it */
const REQUEST_TIMEOUT_MS = int('BENCH_REQUEST_TIMEOUT_SECONDS', 120) * 1000;
/** a phase where the rest of the machine used more than this share of it is marked busy */
const BUSY_SHARE = 0.15;

function root(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(d, 'package.json'))) d = dirname(d);
  return d;
}
const ROOT = root();
const DIST = join(ROOT, 'dist');

interface Infra {
  ensurePostgres(o: { url?: string; dataDir?: string; port?: number }): Promise<{ url: string; stop(): Promise<void> }>;
  startNatsServer(o: { storeDir: string }): Promise<{ url: string; stop(): Promise<void> }>;
  findNatsServer(): string | null;
  freePort(): Promise<number>;
}

const log = (...a: unknown[]) => console.log(...a);

async function main() {
  const infra = (await import(pathToFileURL(join(ROOT, 'scripts', 'infra.mjs')).href)) as Infra;
  if (!existsSync(join(DIST, 'apps', 'gateway', 'src', 'main.js')))
    throw new Error('run `npm run build` first (the bench runs the built apps)');
  const pgInfra = await infra.ensurePostgres({
    url: env.DATABASE_URL,
    dataDir: join(ROOT, '.data', 'bench-postgres'),
    port: 54331,
  });
  const natsDir = mkdtempSync(join(tmpdir(), 'bench-nats-'));
  // the apps' users and permissions, as in production (scripts/lib/secure-nats.mjs)
  const secure = await import(pathToFileURL(join(ROOT, 'scripts', 'lib', 'secure-nats.mjs')).href);
  const nats = (await secure.startSecuredNats({ storeDir: natsDir, monitorPort: NATS_MONITOR })) as {
    url: string;
    stop(): Promise<void>;
    envFor(app: string): Record<string, string>;
  };
  const port = await infra.freePort();
  const prefix = `bench${randomBytes(4).toString('hex')}`;
  const appEnv: Record<string, string> = {
    ...(env as Record<string, string>),
    DATABASE_URL: pgInfra.url,
    DATABASE_PREFIX: prefix,
    NATS_URL: nats.url,
    JWT_SECRET: randomBytes(32).toString('hex'),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'error',
    LOG_JSON: 'true',
    HARVEST_PREORDER_DB_POOL: env.HARVEST_PREORDER_DB_POOL ?? '8',
    BOOTSTRAP_ADMIN_LOGIN: 'bench-admin@bench.local',
    BOOTSTRAP_ADMIN_PASSWORD: randomBytes(12).toString('hex'),
    // the bench retries the admin's login until the gateway has written it
    LOGIN_MAX_FAILURES_PER_LOGIN: '1000',
  };
  const apps = new Apps(appEnv, DIST, env.BENCH_PROFILE, env.BENCH_PROFILE_DIR, (app) => nats.envFor(app));
  const adminDb = new pg.Pool({ connectionString: pgInfra.url, max: 2 });
  let gatewayDb: pg.Pool | undefined;
  adminDb.on('error', () => undefined);
  try {
    await apps.start('catalog', 'apps/catalog/src/main.js');
    await apps.start('order', 'apps/order/src/main.js');
    for (let i = 0; i < REPLICAS; i++) await apps.start(`harvest-preorder#${i}`, 'apps/harvest-preorder/src/main.js');
    await apps.start('gateway', 'apps/gateway/src/main.js', { PORT: String(port) });
    const base = `http://127.0.0.1:${port}`;
    const agentForSetup = new http.Agent();
    await waitUntil(
      async () =>
        (await request(base, 'GET', '/api/v1/batches?status=open', undefined, undefined, new http.Agent())).status ===
        200,
      60_000,
      'gateway',
    );
    // the polling above is refused (ECONNREFUSED, retried) until the gateway listens: not a reset of the run
    stats.connectionRetries = 0;

    const jwt = new JwtService({ secret: createSecretKey(Buffer.from(appEnv.JWT_SECRET, 'utf8')) });
    log(`${REQUESTS} distinct consumers per phase, JWTs minted with the run's JWT_SECRET (no argon2 registrations).`);
    PRODUCT = await createProduct(base, appEnv, agentForSetup);
    gatewayDb = new pg.Pool({ connectionString: withDb(pgInfra.url, `${prefix}_gateway`), max: 2 });
    const gw = gatewayDb;
    const mint: Mint = (callers) => mintTokens(jwt, gw, callers);
    const [farmer] = await mint([
      { name: 'bench farmer', roles: ['producer'], laoCode: PRODUCT.laoCode, producerId: PRODUCT.producerId },
    ]);
    const natsPid = findPid(natsDir);
    const meter = new CpuMeter(
      () => {
        const c = apps.cpu();
        const n = natsPid ? procCpu(natsPid) : null;
        if (n !== null) c['nats-server'] = n;
        return c;
      },
      adminDb,
      prefix,
    );

    const c0 = await meter.snapshot();
    const { levels: ceiling, backendCpu: ceilingBackends } = await hotRowCeiling(pgInfra.url, prefix, ROW_SECONDS);
    const ceilingCpu = meter.delta(c0, await meter.snapshot(), ceilingBackends);
    const best = Math.max(...ceiling.map((c) => c.perSecond));
    log(
      `one hot row: ${ceiling.map((c) => `${c.clients} client(s) ${c.perSecond.toFixed(0)}/s`).join(', ')} — others used ${pct(ceilingCpu.otherShare)}${busy(ceilingCpu)}`,
    );

    // keep-alive connections opened first (a warm-up at full concurrency on its own batch): 2,000 TCP
    // handshakes at once would overflow the listen backlog and SYN retries would be measured as latency
    // (the reservations go through the bench's lean client, the set-up requests through the agent)
    const agent = new http.Agent({ keepAlive: true });
    const pool = new LeanPool('127.0.0.1', port, { maxSockets: MAX_IN_FLIGHT + 100, timeoutMs: REQUEST_TIMEOUT_MS });
    const sale: Sale = { base, mint, farmer, agent, pool };
    await phase(sale, MAX_IN_FLIGHT, Math.min(REQUESTS, 4000));
    const levels: PhaseResult[] = [];
    const counts = NATS_MONITOR ? () => natsCounts(NATS_MONITOR) : undefined;
    for (const n of LEVELS) {
      const n0 = await counts?.();
      const r = await phase(sale, n, n === 50 ? Math.min(REQUESTS, 3000) : REQUESTS, undefined, meter);
      levels.push(r);
      log(`${String(n).padStart(5)} in flight: ${line(r)}`);
      if (n0 && counts) log(`      ${natsCountsLine(n0, await counts(), r.requests)}`);
    }
    const coalesced = SKIP.has('coalesced')
      ? undefined
      : await coalescedDbRate(
          base,
          farmer,
          agent,
          withDb(pgInfra.url, `${prefix}_harvest_preorder`),
          PRODUCT,
          ROW_SECONDS,
        );

    // point 4: a live sale on one batch while 50 other batches take ordinary reservations (one at a time each)
    const spread = SKIP.has('spread') ? undefined : await spreadPhase(sale, 500, REQUESTS, 50, meter);
    if (spread)
      log(
        `spread: live batch ${line(spread.live)}; 50 other batches: ${spread.others.count} reservations, p50 ${spread.others.p50.toFixed(0)} ms, p99 ${spread.others.p99.toFixed(0)} ms`,
      );

    // kill -9 of harvest-preorder in the middle of a 500-in-flight phase, restarted at once (a supervisor)
    const killed = SKIP.has('kill')
      ? undefined
      : await phase(
          sale,
          500,
          REQUESTS,
          {
            atFraction: 0.4,
            run: async () => {
              for (let i = 0; i < REPLICAS; i++) apps.kill(`harvest-preorder#${i}`, 'SIGKILL');
              for (let i = 0; i < REPLICAS; i++)
                await apps.start(`harvest-preorder#${i}`, 'apps/harvest-preorder/src/main.js');
            },
          },
          meter,
        );
    agent.destroy();
    pool.destroy();

    const db = new pg.Pool({ connectionString: withDb(pgInfra.url, `${prefix}_harvest_preorder`), max: 2 });
    db.on('error', () => undefined);
    let missing = 0;
    let oversold = 0;
    for (const ph of [...levels, ...(spread ? [spread.live] : []), ...(killed ? [killed] : [])]) {
      const ids = ph.confirmed.map((c) => c.id);
      const found = await db.query(
        `SELECT count(*)::int AS n FROM reservations WHERE id = ANY($1::uuid[]) AND status = 'confirmed'`,
        [ids],
      );
      missing += ids.length - found.rows[0].n;
      const b = (await db.query(`SELECT reserved, reservable_quantity FROM batches WHERE id = $1`, [ph.batchId]))
        .rows[0];
      const sum = (
        await db.query(
          `SELECT coalesce(sum(quantity),0)::int AS q FROM reservations WHERE batch_id = $1 AND status = 'confirmed'`,
          [ph.batchId],
        )
      ).rows[0].q;
      const answered = ph.confirmed.reduce((s, c) => s + c.quantity, 0);
      oversold += Math.max(
        0,
        sum - b.reservable_quantity,
        b.reserved - b.reservable_quantity,
        answered - b.reservable_quantity,
        sum - b.reserved,
      );
    }
    const over = await db.query(`SELECT count(*)::int AS n FROM batches WHERE reserved > reservable_quantity`);
    oversold += over.rows[0].n;
    await db.end();
    const rss = apps.peakRss();

    const at = (n: number) => levels.find((l) => l.concurrency === n);
    const at500 = at(500);
    const at2000 = at(2000);
    log('');
    log(
      `=== Live sale (${new Date().toISOString()}, ${REPLICAS} harvest-preorder replica(s), ${REQUESTS} consumers per phase) ===`,
    );
    log(
      `one-hot-row ceiling, best of 1 / 2 / 8 clients: ${best.toFixed(0)}/s (${ceiling.map((c) => c.perSecond.toFixed(0)).join(' / ')}); others used ${pct(ceilingCpu.otherShare)}${busy(ceilingCpu)}`,
    );
    if (coalesced !== undefined)
      log(
        `same row, reserve_group alone in the database (groups of ${GROUP}, 4 connections, no HTTP/NATS): ${coalesced.toFixed(0)}/s = ${(coalesced / best).toFixed(1)}× the ceiling`,
      );
    log('');
    log(
      '| phase | confirmed/s | requests/s | × ceiling | p50 | p99 | 201 · 409 SOLD_OUT · other | CPU ms per reservation: ' +
        CPU_KEYS.join(' · ') +
        " · **total** | others' CPU |",
    );
    log('|---|---|---|---|---|---|---|---|---|');
    const rows: Array<readonly [string, PhaseResult]> = [
      ...levels.map((r) => [`${r.concurrency} in flight`, r] as const),
      ...(spread ? [['live sale + 50 other batches', spread.live] as const] : []),
      ...(killed ? [['500 in flight, kill -9 harvest-preorder', killed] as const] : []),
    ];
    for (const [name, r] of rows) {
      const cpu = r.cpu!;
      const per = CPU_KEYS.map((k) => (((cpu.perProcess[k] ?? 0) * 1000) / r.requests).toFixed(3));
      const total = ((Object.values(cpu.perProcess).reduce((s, v) => s + v, 0) * 1000) / r.requests).toFixed(3);
      log(
        `| ${name} | ${r.confirmedPerSecond.toFixed(0)} | ${r.requestsPerSecond.toFixed(0)} | ${(r.confirmedPerSecond / best).toFixed(2)}× | ${r.p50.toFixed(0)} ms | ${r.p99.toFixed(0)} ms | ${r.confirmed.length} · ${r.soldOut} · ${r.other} | ${per.join(' · ')} · **${total}** | ${pct(cpu.otherShare)}${busy(cpu)} |`,
      );
    }
    log('');
    if (at500) {
      const cpuTotal500 = (Object.values(at500.cpu!.perProcess).reduce((s, v) => s + v, 0) * 1000) / at500.requests;
      log(
        `target ≥ 1.5× the ceiling at 500 in flight: ${(at500.confirmedPerSecond / best).toFixed(2)}× ${at500.confirmedPerSecond / best >= 1.5 ? 'MET' : 'not met'}`,
      );
      log(
        `target p99 < 250 ms at 500 in flight: ${at500.p99.toFixed(0)} ms ${at500.p99 < 250 ? 'MET' : 'not met'} ` +
          `(the opening 500 at once: p99 ${at500.p99Opening.toFixed(0)} ms; the ${at500.requests - 500} after them: p99 ${at500.p99AfterOpening.toFixed(0)} ms)`,
      );
      if (at2000)
        log(
          `target 2,000 in flight ≥ 80 % of 500: ${((at2000.confirmedPerSecond / at500.confirmedPerSecond) * 100).toFixed(0)} % ${at2000.confirmedPerSecond >= 0.8 * at500.confirmedPerSecond ? 'MET' : 'not met'}`,
        );
      log(
        `target CPU ≤ 0.5 ms per reservation, all processes, at 500 in flight: ${cpuTotal500.toFixed(3)} ms ${cpuTotal500 <= 0.5 ? 'MET' : 'not met'}`,
      );
    }
    if (spread)
      log(
        `50 other batches during the live sale: p99 ${spread.others.p99.toFixed(0)} ms (p50 ${spread.others.p50.toFixed(0)} ms, ${spread.others.count} reservations)`,
      );
    log(`units oversold: ${oversold}`);
    if (killed)
      log(
        `201s missing from the database after kill -9 + restart of harvest-preorder mid-run: ${missing} (${killed.confirmed.length} × 201 in that phase, ${killed.other} answered otherwise, mostly 503 while it restarted)`,
      );
    log(
      `connection resets or refusals retried with the same Idempotency-Key, once the gateway listened: ${stats.connectionRetries}`,
    );
    log(
      `peak RSS: ${Object.entries(rss)
        .map(([k, v]) => `${k} ${v} MB`)
        .join(', ')}`,
    );
    if (oversold || missing) process.exitCode = 1;
  } finally {
    await gatewayDb?.end().catch(() => undefined);
    await apps.stopAll();
    await nats.stop();
    rmSync(natsDir, { recursive: true, force: true });
    for (const s of ['gateway', 'catalog', 'harvest_preorder', 'order', 'hotrow'])
      await adminDb.query(`DROP DATABASE IF EXISTS "${prefix}_${s}" WITH (FORCE)`).catch(() => undefined);
    await adminDb.end();
    await pgInfra.stop();
  }
}

/** The bench's product: a farmer of เทศบาลเมืองดอกคำใต้ and its product, created through the real API. */
let PRODUCT: { productId: string; producerId: string; laoCode: string };

async function createProduct(base: string, appEnv: Record<string, string>, agent: http.Agent): Promise<typeof PRODUCT> {
  // the gateway listens before it has written the bootstrap admin (argon2 takes a while on a busy machine)
  let login = { status: 0, body: undefined as unknown };
  await waitUntil(
    async () => {
      login = await request(
        base,
        'POST',
        '/api/v1/auth/login',
        undefined,
        { login: appEnv.BOOTSTRAP_ADMIN_LOGIN, password: appEnv.BOOTSTRAP_ADMIN_PASSWORD },
        agent,
      );
      return login.status === 200;
    },
    60_000,
    'the bootstrap admin',
  ).catch(() => undefined);
  if (login.status !== 200) throw new Error(`admin login: ${login.status} ${JSON.stringify(login.body)}`);
  const admin = (login.body as { accessToken: string }).accessToken;
  const { id: producerId } = await created(
    base,
    '/api/v1/producers',
    admin,
    {
      kind: 'farmer',
      name: 'bench farmer',
      laoCode: '4560501',
      contacts: {},
      publishContacts: false,
      promptPayId: '0812345678',
    },
    agent,
  );
  const product = await created(
    base,
    '/api/v1/products',
    admin,
    { producerId, name: 'ลิ้นจี่ดอกคำใต้ (bench)', category: 'fruit', unit: 'kg', priceSatang: 12_000 },
    agent,
  );
  return { productId: product.id, producerId, laoCode: '4560501' };
}

interface PhaseResult {
  concurrency: number;
  batchId: string;
  requests: number;
  confirmed: Array<{ id: string; quantity: number }>;
  soldOut: number;
  other: number;
  confirmedPerSecond: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** p99 of the phase's first `concurrency` requests (they all arrive at once) and of the ones after them */
  p99Opening: number;
  p99AfterOpening: number;
  /** CPU (to `cpu`) counts until the system settled after the last answer; before the phase, it settled first */
  cpu?: CpuDelta;
  settling: { beforeMs: number; afterMs: number; afterCpuSeconds: number };
}

const CPU_KEYS = ['gateway', 'harvest-preorder', 'order', 'catalog', 'nats-server', 'postgres', 'bench_client'];
const pct = (x: number) => `${(x * 100).toFixed(0)} %`;
const busy = (c: CpuDelta) => (c.otherShare > BUSY_SHARE ? ' **BUSY: others > 15 %**' : '');
function line(r: PhaseResult): string {
  const cpu = r.cpu ? (Object.values(r.cpu.perProcess).reduce((s, v) => s + v, 0) * 1000) / r.requests : NaN;
  return (
    `${r.confirmedPerSecond.toFixed(0)} confirmed/s, ${r.requestsPerSecond.toFixed(0)} requests/s, p50 ${r.p50.toFixed(0)} ms, p99 ${r.p99.toFixed(0)} ms ` +
    `(the opening ${r.concurrency} at once: p99 ${r.p99Opening.toFixed(0)} ms; the rest: p99 ${r.p99AfterOpening.toFixed(0)} ms) ` +
    `(${r.confirmed.length} × 201, ${r.soldOut} × SOLD_OUT, ${r.other} other), CPU ${cpu.toFixed(3)} ms/reservation ` +
    `(${r.cpu ? CPU_KEYS.map((k) => `${k} ${(((r.cpu!.perProcess[k] ?? 0) * 1000) / r.requests).toFixed(3)}`).join(', ') : ''}; ` +
    `postgres by database: ${
      r.cpu
        ? Object.entries(r.cpu.postgresByDb)
            .map(([k, v]) => `${k} ${((v * 1000) / r.requests).toFixed(3)}`)
            .join(', ')
        : ''
    }), others used ${r.cpu ? pct(r.cpu.otherShare) + busy(r.cpu) : '?'}; ` +
    `after its last answer the system worked ${ms(r.settling.afterMs)} more (${((r.settling.afterCpuSeconds * 1000) / r.requests).toFixed(3)} ms CPU per reservation, counted above); ` +
    `the previous phase's work settled ${ms(r.settling.beforeMs)} before it started`
  );
}
const ms = (x: number) => (Number.isNaN(x) ? 'not within 30 s' : `${x.toFixed(0)} ms`);

/** One batch, `total` distinct consumers (1–3 units each) with `concurrency` in flight; supply = 75% of demand. */
type Mint = (callers: Parameters<typeof mintTokens>[2]) => Promise<string[]>;

/**
 * What every phase of the sale runs with: the gateway, a minter of consumer tokens, the farmer's token, the
 * agent (set-up requests) and the lean client's connections (the reservations).
 */
interface Sale {
  base: string;
  mint: Mint;
  farmer: string;
  agent: http.Agent;
  pool: LeanPool;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function phase(
  { base, mint, farmer, agent, pool }: Sale,
  concurrency: number,
  total: number,
  fault?: { atFraction: number; run: () => Promise<void> },
  meter?: CpuMeter,
  /** load of its own that runs beside the phase (the spread's other batches): started when the phase starts, stopped at its last answer */
  beside?: { start(): void; stop(): Promise<void> },
): Promise<PhaseResult> {
  const quantities = Array.from({ length: total }, (_, i) => 1 + ((i * 7919) % 3));
  const demand = quantities.reduce((a, b) => a + b, 0);
  const batch = await newBatch(base, farmer, agent, PRODUCT.productId, Math.floor(demand * 0.75));
  const reservations = new Reservations(pool, batch);
  const tokens = await mint(quantities.map(() => ({ name: 'c', roles: ['consumer'] })));
  const lat: number[] = [];
  const opening: number[] = [];
  const afterOpening: number[] = [];
  const trace: string[] = ['i,start_ms,end_ms,status'];
  const confirmed: Array<{ id: string; quantity: number }> = [];
  let soldOut = 0;
  let other = 0;
  let next = 0;
  let lastConfirmedAt = 0;
  let faultRun: Promise<void> | undefined;
  // the work the previous phase left behind (outbox relays, event consumers) done first, so it is neither
  // counted here nor slows this phase's start; then CPU is counted from here until the system has also done
  // the work this phase leaves behind after its last answer (the set-up above — minting, the batch — is not)
  const settledBefore = (await meter?.settled()) ?? 0;
  beside?.start();
  const cpu0 = await meter?.snapshot();
  const started = performance.now();
  const cpuTrace = TRACE_DIR && meter && cpu0 ? traceCpu(meter, cpu0, started) : undefined;
  async function worker() {
    while (next < total && Date.now() < DEADLINE) {
      const i = next++;
      if (fault && !faultRun && i >= total * fault.atFraction) faultRun = fault.run();
      const t0 = performance.now();
      const r = await reservations.reserve(tokens[i], quantities[i]);
      const t1 = performance.now();
      lat.push(t1 - t0);
      (i < concurrency ? opening : afterOpening).push(t1 - t0);
      if (TRACE_DIR) trace.push(`${i},${(t0 - started).toFixed(2)},${(t1 - started).toFixed(2)},${r.status}`);
      // (only a 201's and a 409's fields are read)
      const body = (r.status === 201 || r.status === 409 ? json(r.text) : {}) as {
        id: string;
        quantity: number;
        status: string;
        code?: string;
      };
      if (r.status === 201 && body.status === 'confirmed') {
        confirmed.push({ id: body.id, quantity: body.quantity });
        lastConfirmedAt = t1;
      } else if (r.status === 409 && body.code === 'SOLD_OUT') soldOut++;
      else other++;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const ended = performance.now();
  const cpuAtLastAnswer = await meter?.snapshot();
  await beside?.stop();
  await faultRun;
  const settledAfter = (await meter?.settled()) ?? 0;
  const cpuSettled = await meter?.snapshot();
  const cpu = cpu0 && cpuSettled && meter ? meter.delta(cpu0, cpuSettled) : undefined;
  const afterLast =
    cpuAtLastAnswer && cpuSettled && meter ? meter.delta(cpuAtLastAnswer, cpuSettled).perProcess : undefined;
  if (TRACE_DIR) writeFileSync(join(TRACE_DIR, `phase-${concurrency}-${batch.batchId}.csv`), trace.join('\n') + '\n');
  if (TRACE_DIR && cpuTrace)
    writeFileSync(
      join(TRACE_DIR, `cpu-${concurrency}-${batch.batchId}.csv`),
      (await cpuTrace.stop()).join('\n') + '\n',
    );
  for (const l of [lat, opening, afterOpening]) l.sort((a, b) => a - b);
  return {
    concurrency,
    batchId: batch.batchId,
    requests: lat.length,
    confirmed,
    soldOut,
    other,
    // confirmed reservations per second while the batch still had capacity
    confirmedPerSecond: confirmed.length / ((lastConfirmedAt - started) / 1000),
    requestsPerSecond: lat.length / ((ended - started) / 1000),
    p50: percentile(lat, 50),
    p99: percentile(lat, 99),
    p99Opening: percentile(opening, 99),
    p99AfterOpening: percentile(afterOpening, 99),
    cpu,
    settling: {
      beforeMs: settledBefore,
      afterMs: settledAfter,
      afterCpuSeconds: afterLast
        ? Object.entries(afterLast).reduce((sum, [k, v]) => (k === 'bench_client' ? sum : sum + v), 0)
        : 0,
    },
  };
}

/** BENCH_TRACE_DIR: every 200 ms, the CPU ms each process (and each database's backends) used since the last sample */
function traceCpu(meter: CpuMeter, first: CpuSnapshot, started: number) {
  const rows: string[] = [];
  let last = first;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      await new Promise((r) => setTimeout(r, 200));
      const now = await meter.snapshot();
      const d = meter.delta(last, now);
      const cols = {
        ...d.perProcess,
        ...Object.fromEntries(Object.entries(d.postgresByDb).map(([k, v]) => [`pg_${k}`, v])),
      };
      if (!rows.length) rows.push(['t_ms', ...Object.keys(cols), 'others_share'].join(','));
      rows.push(
        [
          (now.at - started).toFixed(0),
          ...Object.values(cols).map((v) => (v * 1000).toFixed(0)),
          d.otherShare.toFixed(2),
        ].join(','),
      );
      last = now;
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await loop;
      return rows;
    },
  };
}

/**
 * Point 4 of issue 14: the live sale (`concurrency` in flight on one batch) while `others` other batches
 * each take ordinary reservations, one at a time per batch, for as long as the live sale runs.
 */
async function spreadPhase(sale: Sale, concurrency: number, total: number, others: number, meter: CpuMeter) {
  const { base, mint, farmer, agent, pool } = sale;
  const quiet = await Promise.all(
    Array.from({ length: others }, () => newBatch(base, farmer, agent, PRODUCT.productId, 1_000_000)),
  );
  const tokens = await mint(Array.from({ length: others * 200 }, () => ({ name: 'o', roles: ['consumer'] })));
  let done = false;
  const lat: number[] = [];
  const run = async (b: (typeof quiet)[number], j: number) => {
    const reservations = new Reservations(pool, b);
    for (let n = 0; !done && n < 200 && Date.now() < DEADLINE; n++) {
      const t0 = performance.now();
      await reservations.reserve(tokens[j * 200 + n], 1);
      lat.push(performance.now() - t0);
    }
  };
  let quietRuns: Promise<void[]> | undefined;
  const live = await phase(sale, concurrency, total, undefined, meter, {
    start: () => {
      quietRuns = Promise.all(quiet.map(run));
    },
    stop: async () => {
      done = true;
      await quietRuns;
    },
  });
  lat.sort((a, b) => a - b);
  return { live, others: { count: lat.length, p50: percentile(lat, 50), p99: percentile(lat, 99) } };
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
