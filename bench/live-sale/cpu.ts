import { readdirSync, readFileSync } from 'node:fs';
import type pg from 'pg';

/** Clock ticks per second of /proc (USER_HZ: 100 on Linux). */
const HZ = 100;

/** CPU seconds (user + system) of one process from /proc/<pid>/stat, or null once it is gone. */
export function procCpu(pid: number): number | null {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) / HZ;
  } catch {
    return null;
  }
}

/** The machine's busy and total CPU seconds from /proc/stat (all cores summed). */
export function machineCpu(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal (guest is counted in user already)
  const [user, nice, system, idle, iowait, irq, softirq, steal] = v;
  const busy = user + nice + system + irq + softirq + (steal ?? 0);
  return { busy: busy / HZ, total: (busy + idle + (iowait ?? 0)) / HZ };
}

/** The pid of the process whose command line contains `needle` (the bench's own nats-server). */
export function findPid(needle: string): number | null {
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(needle)) return Number(d);
    } catch {
      /* gone */
    }
  }
  return null;
}

/** The PostgreSQL backends serving the bench's databases (their CPU is the system's too). */
export async function ourBackends(admin: pg.Pool, prefix: string): Promise<Array<{ pid: number; db: string }>> {
  const r = await admin.query(`SELECT pid, datname FROM pg_stat_activity WHERE datname LIKE $1`, [`${prefix}%`]);
  return r.rows.map((x: { pid: number; datname: string }) => ({ pid: x.pid, db: x.datname.slice(prefix.length + 1) }));
}

export interface CpuSnapshot {
  at: number;
  perProcess: Record<string, number>;
  backends: Map<number, { cpu: number; db: string }>;
  machine: { busy: number; total: number };
}

export interface CpuDelta {
  seconds: number;
  /** CPU seconds per process over the phase (postgres = the bench's backends) */
  perProcess: Record<string, number>;
  /** of which, PostgreSQL backend CPU seconds per database (gateway, harvest_preorder, order, …) */
  postgresByDb: Record<string, number>;
  /** share of the whole machine (all cores) used by everything else during the phase */
  otherShare: number;
}

/** Samples every process of the system under test, our PostgreSQL backends and the machine. */
export class CpuMeter {
  constructor(
    private readonly procs: () => Record<string, number>,
    private readonly admin: pg.Pool,
    private readonly prefix: string,
  ) {}

  async snapshot(): Promise<CpuSnapshot> {
    const backends = new Map<number, { cpu: number; db: string }>();
    for (const { pid, db } of await ourBackends(this.admin, this.prefix)) {
      const c = procCpu(pid);
      if (c !== null) backends.set(pid, { cpu: c, db });
    }
    return { at: performance.now(), perProcess: this.procs(), backends, machine: machineCpu() };
  }

  /**
   * Waits until the system under test has finished the work a phase left behind (outbox relays, event
   * consumers, PostgreSQL): its processes and backends — not the bench's own — used under `share` of one core
   * over `windowMs`. Resolves with the milliseconds waited, or NaN when it was still busy after `timeoutMs`.
   */
  async settled(windowMs = 500, share = 0.05, timeoutMs = 30_000): Promise<number> {
    const t0 = performance.now();
    let a = await this.snapshot();
    for (;;) {
      await new Promise((r) => setTimeout(r, windowMs));
      const b = await this.snapshot();
      const { bench_client: _bench, ...system } = this.delta(a, b).perProcess;
      const used = Object.values(system).reduce((sum, v) => sum + v, 0);
      if (used < (share * windowMs) / 1000) return performance.now() - t0 - windowMs;
      if (performance.now() - t0 > timeoutMs) return NaN;
      a = b;
    }
  }

  /** `alsoOurs`: CPU seconds of processes of the measurement that the snapshots cannot see (ended within it) */
  delta(a: CpuSnapshot, b: CpuSnapshot, alsoOurs = 0): CpuDelta {
    const perProcess: Record<string, number> = {};
    for (const [k, v] of Object.entries(b.perProcess)) perProcess[k] = Math.max(0, v - (a.perProcess[k] ?? 0));
    let pgCpu = 0;
    const byDb: Record<string, number> = {};
    for (const [pid, v] of b.backends) {
      const d = Math.max(0, v.cpu - (a.backends.get(pid)?.cpu ?? 0));
      pgCpu += d;
      byDb[v.db] = (byDb[v.db] ?? 0) + d;
    }
    perProcess.postgres = pgCpu;
    const ours = Object.values(perProcess).reduce((s, x) => s + x, alsoOurs);
    const busy = b.machine.busy - a.machine.busy;
    const total = b.machine.total - a.machine.total;
    return {
      seconds: (b.at - a.at) / 1000,
      perProcess,
      postgresByDb: byDb,
      otherShare: total > 0 ? Math.max(0, busy - ours) / total : 0,
    };
  }
}
