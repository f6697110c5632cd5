import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import type pg from 'pg';
import type { Env } from '@app/config';
import type { BatchAction, Caller, ProductSnapshotV1 } from '@app/contracts';
import { CatalogSubjects } from '@app/contracts';
import { bearer, marketBatchBody, useTestSystem } from '@app/testing';
import type { SuiteOptions, TestSystem } from '@app/testing';

/** The services harvest-preorder's suites start: products come from the catalog, orders are opened by order. */
export const PREORDER_SERVICES = ['catalog', 'harvest-preorder', 'order'] as const;

/**
 * The start-up of harvest-preorder's suites: catalog, harvest-preorder and order, with a pool on
 * harvest-preorder's database (`db`) and one on order's (`orderDb`).
 */
export function usePreorderSystem(env: Env = {}, more: Pick<SuiteOptions<never>, 'poolSize' | 'nats'> = {}) {
  return useTestSystem({
    services: PREORDER_SERVICES,
    env,
    pools: { db: 'harvest-preorder', orderDb: 'order' },
    ...more,
  });
}

/**
 * A product of a producer (by default a community enterprise of 12 in เทศบาลเมืองดอกคำใต้, พะเยา), created through
 * the real catalog API as LAO staff would, and the snapshot the catalog answers for it. Suites start the
 * catalog with harvest-preorder and order.
 */
export async function givenProduct(
  sys: TestSystem,
  overrides: Partial<ProductSnapshotV1> = {},
): Promise<ProductSnapshotV1> {
  const admin = `Bearer ${await sys.adminToken()}`;
  const kind = overrides.producerKind ?? 'community_enterprise';
  const producer = await sys
    .http()
    .post('/api/v1/producers')
    .set('authorization', admin)
    .send({
      kind,
      name: overrides.producerName ?? `วิสาหกิจชุมชนบ้านถ้ำ ${randomUUID().slice(0, 6)}`,
      laoCode: overrides.laoCode ?? '4560501',
      memberCount: kind === 'community_enterprise' ? (overrides.producerMemberCount ?? 12) : 1,
      contacts: { phone: '0812345678' },
      publishContacts: true,
      promptPayId: overrides.promptPayId ?? '0812345678',
    });
  if (producer.status !== 201) throw new Error(`producer: ${producer.status} ${JSON.stringify(producer.body)}`);
  const product = await sys
    .http()
    .post('/api/v1/products')
    .set('authorization', admin)
    .send({
      producerId: producer.body.id,
      name: overrides.productName ?? 'ลิ้นจี่ดอกคำใต้',
      category: overrides.category ?? 'fruit',
      unit: overrides.unit ?? 'kg',
      priceSatang: overrides.priceSatang ?? 12_000,
    });
  if (product.status !== 201) throw new Error(`product: ${product.status} ${JSON.stringify(product.body)}`);
  return sys.rpc<ProductSnapshotV1>(CatalogSubjects.getProductSnapshot, { productId: product.body.id });
}

/**
 * An access token signed with the system's JWT_SECRET, exactly as the gateway signs them — for suites that
 * need hundreds of consumers (argon2 registrations would take minutes). Its user is written to the gateway's
 * database before the next request (a token naming no user is refused). Identity itself is tested elsewhere.
 */
export function mintToken(sys: TestSystem, caller: Caller): string {
  const claims: Record<string, unknown> = { sub: caller.userId, name: 'test', roles: caller.roles };
  if (caller.laoCode) claims.laoCode = caller.laoCode;
  if (caller.producerId) claims.producerId = caller.producerId;
  if (caller.provinceCode) claims.provinceCode = caller.provinceCode;
  sys.registerMintedUser(caller);
  return new JwtService({ secret: sys.env.JWT_SECRET }).sign(claims, { expiresIn: 3600 });
}

export function consumerToken(sys: TestSystem): { id: string; token: string } {
  const id = randomUUID();
  return { id, token: mintToken(sys, { userId: id, roles: ['consumer'] }) };
}

/** A producer login of the product's LAO: of the product's producer, or of another one (`producerId`). */
export function producerToken(
  sys: TestSystem,
  product: Pick<ProductSnapshotV1, 'laoCode' | 'producerId'>,
  producerId = product.producerId,
): string {
  return mintToken(sys, { userId: randomUUID(), roles: ['producer'], laoCode: product.laoCode, producerId });
}

/** POST /batches as `token`. */
export function postBatch(sys: TestSystem, token: string, body: Record<string, unknown>) {
  return sys.http().post('/api/v1/batches').set(bearer(token)).send(body);
}

/** GET /batches/:id, as a visitor or as `token`. */
export function getBatch(sys: TestSystem, batchId: string, token?: string) {
  const req = sys.http().get(`/api/v1/batches/${batchId}`);
  return token ? req.set(bearer(token)) : req;
}

/** The ids GET /batches lists for `query`, as a visitor or as `token`. */
export async function listedBatchIds(sys: TestSystem, query: Record<string, string>, token?: string) {
  const req = sys.http().get('/api/v1/batches').query(query);
  const res = await (token ? req.set(bearer(token)) : req).expect(200);
  return (res.body as Array<{ id: string }>).map((b) => b.id);
}

/** A batch's action (open, close, harvest with its body, …) as `token`. */
export function batchAction(
  sys: TestSystem,
  batchId: string,
  action: BatchAction,
  token: string,
  body?: Record<string, unknown>,
) {
  const req = sys.http().post(`/api/v1/batches/${batchId}/${action}`).set(bearer(token));
  return body ? req.send(body) : req;
}

