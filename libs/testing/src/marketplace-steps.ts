import { randomUUID } from 'node:crypto';
import { createOpenBatch } from './batches.js';
import { bearer } from './http.js';
import type { TestSystem } from './system.js';

/**
 * The steps of an order through the gateway's API, as a consumer and the farmer take them, for the suites
 * that walk an order along (the order's own rules are tested in apps/order/test and apps/harvest-preorder/test).
 */

/**
 * A batch body for `productId` whose pre-order opened a minute ago and closes in an hour, harvested in December,
 * picked up at the municipal market: 10 of 20 units reservable, at most 10 a consumer, a 30 % deposit.
 * `overrides` replace any of it.
 */
export function marketBatchBody(productId: string, overrides: Record<string, unknown> = {}) {
  const now = Date.now();
  return {
    productId,
    harvestStart: '2026-12-10',
    harvestEnd: '2026-12-20',
    estimatedQuantity: 20,
    reservableQuantity: 10,
    depositPercent: 30,
    minQuantity: 1,
    maxQuantityPerConsumer: 10,
    preorderOpensAt: new Date(now - 60_000).toISOString(),
    preorderClosesAt: new Date(now + 3_600_000).toISOString(),
    waitlist: false,
    pickupPoints: [{ name: 'ตลาดสดเทศบาล', address: 'ดอกคำใต้' }],
    ...overrides,
  };
}

/** Creates a batch of `marketBatchBody(productId, overrides)` as its farmer and opens it (createOpenBatch). */
export async function openMarketBatch(
  sys: TestSystem,
  farmerToken: string,
  productId: string,
  overrides: Record<string, unknown> = {},
) {
  const body = marketBatchBody(productId, overrides);
  const batch = await createOpenBatch(sys, farmerToken, body);
  return { batchId: batch.id, pickupPointId: batch.pickupPoints[0].id as string, batch, body };
}

/** POST /batches/:id/reservations as `token`: `quantity` for pickup, under a fresh Idempotency-Key (`.expect` it). */
export function reserveForPickup(
  sys: TestSystem,
  batchId: string,
  token: string,
  quantity: number,
  pickupPointId: string,
) {
  return postForPickup(sys, `/api/v1/batches/${batchId}/reservations`, token, quantity, pickupPointId);
}

/** POST /batches/:id/purchases (stock on hand) as `token`: `quantity` for pickup, under a fresh Idempotency-Key. */
export function purchaseForPickup(
  sys: TestSystem,
  batchId: string,
  token: string,
  quantity: number,
  pickupPointId: string,
) {
  return postForPickup(sys, `/api/v1/batches/${batchId}/purchases`, token, quantity, pickupPointId);
}

function postForPickup(sys: TestSystem, path: string, token: string, quantity: number, pickupPointId: string) {
  return sys
    .http()
    .post(path)
    .set(bearer(token))
    .set('idempotency-key', randomUUID())
    .send({ quantity, fulfilment: { type: 'pickup', pickupPointId } });
}

/** GET /orders/:id as `token` (→ 200): the order as its consumer or farmer sees it. */
export async function readOrder(sys: TestSystem, token: string, orderId: string) {
  return (await sys.http().get(`/api/v1/orders/${orderId}`).set(bearer(token)).expect(200)).body;
}

/** Money received for an order, posted as the holder of `token` (POST /orders/:id/payments); the caller checks the answer. */
export function postPayment(
  sys: TestSystem,
  token: string,
  orderId: string,
  payment: { amountSatang: number; method: string; reference: string },
) {
  return sys.http().post(`/api/v1/orders/${orderId}/payments`).set(bearer(token)).send(payment);
}

/** The farmer records money received for an order (postPayment → 201); answers the order. */
export async function recordPayment(
  sys: TestSystem,
  farmerToken: string,
  orderId: string,
  payment: { amountSatang: number; method: string; reference: string },
) {
  return postPayment(sys, farmerToken, orderId, payment).expect(201);
}

/** The farmer closes the batch's pre-order (→ 200) and records the harvest (→ 200). */
export async function closeAndHarvest(
  sys: TestSystem,
  farmerToken: string,
  batchId: string,
  actualQuantity: number,
): Promise<void> {
  await sys.http().post(`/api/v1/batches/${batchId}/close`).set(bearer(farmerToken)).expect(200);
  await sys
    .http()
    .post(`/api/v1/batches/${batchId}/harvest`)
    .set(bearer(farmerToken))
    .send({ actualQuantity })
    .expect(200);
}
