import { randomUUID } from 'node:crypto';
import { OrderEvents, OrderSubjects } from '@app/contracts';
import type { SweepResultV1 } from '@app/contracts';
import { eventually } from '@app/testing';
import { newTransRef, slipImage, slipPayload } from '../../gateway/test/support/slip-images.js';
import {
  allocated,
  bearer,
  getOrder,
  open,
  orderStreamEvents,
  ownOrder,
  paymentInstructions,
  postOrders,
  recordPayment,
  untilPreorderEventsApplied,
  untilStatus,
  useOrderSystem,
} from './support/order-fixtures.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('order expiry and auto-completion (time-driven transitions)', () => {
  // a fast periodic sweep, and a sweep subject that accepts another "now" (tests only)
  const t = useOrderSystem({ ORDER_SWEEP_INTERVAL_MS: '200', ORDER_ALLOW_CLOCK_OVERRIDE: 'true' });

  const sweep = (asOf?: Date) =>
    t.sys.rpc<SweepResultV1>(OrderSubjects.runSweeps, asOf ? { asOf: asOf.toISOString() } : {});

  it('expires an order whose deposit is unpaid past its deadline, raises order.expired once, and takes no payment after', async () => {
    // reserved 25 h ago: the 24 h deadline passed an hour ago; the periodic sweep finds it by itself
    const o = ownOrder(t.a, { quantity: 4, reservedAt: new Date(Date.now() - 25 * HOUR).toISOString() });
    await open(t.sys, o);
    const expired = await untilStatus(t.sys, t.a.consumer.token, o.orderId, 'expired');
    expect(expired.amountDueSatang).toBe(0);
    expect(expired.history).toEqual([
      expect.objectContaining({ from: null, to: 'awaiting_deposit', trigger: 'open' }),
      expect.objectContaining({
        from: 'awaiting_deposit',
        to: 'expired',
        trigger: 'payment_deadline_passed',
        by: 'system',
      }),
    ]);

    await eventually(async () => {
      const events = await orderStreamEvents(t.nc, o.orderId);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ type: OrderEvents.expired, version: 1 });
      expect(events[0].data).toEqual({
        orderId: o.orderId,
        reservationId: o.reservationId,
        batchId: o.batchId,
        quantity: 4,
        expiredAt: expect.any(String),
      });
    });

    const late = await recordPayment(t.sys, t.a.producer.token, o.orderId, 12_000, 'cash', `LATE-${o.orderId}`);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('ILLEGAL_TRANSITION');
    const instr = await paymentInstructions(t.sys, t.a.consumer.token, o.orderId);
    expect(instr).toMatchObject({ amountDueSatang: 0, promptPay: null });
    // a harvest allocation arriving for an expired order changes nothing
    await allocated(t.nc, o, 4);
    await untilPreorderEventsApplied(t.nc);
    expect((await getOrder(t.sys, t.a.consumer.token, o.orderId)).status).toBe('expired');
  });

  it('expires at the deadline, not before (sweep with another "now")', async () => {
    const reservedAt = new Date();
    const o = ownOrder(t.a, { reservedAt: reservedAt.toISOString() });
    await open(t.sys, o);
    expect(await sweep(new Date(reservedAt.getTime() + 24 * HOUR - 1000))).toMatchObject({ expired: 0 });
    expect((await getOrder(t.sys, t.a.consumer.token, o.orderId)).status).toBe('awaiting_deposit');
    // a paid deposit keeps an order from expiring
    const paidOne = ownOrder(t.a, { reservedAt: reservedAt.toISOString() });
    await open(t.sys, paidOne);
    await recordPayment(t.sys, t.a.producer.token, paidOne.orderId, 30_000, 'cash', `D-${paidOne.orderId}`).expect(201);

    expect((await sweep(new Date(reservedAt.getTime() + 24 * HOUR + 1000))).expired).toBeGreaterThanOrEqual(1);
    expect((await getOrder(t.sys, t.a.consumer.token, o.orderId)).status).toBe('expired');
    expect((await getOrder(t.sys, t.a.consumer.token, paidOne.orderId)).status).toBe('reserved');
  });

  it('owes back a part-paid deposit when the order expires', async () => {
    const reservedAt = new Date();
    const o = ownOrder(t.a, { reservedAt: reservedAt.toISOString() });
    await open(t.sys, o);
    await recordPayment(t.sys, t.a.producer.token, o.orderId, 12_345, 'cash', `P-${o.orderId}`).expect(201);
    await sweep(new Date(reservedAt.getTime() + 25 * HOUR));
    const expired = await getOrder(t.sys, t.a.consumer.token, o.orderId);
    expect(expired).toMatchObject({ status: 'expired', paidSatang: 12_345, refundedSatang: 12_345 });
    expect(expired.refunds).toEqual([
      expect.objectContaining({ amountSatang: 12_345, reason: 'order_expired', status: 'due' }),
    ]);
  });

  it('settles a direct purchase of surplus stock at once, and expires it unpaid past the deadline (reservationId null)', async () => {
    const reservedAt = new Date();
    const direct = ownOrder(t.a, { reservationId: null, quantity: 3, reservedAt: reservedAt.toISOString() });
    const paidDirect = ownOrder(t.a, { reservationId: null, quantity: 1, reservedAt: reservedAt.toISOString() });
    await open(t.sys, direct, paidDirect);
    const opened = await getOrder(t.sys, t.a.consumer.token, direct.orderId);
    expect(opened).toMatchObject({
      status: 'awaiting_balance',
      amountDueSatang: 30_000,
      allocatedAt: reservedAt.toISOString(),
    });
    const instr = await paymentInstructions(t.sys, t.a.consumer.token, direct.orderId);
    expect(instr.amountDueSatang).toBe(30_000);
    await recordPayment(
      t.sys,
      t.a.producer.token,
      paidDirect.orderId,
      10_000,
      'cash',
      `P-${paidDirect.orderId}`,
    ).expect(201);

    await sweep(new Date(reservedAt.getTime() + 24 * HOUR + 1000));
    expect((await getOrder(t.sys, t.a.consumer.token, direct.orderId)).status).toBe('expired');
    expect((await getOrder(t.sys, t.a.consumer.token, paidDirect.orderId)).status).toBe('paid');
    await eventually(async () => {
      const events = await orderStreamEvents(t.nc, direct.orderId);
      expect(events.map((e) => [e.type, e.data.reservationId, e.data.quantity])).toEqual([
        [OrderEvents.expired, null, 3],
      ]);
    });
  });

  it('expires each order exactly once when two replicas sweep at the same time', async () => {
    await t.sys.startApp('order'); // a second replica, with its own periodic sweep
    const batchId = randomUUID();
    const orders = Array.from({ length: 30 }, () => ownOrder(t.a, { batchId, reservedAt: new Date().toISOString() }));
    await open(t.sys, ...orders);
    const asOf = new Date(Date.now() + 2 * DAY);
    const results = await Promise.all(Array.from({ length: 6 }, () => sweep(asOf)));
    // other tests' orders may expire in the same sweeps; exactly-once is judged on these 30 orders' events
    expect(results.reduce((n, r) => n + r.expired, 0)).toBeGreaterThanOrEqual(30);
    await eventually(async () => {
      const ids = new Set(orders.map((o) => o.orderId));
      const expired = (await orderStreamEvents(t.nc)).filter(
        (e) => e.type === OrderEvents.expired && ids.has(e.data.orderId),
      );
      expect(expired).toHaveLength(30);
      expect(new Set(expired.map((e) => e.data.orderId)).size).toBe(30);
    });
  });

  it('completes a picked-up order by itself 7 days after handover, with one order.completed', async () => {
    const o = ownOrder(t.a, { depositPercent: 0, quantity: 2 });
    await open(t.sys, o);
    await allocated(t.nc, o, 2);
    await untilStatus(t.sys, t.a.consumer.token, o.orderId, 'awaiting_balance');
    const post = (path: string, body: object = {}) =>
      postOrders(t.sys, t.a.producer.token, `${o.orderId}/${path}`, body);
    await post('payments', { amountSatang: 20_000, method: 'promptpay', reference: `B-${o.orderId}` }).expect(201);
    await post('ready').expect(200);
    const handedOver = (await post('handover').expect(200)).body;
    const at = new Date(handedOver.handedOverAt).getTime();

    await sweep(new Date(at + 7 * DAY - 1000));
    expect((await getOrder(t.sys, t.a.consumer.token, o.orderId)).status).toBe('picked_up');
    const asOf = new Date(at + 7 * DAY + 1000);
    await Promise.all([sweep(asOf), sweep(asOf)]);
    const done = await getOrder(t.sys, t.a.consumer.token, o.orderId);
    expect(done).toMatchObject({ status: 'completed', completedAt: asOf.toISOString() });
    expect(done.history.at(-1)).toMatchObject({
      from: 'picked_up',
      to: 'completed',
      trigger: 'auto_complete',
      by: 'system',
    });
    await eventually(async () => {
      const events = await orderStreamEvents(t.nc, o.orderId);
      expect(events.map((e) => e.type)).toEqual([OrderEvents.completed]);
      expect(events[0].data).toMatchObject({
        completedAt: asOf.toISOString(),
        quantity: 2,
        goodsTotalSatang: 20_000,
        consumerId: t.a.consumer.id,
      });
    });
    // the consumer's confirmation afterwards is an illegal transition, not a second sale
    expect((await postOrders(t.sys, t.a.consumer.token, `${o.orderId}/complete`).expect(409)).body.code).toBe(
      'ILLEGAL_TRANSITION',
    );
  });

  describe('the balance deadline after harvest (issue 13: no order holds stock for ever)', () => {
    /** An order with its deposit paid, then settled by the harvest (a v1 allocation: 72 h from its time). */
    async function awaitingBalance() {
      const o = ownOrder(t.a, { quantity: 3 });
      await open(t.sys, o);
      await recordPayment(t.sys, t.a.producer.token, o.orderId, 9_000, 'cash', `D-${o.orderId}`).expect(201);
      const event = await allocated(t.nc, o, 3);
      const order = await untilStatus(t.sys, t.a.consumer.token, o.orderId, 'awaiting_balance');
      return { o, order, harvestedAt: new Date(event.occurredAt).getTime() };
    }
    const uploadSlip = async (orderId: string) =>
      (
        await t.sys
          .http()
          .post(`/api/v1/orders/${orderId}/slips`)
          .set(bearer(t.a.consumer.token))
          .set('content-type', 'image/png')
          .send(await slipImage({ payload: slipPayload(newTransRef()) }))
          .expect(201)
      ).body.slips[0].id as string;

    it('expires an order whose balance is unpaid 72 h after the harvest, owes back what was paid, and raises order.expired once', async () => {
      const { o, order, harvestedAt } = await awaitingBalance();
      expect(order.balanceDeadline).toBe(new Date(harvestedAt + 72 * HOUR).toISOString());
      // a part-paid balance does not move the deadline
      await recordPayment(t.sys, t.a.producer.token, o.orderId, 1_000, 'cash', `B-${o.orderId}`).expect(201);
      expect(await sweep(new Date(harvestedAt + 72 * HOUR - 1000))).toMatchObject({ expired: 0 });
      expect((await getOrder(t.sys, t.a.consumer.token, o.orderId)).status).toBe('awaiting_balance');
      await Promise.all([
        sweep(new Date(harvestedAt + 72 * HOUR + 1000)),
        sweep(new Date(harvestedAt + 72 * HOUR + 1000)),
      ]);
      const expired = await getOrder(t.sys, t.a.consumer.token, o.orderId);
      expect(expired).toMatchObject({
        status: 'expired',
        paidSatang: 10_000,
        refundedSatang: 10_000,
        amountDueSatang: 0,
      });
      expect(expired.history.at(-1)).toMatchObject({
        from: 'awaiting_balance',
        to: 'expired',
        trigger: 'payment_deadline_passed',
        by: 'system',
      });
      const late = await recordPayment(t.sys, t.a.producer.token, o.orderId, 20_000, 'cash', `L-${o.orderId}`);
      expect(late.status).toBe(409);
      await eventually(async () => {
        const events = await orderStreamEvents(t.nc, o.orderId);
        expect(events.map((e) => [e.type, e.data.reservationId, e.data.quantity])).toEqual([
          [OrderEvents.expired, o.reservationId, 3],
        ]);
      });
    });

    it('a slip under review holds the deadline: the producer may still record its money; a rejected slip lets the order expire', async () => {
      const kept = await awaitingBalance();
      await uploadSlip(kept.o.orderId);
      const rejected = await awaitingBalance();
      const slipId = await uploadSlip(rejected.o.orderId);
      const after = (h: number) => new Date(Math.max(kept.harvestedAt, rejected.harvestedAt) + h * HOUR);

      await sweep(after(80));
      expect((await getOrder(t.sys, t.a.consumer.token, kept.o.orderId)).status).toBe('awaiting_balance');
      expect((await getOrder(t.sys, t.a.consumer.token, rejected.o.orderId)).status).toBe('awaiting_balance');
      // the producer checks the slip after the deadline and records the balance: the order is paid
      await recordPayment(t.sys, t.a.producer.token, kept.o.orderId, 21_000, 'transfer', `S-${kept.o.orderId}`).expect(
        201,
      );
      expect((await getOrder(t.sys, t.a.consumer.token, kept.o.orderId)).status).toBe('paid');
      // ไม่ตรงยอด: the next sweep expires the other one
      await postOrders(t.sys, t.a.producer.token, `${rejected.o.orderId}/slips/${slipId}/reject`, {
        reason: 'ยอดไม่ตรง',
      }).expect(200);
      await sweep(after(81));
      expect((await getOrder(t.sys, t.a.consumer.token, rejected.o.orderId)).status).toBe('expired');
      expect((await getOrder(t.sys, t.a.consumer.token, kept.o.orderId)).status).toBe('paid');
    });
  });

  it('runs sweeps only for the service itself', async () => {
    await expect(
      t.sys.rpc(OrderSubjects.runSweeps, {}, { userId: randomUUID(), roles: ['dla_admin'] }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