export const pickup = (pickupPointId: string) => ({ type: 'pickup', pickupPointId });

/**
 * A valid batch body: libs/testing's marketBatchBody (open since a minute ago, for an hour) with this app's
 * larger quantities, a June harvest, a pickup point with a window and delivery at 50 baht.
 */
export function batchBody(product: ProductSnapshotV1, overrides: Record<string, unknown> = {}) {
  return marketBatchBody(product.productId, {
    harvestStart: '2026-06-01',
    harvestEnd: '2026-06-15',
    estimatedQuantity: 1200,
    reservableQuantity: 1000,
    pickupPoints: [
      {
        name: 'ศาลาหมู่บ้าน',
        address: 'หมู่ 3 ต.บ้านถ้ำ',
        windows: [{ start: '2026-06-16T08:00:00+07:00', end: '2026-06-16T12:00:00+07:00' }],
      },
    ],
    delivery: { feeSatang: 5000 },
    ...overrides,
  });
}

/** A sale window opening in an hour (for an hour): the batch stays a draft, the sweeper leaves it alone. */
export function opensInAnHour() {
  return {
    preorderOpensAt: new Date(Date.now() + 3600_000).toISOString(),
    preorderClosesAt: new Date(Date.now() + 7200_000).toISOString(),
  };
}

/** Creates a batch as its producer (minted token) and returns its id and pickup point ids. */
export async function givenBatch(
  sys: TestSystem,
  overrides: Record<string, unknown> = {},
  product?: ProductSnapshotV1,
) {
  const p = product ?? (await givenProduct(sys));
  const farmer = producerToken(sys, p);
  const res = await postBatch(sys, farmer, batchBody(p, overrides));
  if (res.status !== 201) throw new Error(`creating batch failed: ${res.status} ${JSON.stringify(res.body)}`);
  // a draft is shown only to who may manage it
  const got = await getBatch(sys, res.body.id, farmer).expect(200);
  return {
    id: res.body.id as string,
    product: p,
    farmer,
    pickupPointId: got.body.pickupPoints[0]?.id as string,
    batch: got.body,
  };
}

export function reserve(
  sys: TestSystem,
  batchId: string,
  token: string,
  body: Record<string, unknown>,
  key: string | null = randomUUID(),
) {
  const r = sys.http().post(`/api/v1/batches/${batchId}/reservations`).set(bearer(token));
  if (key !== null) r.set('idempotency-key', key);
  return r.send(body);
}

/** Cancels a reservation (DELETE /reservations/:id) as `token`; after close the body gives the reason. */
export function cancelReservation(sys: TestSystem, reservationId: string, token: string, body?: { reason: string }) {
  const req = sys.http().delete(`/api/v1/reservations/${reservationId}`).set(bearer(token));
  return body ? req.send(body) : req;
}

/** Buys stock on hand (POST /batches/:id/purchases) as `token`, under an Idempotency-Key. */
export function purchase(
  sys: TestSystem,
  batchId: string,
  token: string,
  body: Record<string, unknown>,
  key: string = randomUUID(),
) {
  return sys
    .http()
    .post(`/api/v1/batches/${batchId}/purchases`)
    .set(bearer(token))
    .set('idempotency-key', key)
    .send(body);
}

/**
 * Reserves `quantity` at the batch's (first) pickup point, as a new consumer unless `as` gives one; `allowPartial`
 * and `key` as for `reserve`.
 */
export function reserveAt(
  sys: TestSystem,
  batch: { id: string; pickupPointId: string },
  quantity: number,
  { as = consumerToken(sys).token, allowPartial, key }: { as?: string; allowPartial?: boolean; key?: string } = {},
) {
  const body = {
    quantity,
    ...(allowPartial === undefined ? {} : { allowPartial }),
    fulfilment: pickup(batch.pickupPointId),
  };
  return reserve(sys, batch.id, as, body, key);
}

/**
 * Every number harvest-preorder's database keeps about a batch agrees with its reservations: the counter, what
 * is confirmed, each consumer's hold; none past the batch's limits.
 */
export async function assertBooksBalance(db: pg.Pool, batchId: string) {
  const b = (
    await db.query(`SELECT reserved, reservable_quantity, max_per_consumer FROM batches WHERE id = $1`, [batchId])
  ).rows[0];
  const held = (
    await db.query(
      `SELECT coalesce(sum(quantity), 0)::int AS q FROM reservations WHERE batch_id = $1 AND status = 'confirmed'`,
      [batchId],
    )
  ).rows[0].q;
  expect(b.reserved).toBe(held);
  expect(held).toBeLessThanOrEqual(b.reservable_quantity);
  const holds = await db.query(
    `SELECT h.consumer_id, h.held, coalesce((SELECT sum(quantity) FROM reservations r WHERE r.batch_id = h.batch_id AND r.consumer_id = h.consumer_id
            AND r.status IN ('confirmed', 'waitlisted')), 0)::int AS actual
       FROM consumer_holds h WHERE h.batch_id = $1`,
    [batchId],
  );
  for (const h of holds.rows) {
    expect(h.held).toBe(h.actual);
    expect(h.held).toBeLessThanOrEqual(b.max_per_consumer);
  }
  // a waitlisted reservation waits only while nothing it could take is free
  return { reserved: b.reserved as number, reservable: b.reservable_quantity as number };
}
