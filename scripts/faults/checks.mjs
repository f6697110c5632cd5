// What `npm run test:faults` checks after each fault, with the load paused, from its own ledger of
// acknowledged calls; the databases are read only to find what the client could not know (reservations
// whose answer never came) and the order service's own count of completed orders.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../infra.mjs';
import { LAO } from './load.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function inParallel(items, n, fn) {
  let i = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (i < items.length) await fn(items[i++]);
    }),
  );
}

async function query(url, sql, params) {
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows;
  } finally {
    await c.end();
  }
}

/** Every 201 still there: GET /reservations/{id} by its consumer, and a replay of its key returns the same id (a sample). */
export async function checkReservations(api, ledger) {
  let missing = 0;
  const samples = [];
  await inParallel(ledger.reservations, 6, async (r) => {
    const g = await api.retry('GET', `/api/v1/reservations/${r.id}`, { token: r.token }, 30_000);
    if (g.status !== 200 || g.body?.id !== r.id || g.body?.quantity !== r.quantity) {
      missing++;
      if (samples.length < 3) samples.push(`${r.id}: ${g.status} ${JSON.stringify(g.body)?.slice(0, 120)}`);
    }
  });
  // the newest 20 replayed with their Idempotency-Key: the same reservation, not a second one
  let replayDiffers = 0;
  for (const r of ledger.reservations.slice(-20)) {
    const p = await api.retry(
      'POST',
      `/api/v1/batches/${r.batchId}/reservations`,
      {
        token: r.token,
        key: r.key,
        body: { quantity: r.quantity, fulfilment: { type: 'pickup', pickupPointId: r.pickupPointId } },
      },
      30_000,
    );
    if (p.status < 300 && p.body?.id !== r.id) {
      replayDiffers++;
      if (samples.length < 3) samples.push(`replay of ${r.key}: ${p.status} id ${p.body?.id} ≠ ${r.id}`);
    }
  }
  return { checked: ledger.reservations.length, missing, replayDiffers, samples };
}

/** The counter of every batch equals the units its reservations hold and never exceeds what is reservable. */
export async function checkCounters(api, ledger, ctx, hpUrl) {
  const held = new Map(
    (
      await query(
        hpUrl,
        `SELECT batch_id::text AS b, coalesce(sum(quantity) FILTER (WHERE status IN ('confirmed','allocated')), 0)::int AS q FROM reservations WHERE batch_id = ANY($1::uuid[]) GROUP BY batch_id`,
        [[...ledger.batches]],
      )
    ).map((r) => [r.b, r.q]),
  );
  const acked = new Map();
  for (const r of ledger.reservations) acked.set(r.batchId, (acked.get(r.batchId) ?? 0) + r.quantity);
  let mismatched = 0;
  let over = 0;
  let ackedAbove = 0;
  const samples = [];
  await inParallel([...ledger.batches], 4, async (id) => {
    const b = await api.retry('GET', `/api/v1/batches/${id}`, { token: ctx.farmer }, 30_000);
    if (b.status !== 200) return void samples.push(`${id}: ${b.status}`);
    const counter = b.body.reservedQuantity;
    const sum = held.get(id) ?? 0;
    // the load never cancels and harvests exactly what was reserved, so the counter stays the units held
    // (confirmed, then allocated) from opening through the harvest
    if (['open', 'closed', 'harvested'].includes(b.body.status) && counter !== sum) {
      mismatched++;
      if (samples.length < 3) samples.push(`batch ${id}: counter ${counter} ≠ held ${sum}`);
    }
    if (counter > b.body.reservableQuantity || sum > b.body.reservableQuantity) over++;
    if ((acked.get(id) ?? 0) > sum) ackedAbove++;
  });
  return { batches: ledger.batches.size, mismatched, over, ackedAbove, samples };
}

/** The report counts every completed order once: salesCount = the completions acknowledged = the order service's own count. */
export async function checkReport(api, ledger, ctx, orderUrl, waitMs = 60_000) {
  const month = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Bangkok',
    year: 'numeric',
    month: '2-digit',
  }).format(new Date());
  const [{ n: inOrderDb }] = await query(orderUrl, `SELECT count(*)::int AS n FROM orders WHERE status = 'completed'`);
  const want = ledger.completed.size;
  const until = Date.now() + waitMs;
  let salesCount;
  const started = Date.now();
  for (;;) {
    const r = await api.retry(
      'GET',
      `/api/v1/reports/summary?groupBy=lao&laoCode=${LAO}&month=${month}`,
      { token: ctx.adminToken },
      30_000,
    );
    salesCount = r.status === 200 ? (r.body.rows?.find((x) => x.code === LAO)?.salesCount ?? 0) : `HTTP ${r.status}`;
    if (salesCount === inOrderDb || Date.now() > until) break;
    await sleep(500);
  }
  return { completedAcked: want, inOrderDb, salesCount, waitedMs: Date.now() - started, month };
}

/** `reporting:reconcile --dry-run` (the built CLI) against our databases: the number of differences it prints. */
export function reconcile(env, month) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, 'dist', 'apps', 'reporting', 'src', 'cli', 'reconcile.js'), '--month', month, '--dry-run'],
      { cwd: ROOT, env, timeout: 90_000 },
      (err, stdout, stderr) => {
        const m = /(\d+) completed orders checked, (\d+) differences/.exec(stdout);
        resolve(
          m
            ? { checked: Number(m[1]), differences: Number(m[2]) }
            : { checked: NaN, differences: NaN, error: (stderr || stdout || err?.message || '').slice(-300) },
        );
      },
    );
  });
}
