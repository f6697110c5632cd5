import { randomUUID } from 'node:crypto';
import type { ProductSnapshotV1 } from '@app/contracts';
import { CatalogSubjects } from '@app/contracts';
import { eventually } from '@app/testing';
import type { TestSystem } from '@app/testing';
import { bearer, createProducer, createProduct } from '../../catalog/test/catalog-fixtures.js';
import { givenBatch } from '../../harvest-preorder/test/support.js';

/**
 * A producer's product with a story and a photo (served by the gateway itself: the browser reaches no
 * outside network) and an open batch of it, made through the public API as LAO staff and the farmer would.
 */
export async function givenShop(sys: TestSystem, batch: Record<string, unknown> = {}) {
  const admin = await sys.adminToken();
  const tag = randomUUID().slice(0, 6);
  const producer = await createProducer(sys, admin);
  const product = await createProduct(sys, admin, producer.id, {
    name: `มะม่วงน้ำดอกไม้สีทอง ${tag}`,
    priceSatang: 12050,
    story: 'สวนของลุงมาอยู่ริมกว๊านพะเยา เก็บมะม่วงตอนเช้าแล้วบ่มด้วยวิธีธรรมชาติ',
    media: [{ type: 'photo', url: `${sys.url}/og-default.png` }],
  });
  const snapshot = await sys.rpc<ProductSnapshotV1>(CatalogSubjects.getProductSnapshot, { productId: product.id });
  const b = await givenBatch(sys, { depositPercent: 30, maxQuantityPerConsumer: 10, ...batch }, snapshot);
  return { product, batch: b.batch, batchId: b.id, farmer: b.farmer, pickupPointId: b.pickupPointId, tag };
}

/** Waits until the batch sweeper opened the batch (its pre-order window started a minute ago). */
export async function whenOpen(sys: TestSystem, batchId: string): Promise<void> {
  await eventually(async () => (await sys.http().get(`/api/v1/batches/${batchId}`)).body.status === 'open');
}

/** givenShop, once the batch sweeper has opened its batch: the shop a consumer can reserve from. */
export async function givenOpenShop(sys: TestSystem, batch: Record<string, unknown> = {}) {
  const shop = await givenShop(sys, batch);
  await whenOpen(sys, shop.batchId);
  return shop;
}

export { bearer };
