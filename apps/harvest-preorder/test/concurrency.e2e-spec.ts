import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import pg from 'pg';
import { eventually, TestSystem } from '@app/testing';
import { consumerToken, givenBatch, reserve } from './support.js';

type Op =
  | { kind: 'reserve'; consumer: number; quantity: number; allowPartial: boolean; key: number }
  | { kind: 'retry'; of: number }
  | { kind: 'cancel'; of: number };

/**
 * The invariant against the real database with TWO replicas of harvest-preorder behind the NATS queue
 * group: random concurrent reserve / cancel / idempotent-retry waves, then the books must balance.
 */
describe('harvest-preorder: never oversells under concurrency, with two replicas', () => {
  let sys: TestSystem;
  let db: pg.Pool;
  let orderDb: pg.Pool;

  beforeAll(async () => {
    sys = await TestSystem.start({
      services: ['catalog', 'harvest-preorder', 'order'],
      env: { ORDER_OPEN_RETRY_INTERVAL_MS: '200' },
    });
    await sys.startApp('harvest-preorder'); // the second replica
    db = new pg.Pool({ connectionString: sys.databaseUrl('harvest-preorder'), max: 2 });
    orderDb = new pg.Pool({ connectionString: sys.databaseUrl('order'), max: 2 });
  });
  afterAll(async () => {
    await db?.end();
    await orderDb?.end();
    await sys?.close();
  });

  /** Every number the database keeps about a batch agrees with its reservations. */
  async function assertBooksBalance(batchId: string) {
    const b = (
      await db.query(`SELECT reserved, reservable_quantity, max_per_consumer FROM batches WHERE id = $1`, [batchId])
    ).rows[0];
    const held = (
      await db.query(
        `SELECT coalesce(sum(quantity), 0)::int AS q FROM reservations WHERE batch_id = $1 AND status = 'confirmed'`,
        [batchId],
      )
    ).rows[0].q;
    expect(b.reserved).toBe(held);
    expect(held).toBeLessThanOrEqual(b.reservable_quantity);
    const holds = await db.query(
      `SELECT h.consumer_id, h.held, coalesce((SELECT sum(quantity) FROM reservations r WHERE r.batch_id = h.batch_id AND r.consumer_id = h.consumer_id
              AND r.status IN ('confirmed', 'waitlisted')), 0)::int AS actual
         FROM consumer_holds h WHERE h.batch_id = $1`,
      [batchId],
    );
    for (const h of holds.rows) {
      expect(h.held).toBe(h.actual);
      expect(h.held).toBeLessThanOrEqual(b.max_per_consumer);
    }
    // a waitlisted reservation waits only while nothing it could take is free
    return { reserved: b.reserved as number, reservable: b.reservable_quantity as number };
  }

  it('a burst of 300 consumers on 100 units: exactly the confirmed 201s are held, none oversold, every order open', async () => {
    const { id, pickupPointId } = await givenBatch(sys, { reservableQuantity: 100, estimatedQuantity: 100 });
    const results = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        reserve(sys, id, consumerToken(sys).token, {
          quantity: 1 + (i % 3),
          fulfilment: { type: 'pickup', pickupPointId },
        }),
      ),
    );
    expect(results.filter((r) => r.status >= 500)).toEqual([]);
    const ok = results.filter((r) => r.status === 201).map((r) => r.body);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'SOLD_OUT')).toBe(true);
    const { reserved } = await assertBooksBalance(id);
    expect(reserved).toBe(100);
    expect(ok.reduce((s, r) => s + r.quantity, 0)).toBe(100);
    const inDb = await db.query(`SELECT id FROM reservations WHERE batch_id = $1 AND status = 'confirmed'`, [id]);
    expect(new Set(inDb.rows.map((r) => r.id))).toEqual(new Set(ok.map((r) => r.id)));
    const orders = await orderDb.query(
      `SELECT count(*)::int AS n, sum(quantity)::int AS q FROM orders WHERE batch_id = $1`,
      [id],
    );
    expect(orders.rows[0]).toEqual({ n: ok.length, q: 100 });
  });

  it('random concurrent reserve / cancel / idempotent-retry waves keep the books balanced (fast-check)', async () => {
    const opArb: fc.Arbitrary<Op> = fc.oneof(
      {
        weight: 5,
        arbitrary: fc.record({
          kind: fc.constant('reserve' as const),
          consumer: fc.nat(5),
          quantity: fc.integer({ min: 1, max: 4 }),
          allowPartial: fc.boolean(),
          key: fc.nat(30),
        }),
      },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('retry' as const), of: fc.nat(60) }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('cancel' as const), of: fc.nat(60) }) },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(opArb, { minLength: 5, maxLength: 25 }), { minLength: 2, maxLength: 4 }),
        fc.integer({ min: 3, max: 15 }),
        fc.boolean(),
        async (waves, capacity, waitlist) => {
          const { id, pickupPointId } = await givenBatch(sys, {
            reservableQuantity: capacity,
            estimatedQuantity: capacity,
            maxQuantityPerConsumer: 6,
            waitlist,
          });
          const consumers = Array.from({ length: 6 }, () => consumerToken(sys));
          const sent: Array<{ consumer: number; key: string; body: Record<string, unknown> }> = [];
          const seen = new Map<string, string>(); // consumer/key → reservation id
          const confirmed: Array<{ id: string; consumer: number }> = [];
          for (const wave of waves) {
            const replies = await Promise.all(
              wave.map(async (op) => {
                if (op.kind === 'cancel') {
                  const target = confirmed[op.of % Math.max(confirmed.length, 1)];
                  if (!target) return;
                  const r = await sys
                    .http()
                    .delete(`/api/v1/reservations/${target.id}`)
                    .set('authorization', `Bearer ${consumers[target.consumer].token}`);
                  expect([200, 409]).toContain(r.status);
                  return;
                }
                const s =
                  op.kind === 'retry'
                    ? sent[op.of % Math.max(sent.length, 1)]
                    : {
                        consumer: op.consumer,
                        key: `k${op.key}`,
                        body: {
                          quantity: op.quantity,
                          allowPartial: op.allowPartial,
                          fulfilment: { type: 'pickup', pickupPointId },
                        },
                      };
                if (!s) return;
                if (op.kind === 'reserve') sent.push(s);
                const r = await reserve(sys, id, consumers[s.consumer].token, s.body, s.key);
                expect(r.status).toBeLessThan(500);
                if (r.status === 201) {
                  const k = `${s.consumer}/${s.key}`;
                  if (seen.has(k)) expect(r.body.id).toBe(seen.get(k));
                  seen.set(k, r.body.id);
                  if (r.body.status === 'confirmed') confirmed.push({ id: r.body.id, consumer: s.consumer });
                } else {
                  expect(['SOLD_OUT', 'LIMIT_EXCEEDED']).toContain(r.body.code);
                }
              }),
            );
            expect(replies).toBeDefined();
            await assertBooksBalance(id);
          }
          // every (consumer, key) that got a 201 is exactly one row in the database, with that id
          const rows = await db.query(`SELECT id, consumer_id, idempotency_key FROM reservations WHERE batch_id = $1`, [
            id,
          ]);
          expect(rows.rows).toHaveLength(seen.size);
          for (const [k, rid] of seen) {
            const [c, key] = k.split('/');
            expect(rows.rows).toContainEqual({ id: rid, consumer_id: consumers[Number(c)].id, idempotency_key: key });
          }
          // every reservation holding units has its order open in the order service
          await eventually(async () => {
            const held = await db.query(
              `SELECT order_id FROM reservations WHERE batch_id = $1 AND status = 'confirmed'`,
              [id],
            );
            const open = await orderDb.query(`SELECT id FROM orders WHERE id = ANY($1::uuid[])`, [
              held.rows.map((r) => r.order_id),
            ]);
            expect(open.rows.length).toBe(held.rows.length);
          });
        },
      ),
      { numRuns: 8 },
    );
  });

  it('a reservation committed on one replica is still there and still answered after that replica stops', async () => {
    const { id, pickupPointId } = await givenBatch(sys);
    const c = consumerToken(sys);
    const key = randomUUID();
    const first = await reserve(
      sys,
      id,
      c.token,
      { quantity: 2, fulfilment: { type: 'pickup', pickupPointId } },
      key,
    ).expect(201);
    await sys.stopApp('harvest-preorder');
    await sys.startApp('harvest-preorder');
    const again = await reserve(
      sys,
      id,
      c.token,
      { quantity: 2, fulfilment: { type: 'pickup', pickupPointId } },
      key,
    ).expect(201);
    expect(again.body).toEqual(first.body);
    await sys.startApp('harvest-preorder');
  });
});
