import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { inRolledBackTransaction, useMigratedDatabase } from '@app/testing';
import { harvestPreorderMigrations } from '../src/migrations/index.js';
import { RESERVE_GROUP_SQL as BEFORE_1767400000000 } from '../src/migrations/sql/1767300000000-reserve-group.sql.js';

/**
 * Migration 1767400000000 changed how reserve_group builds its answer, not the answer: the order-opening payload
 * of new reservations comes from the rows the INSERT returns (no read back), replays are read by primary key,
 * and the consumer's hold by primary key. This suite runs the previous text (1767300000000, installed here under
 * another name) and the deployed one on the same random states and groups — stored reservations confirmed with
 * or without their order open, allocated, waitlisted, cancelled, on another batch; keys repeated in the group;
 * pickup and delivery; unknown batches and malformed items — in the same transaction (a savepoint between), and
 * requires the same results, the same batch counter and holds, and the same payload: the same objects, with
 * their keys in the same order (the order service receives them as they are built).
 */
describe('harvest-preorder migration 1767400000000: reserve_group answers as before', () => {
  const db = useMigratedDatabase('tpayload', 'reserve-group-payload-test', harvestPreorderMigrations);
  const PREVIOUS = 'reserve_group_1767300000000';

  beforeAll(async () => {
    await db.ds.query(BEFORE_1767400000000.replace(/FUNCTION reserve_group\(/, `FUNCTION ${PREVIOUS}(`));
  });

  const storedArb = fc.record({
    c: fc.integer({ min: 0, max: 5 }),
    k: fc.integer({ min: 0, max: 5 }),
    status: fc.constantFrom('confirmed', 'allocated', 'waitlisted', 'cancelled'),
    opened: fc.boolean(),
    other: fc.boolean(),
    delivery: fc.boolean(),
  });
  const itemArb = fc.record({
    c: fc.integer({ min: 0, max: 5 }),
    k: fc.integer({ min: 0, max: 7 }),
    q: fc.integer({ min: 1, max: 4 }),
    p: fc.constantFrom(true, false, null),
    f: fc.constantFrom('pickup', 'pickup', 'delivery', 'otherPoint'),
    unknownBatch: fc.integer({ min: 0, max: 4 }).map((x) => x === 0),
    malformed: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
    // three items in four point at a stored row and, where one is there, take its consumer and key (a replay):
    // a run then compares ~20 replays' order payloads (of 200 cases) instead of relying on random keys meeting
    // (it compared 5 in a CI run that failed this suite's count)
    replay: fc.option(fc.integer({ min: 0, max: 5 }), { freq: 4 }),
  });
  const caseArb = fc.record({
    reservable: fc.integer({ min: 1, max: 20 }),
    reserved: fc.integer({ min: 0, max: 6 }),
    waitlist: fc.boolean(),
    delivery: fc.boolean(),
    held: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 6, maxLength: 6 }),
    stored: fc.array(storedArb, { maxLength: 6 }),
    items: fc.array(itemArb, { minLength: 1, maxLength: 14 }),
  });
  type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

  interface Answer {
    results: unknown[];
    openOrders: unknown[];
    reserved: number;
    holds: unknown[];
  }

  /** Generated ids named by first appearance in the results (stable across the two runs); stored ids are equal. */
  function normalize(
    a: { results: string; open_orders: unknown[] },
    stored: Set<string>,
  ): Omit<Answer, 'reserved' | 'holds'> {
    const names = new Map<string, string>();
    const name = (v: unknown) => {
      if (typeof v !== 'string' || stored.has(v)) return v;
      if (!names.has(v)) names.set(v, `new-${names.size}`);
      return names.get(v);
    };
    const results = (JSON.parse(a.results) as Array<Record<string, unknown>>).map((r) => ({
      ...r,
      id: name(r.id),
      oid: name(r.oid),
    }));
    const openOrders = (a.open_orders as Array<Record<string, unknown>>)
      .map((o) => JSON.stringify({ ...o, orderId: name(o.orderId), reservationId: name(o.reservationId) }))
      .sort();
    return { results, openOrders };
  }

  it('gives the same results, counter, holds and order payload as the previous text on random groups', async () => {
    let withOrders = 0;
    let withReplayOrders = 0;
    await fc.assert(
      fc.asyncProperty(caseArb, (c: Case) =>
        inRolledBackTransaction(db.ds, async (qr) => {
          const batchId = randomUUID();
          const otherBatch = randomUUID();
          const point = randomUUID();
          const otherPoint = randomUUID();
          const consumers = Array.from({ length: 6 }, () => randomUUID());
          for (const [id, p] of [
            [batchId, point],
            [otherBatch, otherPoint],
          ]) {
            await qr.query(
              `INSERT INTO batches (id, product_id, product, producer_id, lao_code, district_code, province_code, category, harvest_start, harvest_end,
                 estimated_quantity, reservable_quantity, reserved, unit_price_satang, deposit_percent, min_quantity, max_per_consumer, opens_at, closes_at,
                 waitlist, close_when_sold_out, delivery_fee_satang, status)
               VALUES ($1, gen_random_uuid(), $2, gen_random_uuid(), '4560501', '5606', '56', 'fruit', '2026-06-01', '2026-06-15',
                 100, $3, $4, 12000, 30, 1, 6, now() - interval '1 hour', now() + interval '1 hour', $5, true, $6, 'open')`,
              [
                id,
                JSON.stringify({ productId: randomUUID(), productName: 'ลิ้นจี่', unit: 'kg', producerMemberCount: 12 }),
                c.reservable,
                Math.min(c.reserved, c.reservable),
                c.waitlist,
                c.delivery ? 5000 : null,
              ],
            );
            await qr.query(
              `INSERT INTO pickup_points (id, batch_id, position, name, address) VALUES ($1, $2, 0, 'ศาลาหมู่ 3', 'บ้าน')`,
              [p, id],
            );
          }
          for (let i = 0; i < 6; i++)
            if (c.held[i] > 0)
              await qr.query(`INSERT INTO consumer_holds (batch_id, consumer_id, held) VALUES ($1, $2, $3)`, [
                batchId,
                consumers[i],
                c.held[i],
              ]);
          const stored = new Set<string>();
          const seenKeys = new Set<string>();
          for (const s of c.stored) {
            if (seenKeys.has(`${s.c}/${s.k}`)) continue;
            seenKeys.add(`${s.c}/${s.k}`);
            const id = randomUUID();
            const orderId = s.status === 'waitlisted' ? null : randomUUID();
            stored.add(id);
            if (orderId) stored.add(orderId);
            await qr.query(
              `INSERT INTO reservations (id, batch_id, consumer_id, idempotency_key, status, requested, quantity, allow_partial, fulfilment,
                 pickup_point_id, order_id, confirmed_seq, confirmed_at)
               VALUES ($1, $2, $3, $4, $5, 2, 2, true, $6, $7, $8, 1, now() - interval '1 minute')`,
              [
                id,
                s.other ? otherBatch : batchId,
                consumers[s.c],
                `key-${s.k}`,
                s.status,
                JSON.stringify(
                  s.delivery
                    ? { type: 'delivery', address: { line1: 'บ้านเลขที่ 1', districtCode: '5606' } }
                    : { type: 'pickup', pickupPointId: s.other ? otherPoint : point },
                ),
                s.delivery ? null : s.other ? otherPoint : point,
                orderId,
              ],
            );
            if (orderId && !s.opened) await qr.query(`INSERT INTO orders_to_open (reservation_id) VALUES ($1)`, [id]);
          }
          const items = c.items.map((generated) => {
            const replayed = generated.replay === null ? undefined : c.stored[generated.replay];
            const it = replayed ? { ...generated, c: replayed.c, k: replayed.k } : generated;
            return it.malformed
              ? { b: batchId, c: consumers[it.c], k: `key-${it.k}`, q: -1, p: it.p, f: { type: 'pickup' } }
              : {
                  b: it.unknownBatch ? randomUUID() : batchId,
                  c: consumers[it.c],
                  k: `key-${it.k}`,
                  q: it.q,
                  p: it.p,
                  f:
                    it.f === 'delivery'
                      ? { type: 'delivery', address: { line1: 'บ้านเลขที่ 9', districtCode: '5606' } }
                      : { type: 'pickup', pickupPointId: it.f === 'otherPoint' ? otherPoint : point },
                };
          });
          const answer = async (fn: string): Promise<Answer> => {
            const [row] = await qr.query(`SELECT results, open_orders FROM ${fn}($1::jsonb)`, [JSON.stringify(items)]);
            const [b] = await qr.query(`SELECT reserved FROM batches WHERE id = $1`, [batchId]);
            const holds = await qr.query(
              `SELECT batch_id, consumer_id, held FROM consumer_holds ORDER BY batch_id, consumer_id`,
            );
            return { ...normalize(row, stored), reserved: b.reserved, holds };
          };
          await qr.query('SAVEPOINT before_group');
          const previous = await answer(PREVIOUS);
          await qr.query('ROLLBACK TO SAVEPOINT before_group');
          const deployed = await answer('reserve_group');
          expect(deployed).toEqual(previous);
          // open_ids (new in 1767400000000) names exactly the reservations of the payload, and the payload's
          // text parses as it is (the service never parses it: it goes into the order service's request)
          const [ids] = await qr.query(`SELECT open_orders::text AS text, open_ids FROM reserve_group($1::jsonb)`, [
            JSON.stringify(items),
          ]);
          const parsed = JSON.parse(ids.text) as Array<{ reservationId: string }>;
          expect([...ids.open_ids].sort()).toEqual(parsed.map((o) => o.reservationId).sort());
          if (previous.openOrders.length) withOrders++;
          if (previous.openOrders.some((o) => [...stored].some((id) => (o as string).includes(id)))) withReplayOrders++;
        }),
      ),
      { numRuns: Number(process.env.PAYLOAD_RUNS ?? 200) },
    );
    // not vacuous: payloads of new reservations and of replays were compared
    expect(withOrders).toBeGreaterThan(20);
    expect(withReplayOrders).toBeGreaterThan(5);
  });
});
