// Local servers for tests and scripts: a private `nats-server -js` on a free port, and the port helpers it
// needs. Plain JavaScript so that the jest suites (TestSystem, libs/messaging's specs) and the scripts
// (`npm start`, `npm test`, fuzz, faults, check-web — through scripts/infra.mjs) share one copy.
import { spawn } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';

export const NATS_INSTALL_HINT =
  'install it with `apt-get install nats-server` (Debian/Ubuntu) or `brew install nats-server`, or set NATS_URL';

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

/** Polls `check` every 100 ms until it answers true; throws after `timeoutMs`. */
export async function waitFor(check, timeoutMs, what) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not come up within ${timeoutMs / 1000}s`);
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
 * `nats-server -js` on a free port (or `port`) with its store in `storeDir`. With `config(port)` (the text of
 * a config file, from libs/messaging's natsServerConfig: users and permissions), the server runs with
 * `-c <storeDir>/nats-server.conf` (written 0600: it holds passwords); without, it is an open server.
 */
export async function startNatsServer({
  bin = findNatsServer(),
  host = '127.0.0.1',
  port,
  storeDir,
  config,
  monitorPort,
}) {
  if (!bin) throw new Error(`nats-server is not installed: ${NATS_INSTALL_HINT}`);
  port ??= await freePort();
  mkdirSync(storeDir, { recursive: true });
  let args = ['-js', '-a', host, '-p', String(port), '-sd', storeDir];
  if (config) {
    const file = join(storeDir, 'nats-server.conf');
    writeFileSync(file, config(port), { mode: 0o600 });
    args = ['-js', '-c', file];
  }
  // the monitoring endpoint (/varz, /connz): the live-sale bench counts messages per app with it
  if (monitorPort) args.push('-m', String(monitorPort));
  const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
  // a process that dies without stopping it (a crashed test worker) must not leave the server behind
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`nats-server exited (${child.exitCode}): ${stderr.trim()}`);
      return portOpen(host, port);
    },
    20_000,
    'nats-server',
  );
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
