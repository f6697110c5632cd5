import { randomUUID } from 'node:crypto';
import { OrderSubjects } from '@app/contracts';
import {
  bearer,
  closeAndHarvest,
  eventually,
  openMarketBatch,
  readOrder,
  recordPayment,
  reserveForPickup,
  TestSystem,
} from '@app/testing';
import { farmerWithProduct } from '../../catalog/test/catalog-fixtures.js';

/**
 * The whole marketplace, service to service, as its people use it: LAO staff onboard a community
 * enterprise, the farmer opens a batch, a consumer reserves and pays a deposit, the harvest falls short,
 * the balance is paid, the order is picked up and completed — and the completion reaches the catalog
 * (a verified review) and the programme's report figures. Another consumer's unpaid deposit expires
 * and the units go back on the batch.
 */
describe('journey: from reservation to completed order across every service', () => {
  const sys = TestSystem.forSuite({ env: { ORDER_ALLOW_CLOCK_OVERRIDE: 'true' } });
  let admin: string;

  beforeAll(async () => {
    admin = await sys.adminToken();
  });

  async function farmerWithBatch(reservable: number) {
    const { farmer, producerId, productId } = await farmerWithProduct(
      sys,
      admin,
      { kind: 'community_enterprise', name: `วิสาหกิจชุมชนลำไย ${randomUUID().slice(0, 6)}`, memberCount: 12 },
      { name: 'ลำไยอีดอ', priceSatang: 12_000 },
    );
    const { batchId, pickupPointId } = await openMarketBatch(sys, farmer, productId, {
      estimatedQuantity: reservable + 5,
      reservableQuantity: reservable,
      maxQuantityPerConsumer: reservable,
    });
    return { farmer, producerId, productId, batchId, pickupPointId };
  }

  it('reserve → deposit → short harvest → balance → pickup → completed, then a verified review and the report figures', async () => {
    const { farmer, productId, batchId, pickupPointId } = await farmerWithBatch(10);
    const consumer = await sys.userWithRole('consumer');

    const reserved = await reserveForPickup(sys, batchId, consumer.token, 10, pickupPointId).expect(201);
    expect(reserved.body).toMatchObject({ status: 'confirmed', quantity: 10, orderId: expect.any(String) });
    const orderId: string = reserved.body.orderId;

    // the consumer's order answers at once, with its PromptPay deposit
    expect(await readOrder(sys, consumer.token, orderId)).toMatchObject({
      status: 'awaiting_deposit',
      quantity: 10,
      goodsTotalSatang: 120_000,
      depositDueSatang: 36_000,
    });
    const payment = await sys.http().get(`/api/v1/orders/${orderId}/payment`).set(bearer(consumer.token)).expect(200);
    expect(payment.body.amountDueSatang).toBe(36_000);
    expect(payment.body.promptPay.payload).toMatch(/^000201/);

    await recordPayment(sys, farmer, orderId, {
      amountSatang: 36_000,
      method: 'promptpay',
      reference: `DEP-${orderId}`,
    });
    expect((await readOrder(sys, consumer.token, orderId)).status).toBe('reserved');

    // a short harvest: 6 of the 10 kg reserved
    await closeAndHarvest(sys, farmer, batchId, 6);
    const settled = await eventually(async () => {
      const o = await readOrder(sys, consumer.token, orderId);
      expect(o).toMatchObject({
        status: 'awaiting_balance',
        requestedQuantity: 10,
        quantity: 6,
        goodsTotalSatang: 72_000,
        amountDueSatang: 36_000,
      });
      return o;
    });
    expect(settled.paidSatang).toBe(36_000);

    await recordPayment(sys, farmer, orderId, {
      amountSatang: 36_000,
      method: 'transfer',
      reference: `BAL-${orderId}`,
    });
    await sys.http().post(`/api/v1/orders/${orderId}/ready`).set(bearer(farmer)).expect(200);
    await sys.http().post(`/api/v1/orders/${orderId}/handover`).set(bearer(farmer)).expect(200);
    const done = await sys.http().post(`/api/v1/orders/${orderId}/complete`).set(bearer(consumer.token)).expect(200);
    expect(done.body.status).toBe('completed');

    // the catalog learnt of the completion from order.completed: the consumer may now review
    const review = await eventually(async () => {
      const r = await sys
        .http()
        .post(`/api/v1/products/${productId}/reviews`)
        .set(bearer(consumer.token))
        .send({ orderId, rating: 5, text: 'หวานกรอบมาก' });
      expect(r.status).toBe(201);
      return r.body;
    });
    expect(review).toMatchObject({ orderId, rating: 5 });
    const product = await sys.http().get(`/api/v1/products/${productId}`).expect(200);
    expect(product.body).toMatchObject({ ratingAverage: 5, ratingCount: 1 });

    // …and the reporting service: one online sale, the goods total as revenue, a community enterprise of 12
    const month = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Bangkok',
      year: 'numeric',
      month: '2-digit',
    }).format(new Date());
    await eventually(async () => {
      const r = await sys
        .http()
        .get('/api/v1/reports/summary')
        .set(bearer(admin))
        .query({ groupBy: 'lao', laoCode: '4560501', month })
        .expect(200);
      expect(r.body.rows).toEqual([
        expect.objectContaining({ code: '4560501', salesCount: 1, revenueSatang: 72_000, beneficiaries: 12 }),
      ]);
    });
  });

  it('an unpaid deposit expires and its units return to the batch', async () => {
    const { batchId, pickupPointId } = await farmerWithBatch(5);
    const consumer = await sys.userWithRole('consumer');
    const reserved = await reserveForPickup(sys, batchId, consumer.token, 3, pickupPointId).expect(201);
    expect((await sys.http().get(`/api/v1/batches/${batchId}`).expect(200)).body).toMatchObject({
      reservedQuantity: 3,
      remainingQuantity: 2,
    });

    // the order service's sweep, run as if 25 hours had passed (deadline: 24 h after reserving)
    await sys.rpc(OrderSubjects.runSweeps, { asOf: new Date(Date.now() + 25 * 3600_000).toISOString() });
    expect((await readOrder(sys, consumer.token, reserved.body.orderId)).status).toBe('expired');
    await eventually(async () => {
      const b = await sys.http().get(`/api/v1/batches/${batchId}`).expect(200);
      expect(b.body).toMatchObject({ reservedQuantity: 0, remainingQuantity: 5 });
    });
  });
});
