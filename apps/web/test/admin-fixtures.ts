import { randomUUID } from 'node:crypto';
import { createOpenBatch, eventually } from '@app/testing';
import type { TestSystem } from '@app/testing';
import { bearer } from './fixtures.js';

export const phone = () => `08${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

/**
 * Completed orders of a new community enterprise of an LAO, made through the API as in the journey test:
 * one consumer per quantity, a batch opened, harvested in full, paid, handed over and confirmed.
 */
export async function completedOrders(
  sys: TestSystem,
  laoCode: string,
  quantities: number[],
): Promise<Array<{ id: string; consumer: string; phone: string }>> {
  const admin = await sys.adminToken();
  const account = { phone: phone(), password: 'farmer-pass-1' };
  const producer = await sys
    .http()
    .post('/api/v1/producers')
    .set(bearer(admin))
    .send({
      kind: 'community_enterprise',
      name: `วิสาหกิจชุมชน ${randomUUID().slice(0, 6)}`,
      laoCode,
      memberCount: 7,
      contacts: {},
      publishContacts: false,
      promptPayId: '0812345678',
      account,
    })
    .expect(201);
  const farmer = await sys.login(account.phone, account.password);
  const product = await sys
    .http()
    .post('/api/v1/products')
    .set(bearer(farmer))
    .send({ producerId: producer.body.id, name: 'ลำไยอีดอ', category: 'fruit', unit: 'kg', priceSatang: 12_050 })
    .expect(201);
  const total = quantities.reduce((a, b) => a + b, 0);
  // created and opened (the sweeper may open it first: its window has begun); either way it ends open
  const opened = await createOpenBatch(sys, farmer, {
    productId: product.body.id,
    harvestStart: '2026-12-10',
    harvestEnd: '2026-12-20',
    estimatedQuantity: total,
    reservableQuantity: total,
    depositPercent: 0,
    minQuantity: 1,
    maxQuantityPerConsumer: total,
    preorderOpensAt: new Date(Date.now() - 60_000).toISOString(),
    preorderClosesAt: new Date(Date.now() + 3600_000).toISOString(),
    waitlist: false,
    pickupPoints: [{ name: 'ตลาดสดเทศบาล', address: 'ดอกคำใต้' }],
  });
  const batchId = opened.id;
  await eventually(async () =>
    expect((await sys.http().get(`/api/v1/batches/${batchId}`).expect(200)).body.status).toBe('open'),
  );
  const pickupPointId = opened.pickupPoints[0].id as string;
  const orders: Array<{ id: string; consumer: string; phone: string }> = [];
  for (const quantity of quantities) {
    const consumer = await sys.userWithRole('consumer');
    const r = await sys
      .http()
      .post(`/api/v1/batches/${batchId}/reservations`)
      .set(bearer(consumer.token))
      .set('idempotency-key', randomUUID())
      .send({ quantity, fulfilment: { type: 'pickup', pickupPointId } })
      .expect(201);
    orders.push({ id: r.body.orderId, consumer: consumer.token, phone: consumer.phone });
  }
  await sys.http().post(`/api/v1/batches/${batchId}/close`).set(bearer(farmer)).expect(200);
  await sys
    .http()
    .post(`/api/v1/batches/${batchId}/harvest`)
    .set(bearer(farmer))
    .send({ actualQuantity: total })
    .expect(200);
  for (const o of orders) {
    const due = await eventually(async () => {
      const r = await sys.http().get(`/api/v1/orders/${o.id}`).set(bearer(o.consumer)).expect(200);
      expect(r.body.status).toBe('awaiting_balance');
      return r.body.amountDueSatang as number;
    });
    await sys
      .http()
      .post(`/api/v1/orders/${o.id}/payments`)
      .set(bearer(farmer))
      .send({ amountSatang: due, method: 'transfer', reference: `BAL-${o.id}` })
      .expect(201);
    await sys.http().post(`/api/v1/orders/${o.id}/ready`).set(bearer(farmer)).expect(200);
    await sys.http().post(`/api/v1/orders/${o.id}/handover`).set(bearer(farmer)).expect(200);
    await sys.http().post(`/api/v1/orders/${o.id}/complete`).set(bearer(o.consumer)).expect(200);
  }
  return orders;
}
