import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { EVENT_STREAMS } from '@app/contracts';
import { testEnv } from '@app/testing';
import { findNatsServer, freePort, portOpen } from '@app/testing';
import { ensureStream } from './jetstream.js';
import { connectNats } from './nats.js';

/**
 * A three-node NATS cluster on loopback whose servers come up one after another, as on a first start:
 * creating an R3 stream must wait for the cluster (no meta leader: the API times out; two servers: "no
 * suitable peers for placement") instead of failing the service's start.
 */
describe('ensureStream on a NATS cluster that is still starting', () => {
  const bin = testEnv.natsServerBin ?? findNatsServer();
  const dir = mkdtempSync(join(tmpdir(), 'kdbr-cluster-'));
  const servers: ChildProcess[] = [];
  const ports: Array<{ client: number; cluster: number }> = [];
  let nc: NatsConnection | undefined;

  beforeAll(async () => {
    for (let i = 0; i < 3; i++) ports.push({ client: await freePort(), cluster: await freePort() });
  });
  afterAll(async () => {
    await nc?.close().catch(() => undefined);
    await Promise.all(
      servers.map((s) => new Promise((r) => (s.exitCode !== null ? r(null) : (s.once('exit', r), s.kill('SIGTERM'))))),
    );
    rmSync(dir, { recursive: true, force: true });
  });

  async function startNode(i: number): Promise<void> {
    const routes = ports.map((p) => `nats://127.0.0.1:${p.cluster}`).join(',');
    const args = ['-js', '-sd', join(dir, `n${i}`), '-a', '127.0.0.1', '-p', String(ports[i].client), '-n', `n${i}`];
    const child = spawn(
      bin!,
      [...args, '--cluster_name', 'kdbr', '--cluster', `nats://127.0.0.1:${ports[i].cluster}`, '--routes', routes],
      { stdio: 'ignore' },
    );
    servers.push(child);
    for (let t = Date.now(); !(await portOpen('127.0.0.1', ports[i].client));) {
      if (Date.now() - t > 10_000) throw new Error(`nats-server n${i} did not start`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it('creates the R3 stream once the third server is up, having retried through both errors', async () => {
    const warned = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    await startNode(0);
    nc = await connectNats({ url: `nats://127.0.0.1:${ports[0].client}`, app: 'cluster-test' }, 'cluster-test');
    let settled: 'resolved' | Error | undefined;
    const creating = ensureStream(nc, 'diagnostics', { replicas: 3 }).then(
      () => (settled = 'resolved'),
      (e: Error) => (settled = e),
    );
    // one server of three: no meta leader, the JetStream API times out (5 s)
    await new Promise((r) => setTimeout(r, 6_000));
    expect(settled).toBeUndefined();
    // two of three: a leader, but too few peers for three replicas — or, while the two are still electing
    // their meta leader (a loaded machine), "JetStream system temporarily unavailable"
    const beforeSecond = warned.mock.calls.length;
    await startNode(1);
    await new Promise((r) => setTimeout(r, 8_000));
    expect(settled).toBeUndefined();
    await startNode(2);
    await creating;
    expect(settled).toBe('resolved');
    const info = await (await jetstreamManager(nc)).streams.info(EVENT_STREAMS.diagnostics.stream);
    expect(info.config.num_replicas).toBe(3);
    const retried = warned.mock.calls.map(([m]) => String((m as { error?: string }).error));
    warned.mockRestore();
    expect(retried.slice(0, beforeSecond)).toEqual(expect.arrayContaining([expect.stringMatching(/timeout/i)]));
    expect(retried.slice(beforeSecond)).toEqual(
      expect.arrayContaining([expect.stringMatching(/no suitable peers|temporarily unavailable/i)]),
    );
    for (const e of retried) expect(e).toMatch(/timeout|no suitable peers|temporarily unavailable/i);
  }, 60_000);
});
