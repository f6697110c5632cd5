/**
 * `npm run bench:live-sale` — a live sale through the real system, loopback only, bounded in time.
 *
 * Starts nats-server and the apps as separate node processes (gateway, harvest-preorder, order) on the
 * PostgreSQL of DATABASE_URL (else an embedded one), creates batches and fires concurrent consumers at
 * POST /api/v1/batches/:id/reservations through the gateway over HTTP. Prints reservations/s, p50/p99,
 * units oversold, 201s missing after a crash-restart of harvest-preorder, peak RSS of the apps, the
 * one-hot-row ceiling measured in the same run and the ratio, and throughput at 50 vs N concurrent.
 *
 * Options (env): BENCH_CONSUMERS (default 2000, concurrent), BENCH_REQUESTS (per phase, default 8000,
 * each from a distinct consumer), BENCH_LOW_CONCURRENCY (default 50), BENCH_ROW_SECONDS (default 3),
 * BENCH_REPLICAS (harvest-preorder replicas, default 1), BENCH_PROFILE=<app> (V8 CPU profile into
 * BENCH_PROFILE_DIR), DATABASE_URL.
 */
import { createSecretKey, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JwtService } from '@nestjs/jwt';
import pg from 'pg';
import { processEnv } from '@app/config';
import { Apps } from './live-sale/apps.js';
import { request, stats, waitUntil, withDb } from './live-sale/http.js';
import { coalescedDbRate, GROUP, hotRowCeiling } from './live-sale/measure.js';
import { mintTokens } from './live-sale/tokens.js';

