import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import type { Caller, ProductSnapshotV1 } from '@app/contracts';
import { CatalogSubjects } from '@app/contracts';
import type { TestSystem } from '@app/testing';

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

/** A valid batch body; times relative to now (default: open since a minute ago, for an hour). */
export function batchBody(product: ProductSnapshotV1, overrides: Record<string, unknown> = {}) {
  const now = Date.now();
  return {
    productId: product.productId,
    harvestStart: '2026-06-01',
    harvestEnd: '2026-06-15',
    estimatedQuantity: 1200,
    reservableQuantity: 1000,
    depositPercent: 30,
    minQuantity: 1,
    maxQuantityPerConsumer: 10,
    preorderOpensAt: new Date(now - 60_000).toISOString(),
    preorderClosesAt: new Date(now + 3600_000).toISOString(),
    waitlist: false,
    pickupPoints: [
      {
        name: 'ศาลาหมู่บ้าน',
        address: 'หมู่ 3 ต.บ้านถ้ำ',
        windows: [{ start: '2026-06-16T08:00:00+07:00', end: '2026-06-16T12:00:00+07:00' }],
      },
    ],
    delivery: { feeSatang: 5000 },
    ...overrides,
  };
}

/** Creates a batch as its producer (minted token) and returns its id and pickup point ids. */
export async function givenBatch(
  sys: TestSystem,
  overrides: Record<string, unknown> = {},
  product?: ProductSnapshotV1,
) {
  const p = product ?? (await givenProduct(sys));
  const farmer = mintToken(sys, {
    userId: randomUUID(),
    roles: ['producer'],
    laoCode: p.laoCode,
    producerId: p.producerId,
  });
  const res = await sys
    .http()
    .post('/api/v1/batches')
    .set('authorization', `Bearer ${farmer}`)
    .send(batchBody(p, overrides));
  if (res.status !== 201) throw new Error(`creating batch failed: ${res.status} ${JSON.stringify(res.body)}`);
  // a draft is shown only to who may manage it
  const got = await sys
    .http()
    .get(`/api/v1/batches/${res.body.id}`)
    .set('authorization', `Bearer ${farmer}`)
    .expect(200);
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
  const r = sys.http().post(`/api/v1/batches/${batchId}/reservations`).set('authorization', `Bearer ${token}`);
  if (key !== null) r.set('idempotency-key', key);
  return r.send(body);
}
