import { randomUUID } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';
import { procCpu } from './cpu.js';
import { newBatch, withDb } from './http.js';

export const GROUP = 100;

/**
 * What the database side of the design does on one hot row without HTTP and NATS in front: reserve_group
 * with groups of GROUP distinct consumers from 4 connections, for BENCH_ROW_SECONDS, on a batch large
 * enough not to sell out. Shows where the end-to-end limit is (the row, or the CPU of the stack).
 */
export async function coalescedDbRate(
  base: string,
  farmer: string,
  agent: http.Agent,
  dbUrl: string,
  product: { productId: string },
  seconds: number,
): Promise<number> {
  const { batchId, pickupPointId } = await newBatch(base, farmer, agent, product.productId, 10_000_000);
  const pool = new pg.Pool({ connectionString: dbUrl, max: 4 });
  pool.on('error', () => undefined);
  let n = 0;
  const until = performance.now() + seconds * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (performance.now() < until) {
        const items = Array.from({ length: GROUP }, (_, i) => ({
          b: batchId,
          c: randomUUID(),
          k: randomUUID(),
          q: 1 + (i % 3),
          f: { type: 'pickup', pickupPointId },
        }));
        const r = await pool.query(
          `SELECT (SELECT count(*) FROM json_array_elements(results::json) x WHERE x->>'o' = 'OK')::int AS ok FROM reserve_group($1::jsonb)`,
          [JSON.stringify(items)],
        );
        n += r.rows[0].ok;
      }
    }),
  );
  const rate = n / ((performance.now() - t0) / 1000);
  await pool.end();
  return rate;
}

/**
 * The ceiling of one hot row: a conditional UPDATE loop in autocommit at 1, 2 and 8 clients (each commit waits
 * for its WAL flush). `backendCpu` is the CPU seconds its own PostgreSQL backends used: they are part of the
 * measurement, not "others" (they end with the phase, so the bench's CpuMeter cannot see them).
 */
export async function hotRowCeiling(
  url: string,
  prefix: string,
  seconds: number,
): Promise<{ levels: Array<{ clients: number; perSecond: number }>; backendCpu: number }> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${prefix}_hotrow"`);
  await admin.end();
  const dbUrl = withDb(url, `${prefix}_hotrow`);
  const setup = new pg.Client({ connectionString: dbUrl });
  await setup.connect();
  await setup.query(`CREATE TABLE hot (id int PRIMARY KEY, reserved int NOT NULL, capacity int NOT NULL)`);
  const out: Array<{ clients: number; perSecond: number }> = [];
  let backendCpu = 0;
  for (const clients of [1, 2, 8]) {
    await setup.query(`DELETE FROM hot; INSERT INTO hot VALUES (1, 0, 2000000000)`);
    const conns = await Promise.all(
      Array.from({ length: clients }, async () => {
        const c = new pg.Client({ connectionString: dbUrl });
        c.on('error', () => undefined);
        await c.connect();
        return c;
      }),
    );
    const pids: number[] = await Promise.all(
      conns.map(async (c) => (await c.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number),
    );
    const cpuBefore = pids.map((pid) => procCpu(pid) ?? 0);
    let n = 0;
    const until = performance.now() + seconds * 1000;
    const t0 = performance.now();
    await Promise.all(
      conns.map(async (c) => {
        while (performance.now() < until) {
          const r = await c.query(`UPDATE hot SET reserved = reserved + 1 WHERE id = 1 AND reserved + 1 <= capacity`);
          n += r.rowCount ?? 0;
        }
      }),
    );
    out.push({ clients, perSecond: n / ((performance.now() - t0) / 1000) });
    pids.forEach((pid, i) => (backendCpu += Math.max(0, (procCpu(pid) ?? cpuBefore[i]) - cpuBefore[i])));
    await Promise.all(conns.map((c) => c.end()));
  }
  await setup.end();
  return { levels: out, backendCpu };
}
