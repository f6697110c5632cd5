import { randomUUID } from 'node:crypto';
import type { QueryRunner } from 'typeorm';
import { useMigratedDatabase } from '@app/testing';
import { harvestPreorderMigrations } from '../src/migrations/index.js';
import { OrdersToOpen1767300000000 } from '../src/migrations/1767300000000-orders-to-open.js';
import { OrderOpeningRepository } from '../src/reservations/order-opening.repository.js';
import { ReservationsRepository } from '../src/reservations/reservations.repository.js';

/**
 * Migration 1767300000000 on a database that already holds reservations: the orders not acknowledged yet
 * (order_opened false) become rows of orders_to_open, the column and its partial index go, and every reader
 * of "is this reservation's order open" answers as before — replays (reserve_group, reserve_many), the
 * retry loop, the harvest's count.
 */
describe('harvest-preorder migration 1767300000000: orders to open move to a side table', () => {
  const before = harvestPreorderMigrations.slice(0, harvestPreorderMigrations.indexOf(OrdersToOpen1767300000000));
  const db = useMigratedDatabase('ttoopen', 'orders-to-open-test', before);

  const BATCH = `INSERT INTO batches (id, product_id, product, producer_id, lao_code, district_code, province_code, category, harvest_start, harvest_end,
      estimated_quantity, reservable_quantity, unit_price_satang, deposit_percent, min_quantity, max_per_consumer, opens_at, closes_at,
      waitlist, close_when_sold_out, status, delivery_fee_satang)
    VALUES ($1, gen_random_uuid(), '{"productName":"มะม่วง","unit":"kg"}', gen_random_uuid(), '4560501', '5606', '56', 'fruit', '2026-06-01', '2026-06-15',
      100, 100, 100, 30, 1, 50, now() - interval '1 hour', now() + interval '1 hour', true, false, 'open', 500)`;

  async function withQr<T>(f: (qr: QueryRunner) => Promise<T>): Promise<T> {
    const qr = db.ds.createQueryRunner();
    await qr.connect();
    try {
      return await f(qr);
    } finally {
      await qr.release();
    }
  }

  it('fills orders_to_open from the rows not opened, drops the column and the index, and every reader keeps its answer', async () => {
    const batchId = randomUUID();
    const consumer = randomUUID();
    const rows = {
      unopened: { status: 'confirmed', opened: false, order: true },
      opened: { status: 'confirmed', opened: true, order: true },
      allocatedUnopened: { status: 'allocated', opened: false, order: true },
      waitlisted: { status: 'waitlisted', opened: false, order: false },
      cancelledUnopened: { status: 'cancelled', opened: false, order: true },
    };
    const ids: Record<string, string> = {};
    await withQr(async (qr) => {
      await qr.query(BATCH, [batchId]);
      for (const [key, r] of Object.entries(rows)) {
        ids[key] = randomUUID();
        await qr.query(
          `INSERT INTO reservations (id, batch_id, consumer_id, idempotency_key, status, requested, quantity, allow_partial, fulfilment,
             order_id, order_opened, confirmed_seq, confirmed_at)
           VALUES ($1, $2, $3, $4, $5, 2, 2, true, '{"type":"delivery","address":{"line1":"1"}}', $6, $7, 1, now() - interval '1 minute')`,
          [ids[key], batchId, consumer, key, r.status, r.order ? randomUUID() : null, r.opened],
        );
      }
      await qr.query(`UPDATE batches SET reserved = 6 WHERE id = $1`, [batchId]);

      await qr.startTransaction();
      await new OrdersToOpen1767300000000().up(qr);
      await qr.commitTransaction();
    });

    const q = (sql: string, params: unknown[] = []) => db.ds.query(sql, params);
    expect(
      (await q(`SELECT reservation_id FROM orders_to_open ORDER BY reservation_id`)).map(
        (r: { reservation_id: string }) => r.reservation_id,
      ),
    ).toEqual([ids.unopened, ids.allocatedUnopened, ids.cancelledUnopened].sort());
    expect(
      await q(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'reservations' AND column_name = 'order_opened'`,
      ),
    ).toEqual([]);
    expect(await q(`SELECT indexname FROM pg_indexes WHERE indexname = 'reservations_unopened'`)).toEqual([]);

    // replays through reserve_group: the payload carries exactly the orders not open yet
    const item = (k: string) => ({
      b: batchId,
      c: consumer,
      k,
      q: 2,
      p: true,
      f: { type: 'delivery', address: { line1: '1' } },
    });
    const [g] = await q(`SELECT results, open_orders FROM reserve_group($1::jsonb)`, [
      JSON.stringify([item('unopened'), item('opened'), item('new')]),
    ]);
    const results = JSON.parse(g.results) as Array<{ o: string; id: string }>;
    expect(results.map((r) => r.o)).toEqual(['REPLAY', 'REPLAY', 'OK']);
    expect(g.open_orders.map((o: { reservationId: string }) => o.reservationId).sort()).toEqual(
      [ids.unopened, results[2].id].sort(),
    );
    expect(await q(`SELECT 1 FROM orders_to_open WHERE reservation_id = $1`, [results[2].id])).toHaveLength(1);

    // replays through reserve_many: order_opened as before
    const many: Array<{ outcome: string; order_opened: boolean }> = await q(
      `SELECT outcome, order_opened FROM reserve_many($1, $2::jsonb) ORDER BY i`,
      [
        batchId,
        JSON.stringify(
          ['unopened', 'opened'].map((key) => ({
            consumerId: consumer,
            key,
            quantity: 2,
            id: randomUUID(),
            orderId: randomUUID(),
            allowPartial: true,
            delivery: true,
            pickupPointId: null,
            fulfilment: { type: 'delivery', address: { line1: '1' } },
          })),
        ),
      ],
    );
    expect(many).toEqual([
      { outcome: 'REPLAY', order_opened: false },
      { outcome: 'REPLAY', order_opened: true },
    ]);

    // the retry loop's reads, the harvest's count, the acknowledgement, and the pruning of what will never open
    const opening = new OrderOpeningRepository(db.ds);
    const reservations = new ReservationsRepository(db.ds);
    expect((await opening.unopenedOlderThan(1000)).map((r) => r.id).sort()).toEqual(
      [ids.unopened, ids.allocatedUnopened].sort(),
    );
    expect((await reservations.idsAwaitingOrder(batchId)).sort()).toEqual([ids.unopened, results[2].id].sort());
    expect(await reservations.countAwaitingOrder(db.ds.manager, batchId)).toBe(2);
    await reservations.markOrdersOpened([ids.unopened, results[2].id]);
    expect(await opening.unopened([ids.unopened, results[2].id, ids.allocatedUnopened])).toEqual([
      expect.objectContaining({ kind: 'reservation', id: ids.allocatedUnopened }),
    ]);
    await opening.forgetSettled();
    expect(await q(`SELECT reservation_id FROM orders_to_open`)).toEqual([{ reservation_id: ids.allocatedUnopened }]);
  });
});
