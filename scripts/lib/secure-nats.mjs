// A private nats-server with the NATS permission table (libs/messaging/src/permissions.ts, from the build in
// dist/): fresh random passwords for the six apps, the config written 0600 beside the JetStream store, and
// `nats-server -js -c <conf>` on a port of its own. Used by `npm start`, check:web, the fuzzer, the fault
// suite and the benches; the test harness (libs/testing) does the same in TypeScript.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, startNatsServer } from '../infra.mjs';

const PERMISSIONS = join(ROOT, 'dist', 'libs', 'messaging', 'src', 'permissions.js');

export async function natsPermissionsModule() {
  if (!existsSync(PERMISSIONS)) throw new Error(`${PERMISSIONS} is missing: run \`npm run build\` first`);
  return import(pathToFileURL(PERMISSIONS).href);
}

/**
 * Starts the server; returns { url, stop, credentials, envFor(app) } where envFor gives an app its
 * NATS_USER / NATS_PASSWORD. `cluster` ({ serverName, name, port, routes }) makes it one node of a cluster.
 */
export async function startSecuredNats({
  storeDir,
  host = '127.0.0.1',
  port,
  bin,
  credentials,
  cluster,
  monitorPort,
} = {}) {
  const m = await natsPermissionsModule();
  credentials ??= m.newNatsCredentials();
  const nats = await startNatsServer({
    bin,
    host,
    port,
    storeDir,
    monitorPort,
    config: (p) => m.natsServerConfig({ host, port: p, storeDir, users: m.appUsers(credentials), cluster }),
  });
  return { ...nats, credentials, envFor: (app) => m.natsCredentialsEnv(app, credentials) };
}
