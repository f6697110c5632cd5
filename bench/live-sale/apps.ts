import { spawn, ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { connect } from '@nats-io/transport-node';
import { waitUntil } from './http.js';

/** The apps as separate node processes from dist/, with their peak RSS and CPU time. */
export class Apps {
  private readonly procs = new Map<string, ChildProcess>();
  private readonly peaks = new Map<string, number>();
  private timer = setInterval(() => this.sample(), 200);

  constructor(
    private readonly env: Record<string, string>,
    private readonly dist: string,
    private readonly profileApp?: string,
    private readonly profileDir?: string,
    /** an app's NATS_USER / NATS_PASSWORD */
    private readonly natsEnvFor: (app: string) => Record<string, string> = () => ({}),
  ) {}

  async start(name: string, main: string, extra: Record<string, string> = {}): Promise<void> {
    // BENCH_PROFILE=gateway (or order, harvest-preorder; a comma list for several) writes a V8 CPU profile of that app to BENCH_PROFILE_DIR
    const profile =
      this.profileApp && this.profileApp.split(',').some((a) => name.startsWith(a))
        ? ['--cpu-prof', `--cpu-prof-dir=${this.profileDir ?? tmpdir()}`]
        : [];
    const app = name.replace(/#.*$/, '');
    const natsEnv = this.natsEnvFor(app);
    // the app's V8 flags, as every launcher gives them
    const flagsModule = pathToFileURL(join(dirname(this.dist), 'scripts', 'lib', 'node-flags.mjs')).href;
    const { nodeFlags } = (await import(flagsModule)) as { nodeFlags(app: string): string[] };
    const child = spawn(process.execPath, [...nodeFlags(app), ...profile, join(this.dist, main)], {
      env: { ...this.env, ...natsEnv, ...extra },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
    child.once('exit', (code, sig) => {
      if (this.procs.get(name) === child && code && sig !== 'SIGKILL') console.error(`${name} exited ${code}: ${err}`);
    });
    this.procs.set(name, child);
    // a service is ready when it answers its health subject (the gateway is awaited by the caller)
    if (!name.startsWith('gateway')) {
      const subject = `${app}.health`;
      // as the app itself: a service's user may ask its own health subject
      const nc = await connect({
        servers: this.env.NATS_URL.replace('nats://', ''),
        inboxPrefix: `_INBOX.${app}`,
        ...(natsEnv.NATS_USER ? { user: natsEnv.NATS_USER, pass: natsEnv.NATS_PASSWORD } : {}),
      });
      try {
        await waitUntil(
          async () => {
            try {
              await nc.request(
                subject,
                JSON.stringify({
                  pattern: subject,
                  data: { caller: null, requestId: 'bench', data: {} },
                  id: randomUUID(),
                }),
                { timeout: 500 },
              );
              return true;
            } catch {
              return false;
            }
          },
          60_000,
          name,
        );
      } finally {
        await nc.close();
      }
    }
  }

  kill(name: string, sig: NodeJS.Signals): void {
    this.sample();
    this.procs.get(name)?.kill(sig);
    this.procs.delete(name);
  }

  private sample(): void {
    for (const [name, p] of this.procs) {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p.pid}/status`, 'utf8'));
        const key = name.replace(/#.*$/, '');
        if (m) this.peaks.set(key, Math.max(this.peaks.get(key) ?? 0, Math.round(Number(m[1]) / 1024)));
      } catch {
        /* exited */
      }
    }
  }

  /** CPU seconds (user + system) used so far by each app. */
  cpu(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [name, p] of this.procs) {
      try {
        const f = readFileSync(`/proc/${p.pid}/stat`, 'utf8').split(') ')[1].split(' ');
        out[name.replace(/#.*$/, '')] = (out[name.replace(/#.*$/, '')] ?? 0) + (Number(f[11]) + Number(f[12])) / 100;
      } catch {
        /* exited */
      }
    }
    const self = process.cpuUsage();
    out.bench_client = (self.user + self.system) / 1e6;
    return out;
  }

  peakRss(): Record<string, number> {
    this.sample();
    return Object.fromEntries(this.peaks);
  }

  async stopAll(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all(
      [...this.procs.values()].map(
        (p) =>
          new Promise<void>((r) => {
            if (p.exitCode !== null) return r();
            p.once('exit', () => r());
            p.kill('SIGTERM');
            setTimeout(() => p.kill('SIGKILL'), 10_000).unref();
          }),
      ),
    );
  }
}
