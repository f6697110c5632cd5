import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { OrderEvents } from '@app/contracts';
import type { OrderExpiredV1 } from '@app/contracts';
import { bearer, eventually, fieldsOf, publishEvent } from '@app/testing';
import {
  batchAction,
  cancelReservation,
  consumerToken,
  getBatch,
  givenBatch,
  mintToken,
  pickup as at,
  producerToken,
  purchase,
  reserve,
  reserveAt,
  usePreorderSystem,
} from './support.js';

describe('harvest-preorder: cancel, waitlist, harvest, stock, packing view, expiry', () => {
  const t = usePreorderSystem({ ORDER_OPEN_RETRY_INTERVAL_MS: '200' });
  /** What the order service raises when a deposit or a price is not paid in time (optionally a redelivered copy too). */
  async function publishOrderExpired(data: OrderExpiredV1, twice = false) {
    const nc = await t.sys.connectNats();
    try {
      const event = await publishEvent(nc, OrderEvents.expired, data);
      if (twice)
        await publishEvent(nc, event.type, data, {
          id: event.id,
          occurredAt: event.occurredAt,
          msgID: `${event.id}-again`,
        });
      return event;
    } finally {
      await nc.drain();
    }
  }
  const batchOf = async (id: string) => (await getBatch(t.sys, id).expect(200)).body;

  it('a consumer cancels before close: the quantity returns, an event is raised, and the waitlist is offered first come first served', async () => {
    const b = await givenBatch(t.sys, { reservableQuantity: 3, estimatedQuantity: 3, waitlist: true });
    const c = consumerToken(t.sys);
    const mine = (await reserveAt(t.sys, b, 1, { as: c.token }).expect(201)).body;
    await reserveAt(t.sys, b, 2).expect(201);
    const big = (await reserveAt(t.sys, b, 2, { allowPartial: false }).expect(201)).body;
    const small = (await reserveAt(t.sys, b, 1).expect(201)).body;
    expect([big.status, small.status]).toEqual(['waitlisted', 'waitlisted']);

    await cancelReservation(t.sys, mine.id, consumerToken(t.sys).token).expect(404);
    const cancelled = await cancelReservation(t.sys, mine.id, c.token).expect(200);
    expect(cancelled.body).toMatchObject({ id: mine.id, status: 'cancelled' });
    await cancelReservation(t.sys, mine.id, c.token).expect(409);

    // 1 unit freed: the first in line wants 2 without partial, so the next one (1) gets it
    const { rows } = await t.db.query(`SELECT id, status, order_id FROM reservations WHERE id = ANY($1::uuid[])`, [
      [big.id, small.id],
    ]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(big.id).status).toBe('waitlisted');
    expect(byId.get(small.id)).toMatchObject({ status: 'confirmed', order_id: expect.any(String) });
    await eventually(async () => {
      const o = await t.orderDb.query(`SELECT reservation_id FROM orders WHERE id = $1`, [byId.get(small.id).order_id]);
      expect(o.rows).toEqual([{ reservation_id: small.id }]);
    });
    expect(await batchOf(b.id)).toMatchObject({ reservedQuantity: 3, remainingQuantity: 0 });
    const ev = await t.db.query(
      `SELECT payload FROM outbox WHERE type = 'preorder.reservation.cancelled' AND payload->'data'->>'reservationId' = $1`,
      [mine.id],
    );
    expect(ev.rows[0].payload).toMatchObject({
      version: 1,
      data: { orderId: mine.orderId, quantity: 1, cancelledBy: 'consumer', batchId: b.id },
    });
  });

  it('after close only the farmer or an LAO admin cancels, and must give a reason', async () => {
    const b = await givenBatch(t.sys);
    const c = consumerToken(t.sys);
    const r = (await reserveAt(t.sys, b, 2, { as: c.token }).expect(201)).body;
    await batchAction(t.sys, b.id, 'close', b.farmer).expect(200);
    const late = await cancelReservation(t.sys, r.id, c.token).expect(409);
    expect(late.body.code).toBe('ILLEGAL_TRANSITION');
    const noReason = await cancelReservation(t.sys, r.id, b.farmer).expect(400);
    expect(fieldsOf(noReason)[0]).toBe('reason');
    const admin = mintToken(t.sys, { userId: randomUUID(), roles: ['lao_admin'], laoCode: b.product.laoCode });
    await cancelReservation(t.sys, r.id, admin, { reason: 'ผู้ซื้อขอยกเลิกทางโทรศัพท์' }).expect(200);
    expect(await batchOf(b.id)).toMatchObject({ reservedQuantity: 0 });
    const ev = await t.db.query(`SELECT payload FROM outbox WHERE payload->'data'->>'reservationId' = $1`, [r.id]);
    expect(ev.rows[0].payload.data).toMatchObject({ cancelledBy: 'lao_admin', reason: 'ผู้ซื้อขอยกเลิกทางโทรศัพท์' });
  });

  it('allocates a short harvest first come first served, one event per reservation, and sells a surplus as stock on hand', async () => {
    const b = await givenBatch(t.sys, { maxQuantityPerConsumer: 10 });
    const r1 = (await reserveAt(t.sys, b, 3).expect(201)).body;
    const r2 = (await reserveAt(t.sys, b, 4, { allowPartial: false }).expect(201)).body;
    const r3 = (await reserveAt(t.sys, b, 2).expect(201)).body;
    const early = await batchAction(t.sys, b.id, 'harvest', b.farmer, { actualQuantity: 4 }).expect(409);
    expect(early.body.code).toBe('ILLEGAL_TRANSITION');
    await batchAction(t.sys, b.id, 'close', b.farmer).expect(200);
    const bad = await batchAction(t.sys, b.id, 'harvest', b.farmer, { actualQuantity: -1 }).expect(400);
    expect(fieldsOf(bad)[0]).toBe('actualQuantity');
    const h = await batchAction(t.sys, b.id, 'harvest', b.farmer, { actualQuantity: 4 }).expect(200);
    expect(h.body.allocations).toEqual([
      { reservationId: r1.id, orderId: r1.orderId, requested: 3, allocated: 3 },
      { reservationId: r2.id, orderId: r2.orderId, requested: 4, allocated: 0 },
      { reservationId: r3.id, orderId: r3.orderId, requested: 2, allocated: 1 },
    ]);
    const ev = await t.db.query(
      `SELECT payload FROM outbox WHERE type = 'preorder.reservation.allocated' AND payload->'data'->>'batchId' = $1`,
      [b.id],
    );
    expect(ev.rows.map((r) => r.payload.data.allocated).sort()).toEqual([0, 1, 3]);
    expect(h.body.batch).toMatchObject({ status: 'harvested', actualQuantity: 4, stockOnHand: 0 });

    const s = await givenBatch(t.sys);
    await reserveAt(t.sys, s, 5).expect(201);
    await batchAction(t.sys, s.id, 'close', s.farmer).expect(200);
    const hs = await batchAction(t.sys, s.id, 'harvest', s.farmer, { actualQuantity: 8 }).expect(200);
    expect(hs.body.batch.stockOnHand).toBe(3);
    const buyer = consumerToken(t.sys);
    const buy = (body: Record<string, unknown>, key?: string) => purchase(t.sys, s.id, buyer.token, body, key);
    const p = await buy({ quantity: 2, fulfilment: at(s.pickupPointId) }, 'buy-1').expect(201);
    expect((await buy({ quantity: 2, fulfilment: at(s.pickupPointId) }, 'buy-1').expect(201)).body).toEqual(p.body);
    const order = await t.orderDb.query(`SELECT reservation_id, quantity FROM orders WHERE id = $1`, [p.body.orderId]);
    expect(order.rows).toEqual([{ reservation_id: null, quantity: 2 }]);
    expect((await buy({ quantity: 2, fulfilment: at(s.pickupPointId) }).expect(409)).body.code).toBe('SOLD_OUT');
    // an unpaid purchase expires in the order service: its units go back on sale, once
    const expired: OrderExpiredV1 = {
      orderId: p.body.orderId,
      reservationId: null,
      batchId: s.id,
      quantity: 2,
      expiredAt: new Date().toISOString(),
    };
    await publishOrderExpired(expired);
    await publishOrderExpired(expired);
    await eventually(async () => expect((await batchOf(s.id)).stockOnHand).toBe(3));
    await batchAction(t.sys, s.id, 'complete', s.farmer).expect(200);
    expect((await buy({ quantity: 1, fulfilment: at(s.pickupPointId) }).expect(409)).body.code).toBe('NOT_OPEN');
  });

  it('gives the farmer the packing list as JSON and CSV with totals per pickup point and per day, and nobody else', async () => {
    const b = await givenBatch(t.sys, {
      pickupPoints: [
        { name: 'ศาลาหมู่บ้าน', address: 'หมู่ 3' },
        { name: 'ตลาดเทศบาล, ประตู 2', address: 'ถนนหลัก' },
      ],
    });
    const points = b.batch.pickupPoints.map((p: { id: string }) => p.id);
    await reserve(t.sys, b.id, consumerToken(t.sys).token, { quantity: 2, fulfilment: at(points[0]) }).expect(201);
    await reserve(t.sys, b.id, consumerToken(t.sys).token, { quantity: 3, fulfilment: at(points[1]) }).expect(201);
    await reserve(t.sys, b.id, consumerToken(t.sys).token, { quantity: 4, fulfilment: at(points[1]) }).expect(201);
    const packing = (token: string) => t.sys.http().get(`/api/v1/batches/${b.id}/reservations`).set(bearer(token));
    const json = await packing(b.farmer).expect(200);
    expect(json.body.reservations).toHaveLength(3);
    expect(json.body.totals.byPickupPoint).toEqual(
      expect.arrayContaining([
        { pickupPointId: points[0], name: 'ศาลาหมู่บ้าน', reservations: 1, quantity: 2 },
        { pickupPointId: points[1], name: 'ตลาดเทศบาล, ประตู 2', reservations: 2, quantity: 7 },
      ]),
    );
    expect(json.body.totals.byDay).toEqual([
      { day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), reservations: 3, quantity: 9 },
    ]);
    expect(json.body.totals.byStatus).toEqual({ confirmed: { count: 3, quantity: 9 } });

    for (const req of [packing(b.farmer).query({ format: 'csv' }), packing(b.farmer).set('accept', 'text/csv')]) {
      const csv = await req
        .buffer(true)
        .parse((res, cb) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString('utf8')));
          res.on('end', () => cb(null, text));
        })
        .expect(200);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      const rows = parse(csv.body as string, { columns: true, bom: true }) as Array<Record<string, string>>;
      expect(rows).toHaveLength(3);
      expect(rows.map((r) => r.pickupPointName).sort()).toEqual([
        'ตลาดเทศบาล, ประตู 2',
        'ตลาดเทศบาล, ประตู 2',
        'ศาลาหมู่บ้าน',
      ]);
      expect(rows.map((r) => Number(r.toPack)).reduce((a, x) => a + x, 0)).toBe(9);
    }
    await packing(producerToken(t.sys, b.product, randomUUID())).expect(403);
    await packing(consumerToken(t.sys).token).expect(403);
  });

  it('returns the quantity of an expired order (order.expired) and offers it to the waitlist, exactly once', async () => {
    const b = await givenBatch(t.sys, { reservableQuantity: 2, estimatedQuantity: 2, waitlist: true });
    const r = (await reserveAt(t.sys, b, 2).expect(201)).body;
    const w = (await reserveAt(t.sys, b, 2).expect(201)).body;
    expect(w.status).toBe('waitlisted');
    await publishOrderExpired(
      { orderId: r.orderId, reservationId: r.id, batchId: b.id, quantity: 2, expiredAt: new Date().toISOString() },
      true,
    );
    await eventually(async () => {
      const { rows } = await t.db.query(
        `SELECT id, status, NOT EXISTS (SELECT 1 FROM orders_to_open o WHERE o.reservation_id = r.id) AS order_opened FROM reservations r WHERE id = ANY($1::uuid[]) ORDER BY seq`,
        [[r.id, w.id]],
      );
      expect(rows).toEqual([
        { id: r.id, status: 'expired', order_opened: true },
        { id: w.id, status: 'confirmed', order_opened: true },
      ]);
    });
    expect(await batchOf(b.id)).toMatchObject({ reservedQuantity: 2 });
    const holds = await t.db.query(`SELECT sum(held)::int AS held FROM consumer_holds WHERE batch_id = $1`, [b.id]);
    expect(holds.rows[0].held).toBe(2);
  });

  it("starts the balance clock at harvest (allocated v2: balanceDueBy = harvest + the batch's hours); an expired allocation becomes stock on hand and releases the hold, exactly once", async () => {
    const b = await givenBatch(t.sys, { reservableQuantity: 6, estimatedQuantity: 8, balanceDeadlineHours: 24 });
    expect(b.batch.balanceDeadlineHours).toBe(24);
    const c = consumerToken(t.sys);
    const r = (await reserveAt(t.sys, b, 4, { as: c.token }).expect(201)).body;
    await batchAction(t.sys, b.id, 'close', b.farmer).expect(200);
    await batchAction(t.sys, b.id, 'harvest', b.farmer, { actualQuantity: 5 }).expect(200);
    expect((await batchOf(b.id)).stockOnHand).toBe(1);
    const ev = await t.db.query(
      `SELECT payload FROM outbox WHERE type = 'preorder.reservation.allocated' AND payload->'data'->>'batchId' = $1`,
      [b.id],
    );
    expect(ev.rows).toHaveLength(1);
    const event = ev.rows[0].payload;
    expect(event).toMatchObject({
      version: 2,
      data: { reservationId: r.id, orderId: r.orderId, requested: 4, allocated: 4 },
    });
    expect(new Date(event.data.balanceDueBy).getTime() - new Date(event.occurredAt).getTime()).toBe(24 * 3_600_000);
    const held = async () =>
      (await t.db.query(`SELECT held FROM consumer_holds WHERE batch_id = $1 AND consumer_id = $2`, [b.id, c.id]))
        .rows[0].held;
    expect(await held()).toBe(4);

    // the balance was not paid in time: order.expired, redelivered past JetStream's dedupe, and a copy with a new id
    const expired: OrderExpiredV1 = {
      orderId: r.orderId,
      reservationId: r.id,
      batchId: b.id,
      quantity: 4,
      expiredAt: new Date().toISOString(),
    };
    const first = await publishOrderExpired(expired, true);
    const copy = await publishOrderExpired(expired);
    await eventually(async () => {
      const inbox = await t.db.query(`SELECT event_id FROM inbox WHERE event_id = ANY($1::uuid[])`, [
        [first.id, copy.id],
      ]);
      expect(inbox.rows).toHaveLength(2);
    });
    expect((await t.db.query(`SELECT status FROM reservations WHERE id = $1`, [r.id])).rows[0].status).toBe('expired');
    expect((await batchOf(b.id)).stockOnHand).toBe(5);
    expect(await held()).toBe(0);
  });
});