const env = processEnv();
const int = (name: string, d: number) => (env[name] ? Number(env[name]) : d);
const CONSUMERS = int('BENCH_CONSUMERS', 2000);
const REQUESTS = int('BENCH_REQUESTS', 8000);
const LOW = int('BENCH_LOW_CONCURRENCY', 50);
const ROW_SECONDS = int('BENCH_ROW_SECONDS', 3);
const REPLICAS = int('BENCH_REPLICAS', 1);
const DEADLINE = Date.now() + int('BENCH_TIMEOUT_SECONDS', 600) * 1000;

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
  if (!existsSync(join(DIST, 'apps', 'gateway', 'src', 'main.js'))) throw new Error('run `npm run build` first (the bench runs the built apps)');
  const pgInfra = await infra.ensurePostgres({ url: env.DATABASE_URL, dataDir: join(ROOT, '.data', 'bench-postgres'), port: 54331 });
  const natsDir = mkdtempSync(join(tmpdir(), 'bench-nats-'));
  // the apps' users and permissions, as in production (scripts/lib/secure-nats.mjs)
  const secure = await import(pathToFileURL(join(ROOT, 'scripts', 'lib', 'secure-nats.mjs')).href);
  const nats = (await secure.startSecuredNats({ storeDir: natsDir })) as { url: string; stop(): Promise<void>; envFor(app: string): Record<string, string> };
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
    await waitUntil(async () => (await request(base, 'GET', '/api/v1/batches?status=open', undefined, undefined, new http.Agent())).status === 200, 60_000, 'gateway');

    const jwt = new JwtService({ secret: createSecretKey(Buffer.from(appEnv.JWT_SECRET, 'utf8')) });
    log(`Consumers: ${CONSUMERS} concurrent, ${REQUESTS} distinct consumers per phase — JWTs minted with the test JWT_SECRET (no 2,000 argon2 registrations).`);
    PRODUCT = await createProduct(base, appEnv, agentForSetup);
    log(`Product ${PRODUCT.productId} created through the catalog API (a farmer of เทศบาลเมืองดอกคำใต้).`);
    log(`HTTP keep-alive connections are opened by a warm-up at full concurrency before measuring.`);
    gatewayDb = new pg.Pool({ connectionString: withDb(pgInfra.url, `${prefix}_gateway`), max: 2 });
    const gw = gatewayDb;
    const mint: Mint = (callers) => mintTokens(jwt, gw, callers);
    const [farmer] = await mint([{ name: 'bench farmer', roles: ['producer'], laoCode: PRODUCT.laoCode, producerId: PRODUCT.producerId }]);

    const ceiling = await hotRowCeiling(pgInfra.url, prefix, ROW_SECONDS);
    log(`One hot row (conditional UPDATE, autocommit): ${ceiling.map((c) => `${c.clients} clients ${c.perSecond.toFixed(0)}/s`).join(', ')}`);
    const best = Math.max(...ceiling.map((c) => c.perSecond));

    // Keep-alive connections opened before measuring (a warm-up at full concurrency on its own batch):
    // 2,000 simultaneous TCP handshakes overflow the listen backlog and SYN retries (1 s, 3 s, …) would be
    // measured as reservation latency. In production phones connect to a proxy, not to the gateway.
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONSUMERS, maxFreeSockets: CONSUMERS });
    await phase(base, mint, farmer, agent, CONSUMERS, CONSUMERS);
    const low = await phase(base, mint, farmer, agent, LOW, Math.min(REQUESTS, LOW * 60));
    const high = await phase(base, mint, farmer, agent, CONSUMERS, REQUESTS, () => apps.cpu());
    const cpuPerRequest = Object.entries(high.cpu!).map(([k, v]) => `${k} ${((v * 1000) / REQUESTS).toFixed(2)}`).join(', ');
    const coalesced = await coalescedDbRate(base, farmer, agent, withDb(pgInfra.url, `${prefix}_harvest_preorder`), PRODUCT, ROW_SECONDS);
    agent.destroy();

    // crash-restart harvest-preorder, then every 201 must be in its database
    for (let i = 0; i < REPLICAS; i++) apps.kill(`harvest-preorder#${i}`, 'SIGKILL');
    for (let i = 0; i < REPLICAS; i++) await apps.start(`harvest-preorder#${i}b`, 'apps/harvest-preorder/src/main.js');
    const db = new pg.Pool({ connectionString: withDb(pgInfra.url, `${prefix}_harvest_preorder`), max: 2 });
    db.on('error', () => undefined);
    let missing = 0;
    let oversold = 0;
    for (const ph of [low, high]) {
      const ids = ph.confirmed.map((c) => c.id);
      const found = await db.query(`SELECT count(*)::int AS n FROM reservations WHERE id = ANY($1::uuid[]) AND status = 'confirmed'`, [ids]);
      missing += ids.length - found.rows[0].n;
      const b = (await db.query(`SELECT reserved, reservable_quantity FROM batches WHERE id = $1`, [ph.batchId])).rows[0];
      const sum = (await db.query(`SELECT coalesce(sum(quantity),0)::int AS q FROM reservations WHERE batch_id = $1 AND status = 'confirmed'`, [ph.batchId])).rows[0].q;
      const answered = ph.confirmed.reduce((s, c) => s + c.quantity, 0);
      oversold += Math.max(0, sum - b.reservable_quantity, b.reserved - b.reservable_quantity, answered - b.reservable_quantity);
    }
    await db.end();
    const rss = apps.peakRss();

    log('');
    log(`=== Live sale (${new Date().toISOString()}, ${REPLICAS} harvest-preorder replica(s)) ===`);
    for (const ph of [low, high]) {
      log(
        `concurrency ${String(ph.concurrency).padStart(5)}: ${ph.confirmedPerSecond.toFixed(0)} confirmed reservations/s, ${ph.requestsPerSecond.toFixed(0)} requests/s ` +
          `(${ph.confirmed.length} × 201 confirmed, ${ph.soldOut} × 409 SOLD_OUT, ${ph.other} other), p50 ${ph.p50.toFixed(0)} ms, p99 ${ph.p99.toFixed(0)} ms`,
      );
    }
    log(`one-hot-row ceiling (best of 1/8/64 clients): ${best.toFixed(0)}/s`);
    log(
      `same row, coalesced in the database alone (reserve_many, groups of ${GROUP}, 4 connections, no HTTP/NATS): ${coalesced.toFixed(0)} reservations/s = ${(coalesced / best).toFixed(1)}× the ceiling`,
    );
    log(`ratio end-to-end / ceiling: ${(high.confirmedPerSecond / best).toFixed(2)}× (target ≥ 1.5×)`);
    log(`throughput at ${CONSUMERS} vs ${LOW} concurrent: ${((high.confirmedPerSecond / low.confirmedPerSecond) * 100).toFixed(0)}% (target ≥ 80%)`);
    log(`p99 at ${CONSUMERS}: ${high.p99.toFixed(0)} ms (target < 250 ms)`);
    log(`CPU ms per request at ${CONSUMERS} concurrent: ${cpuPerRequest}`);
    log(`connection resets retried with the same Idempotency-Key: ${stats.connectionRetries}`);
    log(`units oversold: ${oversold}`);
    log(`201s missing from the database after a SIGKILL restart of harvest-preorder: ${missing}`);
    log(`peak RSS: ${Object.entries(rss).map(([k, v]) => `${k} ${v} MB`).join(', ')}`);
    if (oversold || missing) process.exitCode = 1;
  } finally {
    await gatewayDb?.end().catch(() => undefined);
    await apps.stopAll();
    await nats.stop();
    rmSync(natsDir, { recursive: true, force: true });
    for (const s of ['gateway', 'catalog', 'harvest_preorder', 'order', 'hotrow']) await adminDb.query(`DROP DATABASE IF EXISTS "${prefix}_${s}" WITH (FORCE)`).catch(() => undefined);
    await adminDb.end();
    await pgInfra.stop();
  }
}

/** The bench's product: a farmer of เทศบาลเมืองดอกคำใต้ and its product, created through the real API. */
let PRODUCT: { productId: string; producerId: string; laoCode: string };

