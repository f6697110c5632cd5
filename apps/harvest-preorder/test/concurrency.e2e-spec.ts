import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { eventually } from '@app/testing';
import {
  assertBooksBalance,
  cancelReservation,
  consumerToken,
  givenBatch,
  pickup,
  reserve,
  reserveAt,
  usePreorderSystem,
} from './support.js';

type Op =
  | { kind: 'reserve'; consumer: number; quantity: number; allowPartial: boolean; key: number }
  | { kind: 'retry'; of: number }
  | { kind: 'cancel'; of: number };

/**
 * The invariant against the real database with TWO replicas of harvest-preorder behind the NATS queue
 * group: random concurrent reserve / cancel / idempotent-retry waves, then the books must balance.
 */
describe('harvest-preorder: never oversells under concurrency, with two replicas', () => {
  const t = usePreorderSystem({ ORDER_OPEN_RETRY_INTERVAL_MS: '200' });
  beforeAll(() => t.sys.startApp('harvest-preorder')); // the second replica

  it('a burst of 300 consumers on 100 units: exactly the confirmed 201s are held, none oversold, every order open', async () => {
    const b = await givenBatch(t.sys, { reservableQuantity: 100, estimatedQuantity: 100 });
    const { id } = b;
    const results = await Promise.all(Array.from({ length: 300 }, (_, i) => reserveAt(t.sys, b, 1 + (i % 3))));
    expect(results.filter((r) => r.status >= 500)).toEqual([]);
    const ok = results.filter((r) => r.status === 201).map((r) => r.body);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'SOLD_OUT')).toBe(true);
    const { reserved } = await assertBooksBalance(t.db, id);
    expect(reserved).toBe(100);
    expect(ok.reduce((s, r) => s + r.quantity, 0)).toBe(100);
    const inDb = await t.db.query(`SELECT id FROM reservations WHERE batch_id = $1 AND status = 'confirmed'`, [id]);
    expect(new Set(inDb.rows.map((r) => r.id))).toEqual(new Set(ok.map((r) => r.id)));
    const orders = await t.orderDb.query(
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
          const { id, pickupPointId } = await givenBatch(t.sys, {
            reservableQuantity: capacity,
            estimatedQuantity: capacity,
            maxQuantityPerConsumer: 6,
            waitlist,
          });
          const consumers = Array.from({ length: 6 }, () => consumerToken(t.sys));
          const sent: Array<{ consumer: number; key: string; body: Record<string, unknown> }> = [];
          const seen = new Map<string, string>(); // consumer/key → reservation id
          const confirmed: Array<{ id: string; consumer: number }> = [];
          for (const wave of waves) {
            const replies = await Promise.all(
              wave.map(async (op) => {
                if (op.kind === 'cancel') {
                  const target = confirmed[op.of % Math.max(confirmed.length, 1)];
                  if (!target) return;
                  const r = await cancelReservation(t.sys, target.id, consumers[target.consumer].token);
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
                          fulfilment: pickup(pickupPointId),
                        },
                      };
                if (!s) return;
                if (op.kind === 'reserve') sent.push(s);
                const r = await reserve(t.sys, id, consumers[s.consumer].token, s.body, s.key);
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
            await assertBooksBalance(t.db, id);
          }
          // every (consumer, key) that got a 201 is exactly one row in the database, with that id
          const rows = await t.db.query(
            `SELECT id, consumer_id, idempotency_key FROM reservations WHERE batch_id = $1`,
            [id],
          );
          expect(rows.rows).toHaveLength(seen.size);
          for (const [k, rid] of seen) {
            const [c, key] = k.split('/');
            expect(rows.rows).toContainEqual({ id: rid, consumer_id: consumers[Number(c)].id, idempotency_key: key });
          }
          // every reservation holding units has its order open in the order service
          await eventually(async () => {
            const held = await t.db.query(
              `SELECT order_id FROM reservations WHERE batch_id = $1 AND status = 'confirmed'`,
              [id],
            );
            const open = await t.orderDb.query(`SELECT id FROM orders WHERE id = ANY($1::uuid[])`, [
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
    const b = await givenBatch(t.sys);
    const reserveOnce = { as: consumerToken(t.sys).token, key: randomUUID() };
    const first = await reserveAt(t.sys, b, 2, reserveOnce).expect(201);
    await t.sys.stopApp('harvest-preorder');
    await t.sys.startApp('harvest-preorder');
    const again = await reserveAt(t.sys, b, 2, reserveOnce).expect(201);
    expect(again.body).toEqual(first.body);
    await t.sys.startApp('harvest-preorder');
  });
});
