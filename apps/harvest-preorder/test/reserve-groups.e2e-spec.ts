import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { headers } from '@nats-io/transport-node';
import { HarvestPreorderSubjects } from '@app/contracts';
import type { ReserveGroupResultV1 } from '@app/contracts';
import { natsCredentialsEnv } from '@app/messaging';
import { bearer, eventually } from '@app/testing';
import {
  assertBooksBalance,
  consumerToken,
  givenBatch,
  givenProduct,
  opensInAnHour,
  pickup,
  reserveAt,
  usePreorderSystem,
} from './support.js';

/**
 * Issue 14: the gateway sends the reservations of a batch as ONE NATS request per group and harvest-preorder
 * decides a group in ONE PostgreSQL call. Duplicate keys inside a group and across concurrent groups give one
 * reservation each; a group mixing batches, sold-out, over-limit and malformed items answers each item on its
 * own; a gateway killed (kill -9) with groups in flight loses no committed 201 — the retry with the same key
 * finds it.
 */
describe('harvest-preorder: reservation groups (issue 14)', () => {
  const t = usePreorderSystem({}, { poolSize: 3, nats: true });

  /** One group straight to harvest-preorder, as the gateway sends it. */
  async function group(items: unknown[]): Promise<ReserveGroupResultV1[]> {
    const h = headers();
    h.set('request-id', 'test');
    const m = await t.nc.request(HarvestPreorderSubjects.reserveGroup, JSON.stringify(items), {
      timeout: 20_000,
      headers: h,
    });
    return m.json<ReserveGroupResultV1[]>();
  }

  const booksBalance = async (batchId: string) => (await assertBooksBalance(t.db, batchId)).reserved;

  it('the same key many times inside one group, and in concurrent groups, is one reservation with one open order', async () => {
    const b = await givenBatch(t.sys, { reservableQuantity: 1000, estimatedQuantity: 1000 });
    const { id } = b;
    const f = pickup(b.pickupPointId);
    const consumers = Array.from({ length: 20 }, () => randomUUID());
    const keys = consumers.map(() => randomUUID());
    // each group: every key three times, shuffled; four such groups at once (they take turns on the batch row)
    const one = () => {
      const items = consumers.flatMap((c, i) => [0, 1, 2].map(() => ({ b: id, c, k: keys[i], q: 2, f })));
      return items.sort(() => Math.random() - 0.5);
    };
    const groups = [one(), one(), one(), one()];
    const answers = await Promise.all(groups.map(group));
    const idOf = new Map<string, string>();
    answers.forEach((results, g) =>
      results.forEach((r, j) => {
        expect(['OK', 'REPLAY']).toContain(r.o);
        const k = (groups[g][j] as { k: string }).k;
        if (!idOf.has(k)) idOf.set(k, r.id!);
        expect(r.id).toBe(idOf.get(k));
        expect(r).toMatchObject({ s: 'confirmed', q: 2 });
      }),
    );
    const rows = await t.db.query(`SELECT idempotency_key, id, order_id FROM reservations WHERE batch_id = $1`, [id]);
    expect(rows.rows).toHaveLength(20);
    for (const r of rows.rows) expect(idOf.get(r.idempotency_key)).toBe(r.id);
    expect(await booksBalance(id)).toBe(40);
    const orders = await t.orderDb.query(`SELECT count(*)::int AS n FROM orders WHERE batch_id = $1`, [id]);
    expect(orders.rows[0].n).toBe(20);

    // through the gateway: one consumer's 30 simultaneous retries of one key → one reservation, the same 201
    const me = consumerToken(t.sys);
    const key = randomUUID();
    const res = await Promise.all(Array.from({ length: 30 }, () => reserveAt(t.sys, b, 1, { as: me.token, key })));
    expect(res.map((r) => r.status)).toEqual(Array(30).fill(201));
    expect(new Set(res.map((r) => r.body.id)).size).toBe(1);
    const mine = await t.db.query(`SELECT count(*)::int AS n FROM reservations WHERE consumer_id = $1`, [me.id]);
    expect(mine.rows[0].n).toBe(1);
    // the order it names can be paid at once
    const order = await t.sys.http().get(`/api/v1/orders/${res[0].body.orderId}`).set(bearer(me.token));
    expect(order.status).toBe(200);
  });

  it('a group mixing batches, sold-out, over-limit and malformed items answers each item on its own', async () => {
    const product = await givenProduct(t.sys);
    const small = await givenBatch(
      t.sys,
      { reservableQuantity: 3, estimatedQuantity: 3, maxQuantityPerConsumer: 3 },
      product,
    );
    const other = await givenBatch(
      t.sys,
      { reservableQuantity: 100, estimatedQuantity: 100, maxQuantityPerConsumer: 2 },
      product,
    );
    const closed = await givenBatch(t.sys, opensInAnHour(), product);
    const pick = (b: { pickupPointId: string }) => pickup(b.pickupPointId);
    const [c1, c2, c3, c4, c5] = Array.from({ length: 5 }, () => randomUUID());
    // a key c5 already used on the other batch
    expect((await group([{ b: other.id, c: c5, k: 'prior', q: 1, f: pick(other) }]))[0].o).toBe('OK');
    const items: unknown[] = [
      { b: small.id, c: c1, k: 'a', q: 2, f: pick(small) }, //                  0 OK 2
      { b: other.id, c: c1, k: 'b', q: 2, f: pick(other) }, //                  1 OK (other batch)
      { b: small.id, c: c2, k: 'a', q: 2, p: false, f: pick(small) }, //        2 SOLD_OUT (1 left, no partial)
      { b: other.id, c: c2, k: 'c', q: 3, f: pick(other) }, //                  3 LIMIT_EXCEEDED (max 2)
      { b: small.id, c: c3, k: 'a', q: 'two', f: pick(small) }, //              4 INVALID quantity
      { b: other.id, c: c1, k: 'd', q: 1, f: pick(other) }, //                  5 LIMIT_EXCEEDED (c1 holds 2 of 2)
      'not an item', //                                                          6 INVALID item
      { b: small.id, c: c4, k: 'a', q: 2, f: pick(small) }, //                  7 OK partial: 1
      { b: small.id, c: c5, k: 'a', q: 1, f: pick(small) }, //                  8 SOLD_OUT
      { b: closed.id, c: c5, k: 'z', q: 1, f: pick(closed) }, //                9 NOT_OPEN
      { b: randomUUID(), c: c5, k: 'y', q: 1, f: pick(small) }, //              10 NOT_FOUND
      { b: other.id, c: c5, k: 'x', q: 1, f: pick(small) }, //                  11 BAD_PICKUP
      { b: other.id, c: c5, k: 'w', q: 1, f: { type: 'delivery' } }, //          12 INVALID fulfilment.address
      { b: small.id, c: c5, k: 'prior', q: 1, f: pick(small) }, //              13 KEY_REUSED (c5/prior is on the other batch)
      { b: other.id, c: c5, k: 'v', q: 1, f: pick(other) }, //                  14 OK (c5 then holds 2 of 2)
    ];
    const r = await group(items);
    expect(r.map((x) => x.o)).toEqual([
      'OK',
      'OK',
      'SOLD_OUT',
      'LIMIT_EXCEEDED',
      'INVALID',
      'LIMIT_EXCEEDED',
      'INVALID',
      'OK',
      'SOLD_OUT',
      'NOT_OPEN',
      'NOT_FOUND',
      'BAD_PICKUP',
      'INVALID',
      'KEY_REUSED',
      'OK',
    ]);
    expect(r[4].f).toBe('quantity');
    expect(r[6].f).toBe('item');
    expect(r[12].f).toBe('fulfilment.address');
    expect(r[0]).toMatchObject({ s: 'confirmed', q: 2 });
    expect(r[7]).toMatchObject({ s: 'confirmed', q: 1 });
    expect(await booksBalance(small.id)).toBe(3);
    expect(await booksBalance(other.id)).toBe(4);
    expect(await booksBalance(closed.id)).toBe(0);
    // every confirmed one has its order open before the answer
    const opened = await t.orderDb.query(`SELECT count(*)::int AS n FROM orders WHERE id = ANY($1::uuid[])`, [
      [r[0].oid, r[1].oid, r[7].oid, r[14].oid],
    ]);
    expect(opened.rows[0].n).toBe(4);
    // a body that is not an array is refused as a whole, writing nothing
    const m = await t.nc.request(HarvestPreorderSubjects.reserveGroup, '{"b":1}', { timeout: 10_000 });
    expect(m.json<{ error: { code: string } }>().error.code).toBe('VALIDATION_FAILED');
  });

  it('a gateway killed (kill -9) with groups in flight loses no committed 201: the retry with the same key finds it', async () => {
    const dist = join(process.cwd(), 'dist', 'apps', 'gateway', 'src', 'main.js');
    // the gateway runs as its own process, built from these sources (built here when dist/ is older)
    if (!existsSync(dist) || statSync(dist).mtimeMs < newestSource(['apps', 'libs'])) {
      execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
        stdio: 'inherit',
      });
      execFileSync(process.execPath, ['node_modules/tsc-alias/dist/bin/index.js', '-p', 'tsconfig.build.json'], {
        stdio: 'inherit',
      });
    }
    expect(existsSync(dist)).toBe(true);

    const b = await givenBatch(t.sys, { reservableQuantity: 1000, estimatedQuantity: 1000 });
    const { id } = b;
    const consumers = Array.from({ length: 120 }, () => consumerToken(t.sys));
    const keys = consumers.map(() => randomUUID());
    await t.sys.flushMintedUsers();

    const port = await freePort();
    const gateway: ChildProcess = spawn(process.execPath, [dist], {
      env: {
        ...process.env,
        ...t.sys.env,
        ...natsCredentialsEnv('gateway', t.sys.natsCredentials),
        PORT: String(port),
        HOST: '127.0.0.1',
        RESERVE_GROUP_WINDOW_MS: '5',
        RESERVE_GROUP_MAX: '30',
        LOG_LEVEL: 'fatal',
      } as NodeJS.ProcessEnv,
      stdio: 'ignore',
    });
    const exited = new Promise((r) => gateway.once('exit', r));
    const locker = await t.db.connect();
    try {
      await eventually(
        async () => expect((await fetch(`http://127.0.0.1:${port}/api/v1/batches/${id}`)).status).toBe(200),
        { timeoutMs: 60_000 },
      );
      // hold the batch row: the groups reach harvest-preorder and wait inside reserve_group for the lock
      await locker.query('BEGIN');
      await locker.query(`SELECT 1 FROM batches WHERE id = $1 FOR UPDATE`, [id]);
      const sent = consumers.map((c, i) =>
        fetch(`http://127.0.0.1:${port}/api/v1/batches/${id}/reservations`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${c.token}`,
            'idempotency-key': keys[i],
          },
          body: JSON.stringify({ quantity: 1, fulfilment: pickup(b.pickupPointId) }),
        }).then(
          (r) => r.status,
          () => 'lost' as const,
        ),
      );
      await eventually(async () => {
        const w = await t.db.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE '%reserve_group(%' AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
        );
        expect(w.rows[0].n).toBeGreaterThanOrEqual(2);
      });
      gateway.kill('SIGKILL');
      await exited;
      await locker.query('COMMIT');
      // the groups in flight commit with nobody left to answer
      const statuses = await Promise.all(sent);
      expect(statuses.filter((s) => s === 201)).toEqual([]);
      await eventually(async () => {
        const busy = await t.db.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE '%reserve_group(%' AND state = 'active' AND pid <> pg_backend_pid()`,
        );
        expect(busy.rows[0].n).toBe(0);
      });
    } finally {
      locker.release();
      if (gateway.exitCode === null) gateway.kill('SIGKILL');
    }
    const committed = await t.db.query(`SELECT idempotency_key, id FROM reservations WHERE batch_id = $1`, [id]);
    expect(committed.rows.length).toBeGreaterThan(0);
    const before = new Map<string, string>(committed.rows.map((r) => [r.idempotency_key, r.id]));

    // every consumer retries with its key through a gateway that is up: the committed ones are found again
    const retries = await Promise.all(consumers.map((c, i) => reserveAt(t.sys, b, 1, { as: c.token, key: keys[i] })));
    retries.forEach((r, i) => {
      expect(r.status).toBe(201);
      if (before.has(keys[i])) expect(r.body.id).toBe(before.get(keys[i]));
    });
    const after = await t.db.query(`SELECT count(*)::int AS n FROM reservations WHERE batch_id = $1`, [id]);
    expect(after.rows[0].n).toBe(consumers.length);
    expect(await booksBalance(id)).toBe(consumers.length);
    const orders = await t.orderDb.query(`SELECT count(*)::int AS n FROM orders WHERE batch_id = $1`, [id]);
    expect(orders.rows[0].n).toBe(consumers.length);
  }, 400_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** The newest modification time of the TypeScript sources under these folders (tests and the web app excluded). */
function newestSource(dirs: string[]): number {
  let newest = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name === 'test' || e.name === 'web') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('spec.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of dirs) walk(join(process.cwd(), d));
  return newest;
}