async function createProduct(base: string, appEnv: Record<string, string>, agent: http.Agent): Promise<typeof PRODUCT> {
  const login = await request(base, 'POST', '/api/v1/auth/login', undefined, { login: appEnv.BOOTSTRAP_ADMIN_LOGIN, password: appEnv.BOOTSTRAP_ADMIN_PASSWORD }, agent);
  if (login.status !== 200) throw new Error(`admin login: ${login.status} ${JSON.stringify(login.body)}`);
  const admin = (login.body as { accessToken: string }).accessToken;
  const producer = await request(base, 'POST', '/api/v1/producers', admin, {
    kind: 'farmer', name: 'bench farmer', laoCode: '4560501', contacts: {}, publishContacts: false, promptPayId: '0812345678',
  }, agent);
  if (producer.status !== 201) throw new Error(`producer: ${producer.status} ${JSON.stringify(producer.body)}`);
  const producerId = (producer.body as { id: string }).id;
  const product = await request(base, 'POST', '/api/v1/products', admin, { producerId, name: 'ลิ้นจี่ดอกคำใต้ (bench)', category: 'fruit', unit: 'kg', priceSatang: 12_000 }, agent);
  if (product.status !== 201) throw new Error(`product: ${product.status} ${JSON.stringify(product.body)}`);
  return { productId: (product.body as { id: string }).id, producerId, laoCode: '4560501' };
}

interface PhaseResult {
  concurrency: number;
  batchId: string;
  confirmed: Array<{ id: string; quantity: number }>;
  soldOut: number;
  other: number;
  confirmedPerSecond: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** CPU seconds each process spent during the phase */
  cpu?: Record<string, number>;
}

/** One batch, `total` distinct consumers (1–3 units each) with `concurrency` in flight; supply = 75% of demand. */
type Mint = (callers: Parameters<typeof mintTokens>[2]) => Promise<string[]>;

async function phase(
  base: string,
  mint: Mint,
  farmer: string,
  agent: http.Agent,
  concurrency: number,
  total: number,
  sampleCpu?: () => Record<string, number>,
): Promise<PhaseResult> {
  const quantities = Array.from({ length: total }, (_, i) => 1 + ((i * 7919) % 3));
  const demand = quantities.reduce((a, b) => a + b, 0);
  const capacity = Math.floor(demand * 0.75);
  const now = Date.now();
  const created = await request(base, 'POST', '/api/v1/batches', farmer, {
    productId: PRODUCT.productId,
    harvestStart: '2026-06-01',
    harvestEnd: '2026-06-15',
    estimatedQuantity: capacity,
    reservableQuantity: capacity,
    depositPercent: 30,
    minQuantity: 1,
    maxQuantityPerConsumer: 3,
    preorderOpensAt: new Date(now - 60_000).toISOString(),
    preorderClosesAt: new Date(now + 3600_000).toISOString(),
    waitlist: false,
    pickupPoints: [{ name: 'ศาลาหมู่บ้าน', address: 'หมู่ 3' }],
  }, agent);
  if (created.status !== 201) throw new Error(`batch: ${created.status} ${JSON.stringify(created.body)}`);
  const batchId = (created.body as { id: string }).id;
  const batch = (await request(base, 'GET', `/api/v1/batches/${batchId}`, farmer, undefined, agent)).body as { pickupPoints: Array<{ id: string }> };
  const pickupPointId = batch.pickupPoints[0].id;
  const tokens = await mint(quantities.map(() => ({ name: 'c', roles: ['consumer'] })));
  const lat: number[] = [];
  const confirmed: Array<{ id: string; quantity: number }> = [];
  let soldOut = 0;
  let other = 0;
  let next = 0;
  let lastConfirmedAt = 0;
  const cpu0 = sampleCpu?.();
  const started = performance.now();
  async function worker() {
    while (next < total && Date.now() < DEADLINE) {
      const i = next++;
      const t0 = performance.now();
      const r = await request(base, 'POST', `/api/v1/batches/${batchId}/reservations`, tokens[i], { quantity: quantities[i], fulfilment: { type: 'pickup', pickupPointId } }, agent, randomUUID());
      const t1 = performance.now();
      lat.push(t1 - t0);
      const body = r.body as { id: string; quantity: number; status: string; code?: string };
      if (r.status === 201 && body.status === 'confirmed') {
        confirmed.push({ id: body.id, quantity: body.quantity });
        lastConfirmedAt = t1;
      } else if (r.status === 409 && body.code === 'SOLD_OUT') soldOut++;
      else other++;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const ended = performance.now();
  const cpu1 = sampleCpu?.();
  const cpu = cpu0 && cpu1 ? Object.fromEntries(Object.entries(cpu1).map(([k, v]) => [k, v - (cpu0[k] ?? 0)])) : undefined;
  lat.sort((a, b) => a - b);
  const pct = (p: number) => lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))];
  return {
    concurrency,
    batchId,
    confirmed,
    soldOut,
    other,
    // confirmed reservations per second while the batch still had capacity
    confirmedPerSecond: confirmed.length / ((lastConfirmedAt - started) / 1000),
    requestsPerSecond: lat.length / ((ended - started) / 1000),
    p50: pct(50),
    p99: pct(99),
    cpu,
  };
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
