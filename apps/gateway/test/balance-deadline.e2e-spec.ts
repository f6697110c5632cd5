import { randomUUID } from 'node:crypto';
import { OrderSubjects } from '@app/contracts';
import type { SweepResultV1 } from '@app/contracts';
import {
  bearer,
  closeAndHarvest,
  eventually,
  openMarketBatch,
  purchaseForPickup,
  readOrder,
  recordPayment,
  reserveForPickup,
  TestSystem,
} from '@app/testing';
import { farmerWithProduct } from '../../catalog/test/catalog-fixtures.js';

const HOUR = 3_600_000;

/**
 * Issue 13 (4), through the gateway, every service running: no order holds stock for ever. An order awaiting
 * its balance has a deadline (72 h after the harvest is recorded, or the batch's own balanceDeadlineHours);
 * past it the order expires and its units become the batch's stock on hand, which another consumer can buy.
 * A direct purchase is refused BEFORE any stock is taken when it breaks the batch's maximum per consumer or
 * the order-total limit. Time moves with the order sweep's test clock (order.sweeps.run with asOf).
 */
describe('balance deadline and direct-purchase limits (whole system)', () => {
  const sys = TestSystem.forSuite({ env: { ORDER_ALLOW_CLOCK_OVERRIDE: 'true' } });
  let admin: string;
  const sweep = (asOf: Date) => sys.rpc<SweepResultV1>(OrderSubjects.runSweeps, { asOf: asOf.toISOString() });

  beforeAll(async () => {
    admin = await sys.adminToken();
  });

  async function farmerWithBatch(batch: Record<string, unknown>, priceSatang = 12_000) {
    const { farmer, productId } = await farmerWithProduct(
      sys,
      admin,
      { kind: 'farmer', name: `สวนมะม่วง ${randomUUID().slice(0, 6)}`, memberCount: 1 },
      { name: 'มะม่วงน้ำดอกไม้', priceSatang },
    );
    return { farmer, ...(await openMarketBatch(sys, farmer, productId, batch)) };
  }

  const batchOf = async (id: string) => (await sys.http().get(`/api/v1/batches/${id}`).expect(200)).body;

  /** Reserve, pay the deposit, close and record the harvest; answers the order once it awaits its balance. */
  async function harvestedWithDepositPaid(batch: Record<string, unknown>, quantity: number, actualQuantity: number) {
    const b = await farmerWithBatch(batch);
    const consumer = await sys.userWithRole('consumer');
    const reserved = await reserveForPickup(sys, b.batchId, consumer.token, quantity, b.pickupPointId).expect(201);
    const orderId: string = reserved.body.orderId;
    const deposit = (await readOrder(sys, consumer.token, orderId)).depositDueSatang;
    await recordPayment(sys, b.farmer, orderId, {
      amountSatang: deposit,
      method: 'promptpay',
      reference: `DEP-${orderId}`,
    });
    await closeAndHarvest(sys, b.farmer, b.batchId, actualQuantity);
    const order = await eventually(async () => {
      const o = await readOrder(sys, consumer.token, orderId);
      expect(o.status).toBe('awaiting_balance');
      return o;
    });
    return { ...b, consumer, orderId, order };
  }

  it('reserve → deposit → harvest → 72 h pass unpaid → order expired → units back as stock on hand → another consumer buys them', async () => {
    const h = await harvestedWithDepositPaid({}, 4, 4);
    expect(h.batch.balanceDeadlineHours).toBe(72);
    const allocatedAt = new Date(h.order.allocatedAt).getTime();
    expect(new Date(h.order.balanceDeadline).getTime()).toBe(allocatedAt + 72 * HOUR);
    expect((await batchOf(h.batchId)).stockOnHand).toBe(0);

    // one second before the deadline nothing happens; one second after, the order expires
    await sweep(new Date(allocatedAt + 72 * HOUR - 1000));
    expect((await readOrder(sys, h.consumer.token, h.orderId)).status).toBe('awaiting_balance');
    await sweep(new Date(allocatedAt + 72 * HOUR + 1000));
    const expired = await readOrder(sys, h.consumer.token, h.orderId);
    expect(expired).toMatchObject({ status: 'expired', amountDueSatang: 0 });
    expect(expired.history.at(-1)).toMatchObject({
      from: 'awaiting_balance',
      to: 'expired',
      trigger: 'payment_deadline_passed',
      by: 'system',
    });
    // the deposit paid is owed back (the units are resold)
    expect(expired.refunds).toEqual([
      expect.objectContaining({ amountSatang: expired.paidSatang, reason: 'order_expired', status: 'due' }),
    ]);

    // harvest-preorder consumed order.expired: the 4 units are stock on hand, once (a second sweep changes nothing)
    await eventually(async () => expect((await batchOf(h.batchId)).stockOnHand).toBe(4));
    await sweep(new Date(allocatedAt + 80 * HOUR));
    expect((await batchOf(h.batchId)).stockOnHand).toBe(4);

    const other = await sys.userWithRole('consumer');
    const bought = await purchaseForPickup(sys, h.batchId, other.token, 4, h.pickupPointId).expect(201);
    expect(bought.body).toMatchObject({ quantity: 4, orderId: expect.any(String) });
    expect(await readOrder(sys, other.token, bought.body.orderId)).toMatchObject({
      status: 'awaiting_balance',
      reservationId: null,
      quantity: 4,
      balanceDeadline: null,
    });
    expect((await batchOf(h.batchId)).stockOnHand).toBe(0);
  });

  it("honours the batch's own balanceDeadlineHours, and refuses one out of 1..720 naming the field", async () => {
    const h = await harvestedWithDepositPaid({ balanceDeadlineHours: 24 }, 2, 2);
    expect(h.batch.balanceDeadlineHours).toBe(24);
    const allocatedAt = new Date(h.order.allocatedAt).getTime();
    expect(new Date(h.order.balanceDeadline).getTime()).toBe(allocatedAt + 24 * HOUR);
    await sweep(new Date(allocatedAt + 24 * HOUR - 1000));
    expect((await readOrder(sys, h.consumer.token, h.orderId)).status).toBe('awaiting_balance');
    await sweep(new Date(allocatedAt + 24 * HOUR + 1000));
    expect((await readOrder(sys, h.consumer.token, h.orderId)).status).toBe('expired');
    await eventually(async () => expect((await batchOf(h.batchId)).stockOnHand).toBe(2));

    for (const bad of [0, 721, 1.5, '72']) {
      const res = await sys
        .http()
        .post('/api/v1/batches')
        .set(bearer(h.farmer))
        .send({ ...h.body, balanceDeadlineHours: bad })
        .expect(400);
      expect([...new Set(res.body.fields.map((f: { field: string }) => f.field))]).toEqual(['balanceDeadlineHours']);
    }
  });

  it('a balance paid in time keeps the order; paid after harvest, nothing returns to stock', async () => {
    const h = await harvestedWithDepositPaid({}, 3, 3);
    await recordPayment(sys, h.farmer, h.orderId, {
      amountSatang: h.order.amountDueSatang,
      method: 'transfer',
      reference: `BAL-${h.orderId}`,
    });
    await sweep(new Date(new Date(h.order.allocatedAt).getTime() + 100 * HOUR));
    expect((await readOrder(sys, h.consumer.token, h.orderId)).status).toBe('paid');
    expect((await batchOf(h.batchId)).stockOnHand).toBe(0);
  });

  describe('direct purchases are checked before any stock is taken', () => {
    it('over the maximum per consumer (counting what the harvest gave them) → 409 LIMIT_EXCEEDED, nothing taken', async () => {
      const b = await farmerWithBatch({ maxQuantityPerConsumer: 3, reservableQuantity: 3, estimatedQuantity: 20 });
      const reserver = await sys.userWithRole('consumer');
      await reserveForPickup(sys, b.batchId, reserver.token, 2, b.pickupPointId).expect(201);
      await closeAndHarvest(sys, b.farmer, b.batchId, 12);
      expect((await batchOf(b.batchId)).stockOnHand).toBe(10);

      const buyer = await sys.userWithRole('consumer');
      const over = await purchaseForPickup(sys, b.batchId, buyer.token, 4, b.pickupPointId);
      expect(over.status).toBe(409);
      expect(over.body).toMatchObject({
        code: 'LIMIT_EXCEEDED',
        fields: [expect.objectContaining({ field: 'quantity' })],
      });
      expect((await batchOf(b.batchId)).stockOnHand).toBe(10);
      // within it, twice, up to the maximum; a third unit is over
      await purchaseForPickup(sys, b.batchId, buyer.token, 2, b.pickupPointId).expect(201);
      await purchaseForPickup(sys, b.batchId, buyer.token, 1, b.pickupPointId).expect(201);
      expect((await purchaseForPickup(sys, b.batchId, buyer.token, 1, b.pickupPointId).expect(409)).body.code).toBe(
        'LIMIT_EXCEEDED',
      );
      // the consumer who reserved 2 may add 1, not 2
      expect((await purchaseForPickup(sys, b.batchId, reserver.token, 2, b.pickupPointId).expect(409)).body.code).toBe(
        'LIMIT_EXCEEDED',
      );
      await purchaseForPickup(sys, b.batchId, reserver.token, 1, b.pickupPointId).expect(201);
      expect((await batchOf(b.batchId)).stockOnHand).toBe(6);
    });

    it('over the order-total limit → 400 naming quantity, nothing taken', async () => {
      // 1,000,000 baht a unit: at most 1,000 units fit one order (MAX_ORDER_TOTAL_SATANG = 100,000,000,000)
      const b = await farmerWithBatch({
        unitPriceSatang: 100_000_000,
        maxQuantityPerConsumer: 1000,
        reservableQuantity: 1,
        estimatedQuantity: 2000,
        depositPercent: 0,
      });
      await closeAndHarvest(sys, b.farmer, b.batchId, 1500);
      expect((await batchOf(b.batchId)).stockOnHand).toBe(1500);

      const buyer = await sys.userWithRole('consumer');
      const over = await purchaseForPickup(sys, b.batchId, buyer.token, 1001, b.pickupPointId);
      expect(over.status).toBe(400);
      expect(over.body.fields).toEqual([expect.objectContaining({ field: 'quantity' })]);
      expect((await batchOf(b.batchId)).stockOnHand).toBe(1500);
    });
  });
});
