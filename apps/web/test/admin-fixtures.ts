import { randomUUID } from 'node:crypto';
import { closeAndHarvest, eventually, openMarketBatch, readOrder, recordPayment, reserveForPickup } from '@app/testing';
import type { TestSystem } from '@app/testing';
import { farmerWithProduct } from '../../catalog/test/catalog-fixtures.js';
import { bearer } from './fixtures.js';

export { randomPhone as phone } from '../../catalog/test/catalog-fixtures.js';

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
  const { farmer, productId } = await farmerWithProduct(
    sys,
    admin,
    {
      kind: 'community_enterprise',
      name: `วิสาหกิจชุมชน ${randomUUID().slice(0, 6)}`,
      laoCode,
      memberCount: 7,
      contacts: {},
      publishContacts: false,
    },
    { name: 'ลำไยอีดอ', priceSatang: 12_050 },
  );
  const total = quantities.reduce((a, b) => a + b, 0);
  // created and opened (the sweeper may open it first: its window has begun); either way it ends open
  const { batchId, pickupPointId } = await openMarketBatch(sys, farmer, productId, {
    estimatedQuantity: total,
    reservableQuantity: total,
    depositPercent: 0,
    maxQuantityPerConsumer: total,
  });
  await eventually(async () =>
    expect((await sys.http().get(`/api/v1/batches/${batchId}`).expect(200)).body.status).toBe('open'),
  );
  const orders: Array<{ id: string; consumer: string; phone: string }> = [];
  for (const quantity of quantities) {
    const consumer = await sys.userWithRole('consumer');
    const r = await reserveForPickup(sys, batchId, consumer.token, quantity, pickupPointId).expect(201);
    orders.push({ id: r.body.orderId, consumer: consumer.token, phone: consumer.phone });
  }
  await closeAndHarvest(sys, farmer, batchId, total);
  for (const o of orders) {
    const due = await eventually(async () => {
      const order = await readOrder(sys, o.consumer, o.id);
      expect(order.status).toBe('awaiting_balance');
      return order.amountDueSatang as number;
    });
    await recordPayment(sys, farmer, o.id, { amountSatang: due, method: 'transfer', reference: `BAL-${o.id}` });
    await sys.http().post(`/api/v1/orders/${o.id}/ready`).set(bearer(farmer)).expect(200);
    await sys.http().post(`/api/v1/orders/${o.id}/handover`).set(bearer(farmer)).expect(200);
    await sys.http().post(`/api/v1/orders/${o.id}/complete`).set(bearer(o.consumer)).expect(200);
  }
  return orders;
}
