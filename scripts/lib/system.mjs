// The whole system as separate processes, like bench/live-sale (used by check:web and test:fuzz): a private nats-server -js
// with the apps' users and permissions (scripts/lib/secure-nats.mjs), fresh databases
// under a random DATABASE_PREFIX on the PostgreSQL that ensurePostgres finds, the five built apps, and the
// gateway on a free port. Everything it starts is registered for `cleanup` (also run on failure and Ctrl-C).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensurePostgres, freePort, ROOT } from '../infra.mjs';
import { startSecuredNats } from './secure-nats.mjs';
import { nodeFlags } from './node-flags.mjs';
import { localSignupEnv } from '../../libs/testing/src/consumer-signup.mjs';

const APPS = ['catalog', 'harvest-preorder', 'order', 'reporting', 'notification', 'gateway'];
const cleanups = [];
let cleaning;

/** Registers something to stop at the end (also on failure and Ctrl-C); clean-ups run newest first. */
export function addCleanup(what, fn) {
  cleanups.push([what, fn]);
}

/** Runs the registered clean-ups once, newest first; a failing one does not stop the others. */
export function cleanup() {
  cleaning ??= (async () => {
    while (cleanups.length) {
      const [what, fn] = cleanups.pop();
      await fn().catch((e) => console.error(`clean-up of ${what} failed: ${e.message}`));
    }
  })();
  return cleaning;
}

/** Ctrl-C or SIGTERM: runs the clean-ups (once, however many signals come), then exits with 130. */
export function cleanupOnInterrupt(progress) {
  let interrupted = false;
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, () => {
      if (interrupted) return;
      interrupted = true;
      progress(`${sig}: stopping everything…`);
      cleanup().finally(() => process.exit(130));
    });
  }
}

/**
 * The environment of the built apps (`node dist/…/main.js`) that the scripts start on this machine: production
 * mode, logs in JSON from warnings up, the given administrator (none generated), and consumers signing up
 * with the code the development SMS provider writes to `<logDir>/sms.jsonl` — throttles loose, as every
 * request comes from this machine (libs/testing/src/consumer-signup.mjs).
 */
export function productionEnv({ databaseUrl, prefix, natsUrl, base, admin, logDir }) {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    DATABASE_PREFIX: prefix,
    NATS_URL: natsUrl,
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
    LOG_JSON: 'true',
    PUBLIC_BASE_URL: base,
    BOOTSTRAP_ADMIN_LOGIN: admin.login,
    BOOTSTRAP_ADMIN_PASSWORD: admin.password,
    BOOTSTRAP_ADMIN_GENERATE: 'false',
    ...localSignupEnv(join(logDir, 'sms.jsonl')),
  };
}

/**
 * `name` (letters and digits) tags the run: the databases are `<name><random>_<app>`, the bootstrap admin is
 * `<name>-admin@check.local`; `env` is added to every app's environment.
 */
export async function startSystem({ logDir, name = 'checkweb', env: extraEnv = {} }) {
  for (const app of APPS) {
    if (!existsSync(join(ROOT, 'dist', 'apps', app, 'src', 'main.js')))
      throw new Error(`dist/apps/${app}/src/main.js is missing: run without --no-build`);
  }
  const pgInfra = await ensurePostgres({ url: process.env.DATABASE_URL });
  if (pgInfra.started) cleanups.push(['PostgreSQL', () => pgInfra.stop()]);
  const prefix = `${name}${randomBytes(4).toString('hex')}`;
  const { default: pg } = await import('pg');
  cleanups.push(['databases', () => dropDatabases(pg, pgInfra.url, prefix)]);

  const natsDir = mkdtempSync(join(tmpdir(), `${name}-nats-`));
  cleanups.push(['nats store', async () => rmSync(natsDir, { recursive: true, force: true })]);
  const nats = await startSecuredNats({ storeDir: natsDir });
  cleanups.push(['nats-server', () => nats.stop()]);

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const admin = {
    login: `${name === 'checkweb' ? 'check-web' : name}-admin@check.local`,
    password: randomBytes(12).toString('hex'),
  };
  const env = {
    ...productionEnv({ databaseUrl: pgInfra.url, prefix, natsUrl: nats.url, base, admin, logDir }),
    ...extraEnv,
  };
  mkdirSync(logDir, { recursive: true });
  const procs = [];
  cleanups.push(['apps', () => Promise.all(procs.map(stopProcess))]);
  const killAll = () => procs.forEach((p) => p.exitCode === null && p.kill('SIGKILL'));
  process.once('exit', killAll);
  for (const app of APPS) {
    const extra = app === 'gateway' ? { PORT: String(port), HOST: '127.0.0.1' } : {};
    const out = createWriteStream(join(logDir, `${app}.log`));
    const child = spawn(process.execPath, [...nodeFlags(app), join(ROOT, 'dist', 'apps', app, 'src', 'main.js')], {
      cwd: ROOT,
      env: { ...env, ...nats.envFor(app), ...extra },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(out);
    child.stderr.pipe(out);
    child.once('exit', (code, sig) => {
      if (!cleaning && (code || sig))
        console.error(`${app} exited (${code ?? sig}); its log: ${join(logDir, `${app}.log`)}`);
    });
    procs.push(child);
  }
  await waitForHealth(base, procs, 240_000);
  return { base, admin, prefix, databaseUrl: pgInfra.url, smsLogPath: env.SMS_LOG_PATH };
}

async function waitForHealth(base, procs, timeoutMs) {
  const until = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < until) {
    if (procs.some((p) => p.exitCode !== null)) throw new Error('an app exited while starting (see its log)');
    try {
      const res = await fetch(`${base}/health`, { signal: AbortSignal.timeout(5000) });
      if (res.status === 200) return;
      last = `${res.status} ${(await res.text()).slice(0, 200)}`;
    } catch (e) {
      last = e.message;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`GET /health did not answer 200 within ${timeoutMs / 1000}s (last: ${last})`);
}

function stopProcess(p) {
  return new Promise((r) => {
    if (p.exitCode !== null || p.signalCode !== null) return r();
    p.once('exit', () => r());
    p.kill('SIGTERM');
    setTimeout(() => p.kill('SIGKILL'), 10_000).unref();
  });
}

async function dropDatabases(pg, url, prefix) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${prefix}\\_%`]);
    for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await c.end();
  }
}
