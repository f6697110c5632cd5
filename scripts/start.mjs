// `npm start`: the whole marketplace on this machine. Finds or starts PostgreSQL, builds, starts its own NATS
// with per-app users and permissions (or uses NATS_URL's open server),
// starts the four services and the gateway (each service creates its database and runs its migrations;
// the catalog loads the reference data), prints the URL and the admin login. With `--demo` (or SEED_DEMO=true)
// it also seeds a small Phayao demo whose farmer has a known password — never by default.
// Ctrl-C stops everything it started.
import { spawn, execSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ensureNats, ensurePostgres, log, redact, ROOT } from './infra.mjs';
import { seedDemo } from './demo.mjs';
import { startSecuredNats } from './lib/secure-nats.mjs';
import { nodeFlags } from './lib/node-flags.mjs';

const APPS = ['catalog', 'harvest-preorder', 'order', 'reporting', 'notification', 'gateway'];
const DEMO = process.argv.includes('--demo') || /^(1|true|yes)$/i.test(process.env.SEED_DEMO ?? '');
const unknownArgs = process.argv.slice(2).filter((a) => a !== '--demo');
if (unknownArgs.length) {
  console.error(`npm start: unknown argument ${unknownArgs.join(' ')} (the only one is --demo: seed the Phayao demo)`);
  process.exit(2);
}
const dataDir = join(ROOT, '.data');
const logDir = join(dataDir, 'logs');
mkdirSync(logDir, { recursive: true });

const cleanups = [];
const children = new Map();
const restartTimers = new Map();
let stopping = false;

// Supervision, as a process manager would: an app that crashes (non-zero exit or a signal, outside a
// shutdown) is started again after 1 s, then 2 s, 4 s … at most 30 s while it keeps crashing; an app that
// stayed up a minute starts again from 1 s. A clean exit (code 0) is not restarted. Every restart is
// logged on the console and in the app's log file.
const RESTART_BACKOFF = { firstMs: 1000, maxMs: 30_000, resetAfterMs: 60_000 };
function restartDelay(failuresInARow) {
  return Math.min(RESTART_BACKOFF.firstMs * 2 ** Math.max(0, failuresInARow - 1), RESTART_BACKOFF.maxMs);
}

function supervise(app, env, onLine) {
  const out = createWriteStream(join(logDir, `${app}.log`), { flags: 'a' });
  const note = (level, message) =>
    out.write(
      `${JSON.stringify({ level, pid: process.pid, timestamp: new Date().toISOString(), context: 'supervisor', message })}\n`,
    );
  let failures = 0;
  let restarts = 0;
  const launch = () => {
    restartTimers.delete(app);
    if (stopping) return;
    const startedAt = Date.now();
    const main = join(ROOT, 'dist', 'apps', app, 'src', 'main.js');
    const child = spawn(process.execPath, ['--enable-source-maps', ...nodeFlags(app), main], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.set(app, child);
    if (restarts) note('log', `${app} started again (pid ${child.pid}, restart ${restarts})`);
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        out.write(`${line}\n`);
        onLine(app, line);
      });
    }
    child.on('exit', (code, signal) => {
      if (stopping) return;
      if (code === 0 && !signal) {
        log(`${app} exited cleanly (code 0); not restarted. Its log: ${join(logDir, `${app}.log`)}`);
        note('warn', `${app} exited cleanly (code 0); not restarted`);
        return;
      }
      failures = Date.now() - startedAt >= RESTART_BACKOFF.resetAfterMs ? 1 : failures + 1;
      restarts += 1;
      const delay = restartDelay(failures);
      const why = `${app} (pid ${child.pid}) exited (${signal ?? `code ${code}`}) after ${((Date.now() - startedAt) / 1000).toFixed(1)} s; restarting in ${delay / 1000} s (restart ${restarts}, ${failures} in a row)`;
      log(`${why}; see ${join(logDir, `${app}.log`)}`);
      note('error', why);
      restartTimers.set(app, setTimeout(launch, delay));
    });
  };
  launch();
}

async function shutdown(code, why) {
  if (stopping) return;
  stopping = true;
  if (why) log(why);
  log('stopping…');
  for (const t of restartTimers.values()) clearTimeout(t);
  await Promise.all(
    [...children.values()].map(
      (c) =>
        new Promise((r) => {
          if (c.exitCode !== null || c.signalCode !== null) return r();
          c.once('exit', r);
          c.kill('SIGTERM');
          setTimeout(() => c.kill('SIGKILL'), 10_000).unref();
        }),
    ),
  );
  for (const fn of cleanups.reverse()) await fn().catch(() => {});
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

/** The generated admin's login and password from its 0600 file (see apps/gateway/src/identity/bootstrap-password-file.ts). */
function readAdminPasswordFile(file) {
  if (!file || !existsSync(file)) return undefined;
  const [login, password] = readFileSync(file, 'utf8').trim().split('\n');
  return login && password ? { login, password } : undefined;
}

try {
  const pg = await ensurePostgres({ url: process.env.DATABASE_URL });
  cleanups.push(pg.stop);
  log(`PostgreSQL: ${redact(pg.url)}${pg.started ? ' (embedded, started now)' : ''}`);

  log('building…');
  execSync('npm run -s build', { cwd: ROOT, stdio: 'inherit' });

  // NATS: our own nats-server with the permission table and fresh passwords for each app (every start makes
  // new ones: nothing to leak between runs), unless NATS_URL names a server, which is then used as it is —
  // the apps connect without credentials, so it must be an open server (no permissions: a development fallback).
  let nats;
  let natsEnvFor = () => ({});
  if (process.env.NATS_URL) {
    nats = await ensureNats({ url: process.env.NATS_URL });
    log(
      `NATS: ${nats.url}${nats.started ? ' (started now)' : ''} — NATS_URL given: an open server, no subject permissions`,
    );
  } else {
    nats = await startSecuredNats({ storeDir: join(dataDir, 'nats') });
    natsEnvFor = nats.envFor;
    log(
      `NATS: ${nats.url} (started now, with a user and subject permissions per app; config ${join(dataDir, 'nats', 'nats-server.conf')})`,
    );
  }
  cleanups.push(nats.stop);

  // Replicas must share the JWT secret: take it from the environment, else keep one under .data/.
  const secretFile = join(dataDir, 'jwt-secret');
  const jwtSecret =
    process.env.JWT_SECRET ??
    (existsSync(secretFile) ? readFileSync(secretFile, 'utf8').trim() : randomBytes(32).toString('hex'));
  if (!process.env.JWT_SECRET && !existsSync(secretFile)) writeFileSync(secretFile, jwtSecret, { mode: 0o600 });

  const port = process.env.PORT ?? '3000';
  const adminPasswordFile = process.env.BOOTSTRAP_ADMIN_PASSWORD_FILE ?? join(dataDir, 'admin-password');
  const env = {
    ...process.env,
    DATABASE_URL: pg.url,
    NATS_URL: nats.url,
    JWT_SECRET: jwtSecret,
    PORT: port,
    PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL ?? `http://localhost:${port}`,
    BOOTSTRAP_ADMIN_GENERATE: process.env.BOOTSTRAP_ADMIN_LOGIN ? 'false' : 'true',
    // no SMS leaves this machine unless SMS_PROVIDER=thaibulksms: the codes are read from this file
    SMS_LOG_PATH: process.env.SMS_LOG_PATH ?? join(logDir, 'sms.jsonl'),
    // a generated admin password goes to this 0600 file only, never to a log (the gateway's stdout is its log)
    BOOTSTRAP_ADMIN_PASSWORD_FILE: adminPasswordFile,
  };

  let gatewayUrl;
  let generatedAdmin;
  let resolveReady;
  const gatewayReady = new Promise((r) => (resolveReady = r));
  const onLine = (app, line) => {
    if (line.startsWith('GATEWAY_READY ')) {
      gatewayUrl = line.split(' ')[1];
      if (app === 'gateway') resolveReady();
    } else if (line.startsWith('GENERATED_ADMIN ')) {
      generatedAdmin = readAdminPasswordFile(line.split(' ')[2]);
    } else if (/"level":"(error|fatal|warn)"|^\S*Error|^\s+at /.test(line)) process.stdout.write(`[${app}] ${line}\n`);
  };
  for (const app of APPS) supervise(app, { ...env, ...natsEnvFor(app) }, onLine);
  const readyTimeout = setTimeout(() => shutdown(1, 'the gateway did not start within 3 minutes'), 180_000);
  await gatewayReady;
  clearTimeout(readyTimeout);

  log('waiting for every service to answer /health…');
  const until = Date.now() + 120_000;
  let health;
  while (Date.now() < until) {
    health = await fetch(`${gatewayUrl}/health`).then(
      (r) => r.json().then((b) => ({ status: r.status, body: b })),
      () => null,
    );
    if (health?.status === 200) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  if (health?.status !== 200) throw new Error(`health still failing: ${JSON.stringify(health?.body)}`);

  const adminLogin = process.env.BOOTSTRAP_ADMIN_LOGIN
    ? { login: process.env.BOOTSTRAP_ADMIN_LOGIN, password: process.env.BOOTSTRAP_ADMIN_PASSWORD }
    : (generatedAdmin ?? readAdminPasswordFile(adminPasswordFile));
  const demo = DEMO
    ? await seedDemo(gatewayUrl, adminLogin).catch((e) => `demo not seeded: ${e.message}`)
    : 'not seeded (`npm start -- --demo` or SEED_DEMO=true seeds the Phayao demo, whose farmer login has a known password)';

  const publicUrl = `http://localhost:${port}`;
  const lines = [
    '',
    'ของดีบ้านเรา is running',
    `  Web app:       ${publicUrl}/   (on a phone on this network: http://<this machine's address>:${port}/)`,
    `  API:           ${publicUrl}/api/v1`,
    `  API docs:      ${publicUrl}/api/docs`,
    `  Health:        ${publicUrl}/health`,
    generatedAdmin
      ? `  Admin login:   ${generatedAdmin.login}  password: ${generatedAdmin.password}   (generated now; also in ${adminPasswordFile}, readable only by you)`
      : process.env.BOOTSTRAP_ADMIN_LOGIN
        ? `  Admin login:   ${process.env.BOOTSTRAP_ADMIN_LOGIN} (BOOTSTRAP_ADMIN_PASSWORD)`
        : `  Admin login:   admin@khongdee.local (its password: ${adminPasswordFile}, written at the first start)`,
    `  Demo:          ${demo}`,
    `  Logs:          ${logDir}/<app>.log`,
    (process.env.SMS_PROVIDER ?? 'log') === 'log'
      ? `  SMS (codes):   ${process.env.SMS_LOG_PATH ?? join(logDir, 'sms.jsonl')}   (one JSON line per message; SMS_PROVIDER=thaibulksms sends real ones)`
      : `  SMS:           ${process.env.SMS_PROVIDER}`,
    '  Ctrl-C stops everything.',
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
} catch (e) {
  log(`failed: ${e.message}`);
  await shutdown(1);
}
