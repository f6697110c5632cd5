import { randomUUID } from 'node:crypto';
import { connect, NatsConnection } from '@nats-io/transport-node';
import { JwtService } from '@nestjs/jwt';
import type { Caller, LaoV1, ProductSnapshotV1 } from '@app/contracts';
import { CatalogSubjects } from '@app/contracts';
import type { TestSystem } from '@app/testing';

/**
 * ─── THE ONE PLACE TO SWITCH TO THE REAL CATALOG API AFTER MERGE ───────────────────────────────────────
 * The catalog's products API is being built in parallel, so for now these suites do NOT start the catalog
 * app and this helper answers the catalog's NATS subjects itself, in Nest's NATS wire format (request
 * `{pattern, data, id}`, reply `{id, response, isDisposed: true}` or `{id, err, isDisposed: true}`):
 * - 'catalog.products.snapshot' {productId} → the ProductSnapshotV1 registered by givenProduct();
 * - 'catalog.laos.get' {code} → a minimal LAO, and 'catalog.producers.get' {id} → the producer of a registered
 *   product (the gateway checks both when an admin creates a producer login, main's CatalogSubjects.getProducer).
 * After merge: start the catalog too (`TestSystem.start({ services: ['catalog', 'harvest-preorder', 'order'] })`),
 * and make givenProduct create the producer and product through POST /api/v1/producers and
 * POST /api/v1/products, returning the snapshot the catalog answers. Nothing else in the tests changes.
 */
const stubs = new WeakMap<TestSystem, { nc: NatsConnection; products: Map<string, ProductSnapshotV1> }>();

async function catalogStub(sys: TestSystem) {
  let s = stubs.get(sys);
  if (s) return s;
  const nc = await connect({ servers: sys.env.NATS_URL!.replace('nats://', '') });
  const products = new Map<string, ProductSnapshotV1>();
  s = { nc, products };
  stubs.set(sys, s);
  const reply = (subject: string, answer: (data: any) => { response?: unknown; err?: unknown }) =>
    nc.subscribe(subject, {
      queue: 'catalog',
      callback: (_e, m) => {
        const req = m.json<{ id: string; data: { data: any } }>();
        m.respond(JSON.stringify({ id: req.id, ...answer(req.data?.data ?? {}), isDisposed: true }));
      },
    });
  reply(CatalogSubjects.getProductSnapshot, (d: { productId?: string }) => {
    const p = d.productId ? products.get(d.productId) : undefined;
    return p ? { response: p } : { err: { code: 'NOT_FOUND', message: `Product ${d.productId} not found`, fields: [{ field: 'productId', message: 'not found' }] } };
  });
  reply(CatalogSubjects.getLao, (d: { code: string }) => {
    const lao: LaoV1 = { code: d.code, type: 'town_municipality', typeTh: 'เทศบาลเมือง', nameTh: 'ดอกคำใต้', displayNameTh: 'เทศบาลเมืองดอกคำใต้', districtCode: '5605', provinceCode: '56', lat: null, lon: null };
    return { response: lao };
  });
  // main's CatalogSubjects.getProducer (not on this branch yet, hence the literal)
  reply('catalog.producers.get', (d: { id?: string }) => {
    const p = [...products.values()].find((x) => x.producerId === d.id);
    if (!p) return { err: { code: 'NOT_FOUND', message: `Producer ${d.id} not found` } };
    const now = new Date().toISOString();
    const producer = { id: p.producerId, kind: p.producerKind, name: p.producerName, memberCount: p.producerMemberCount, publishContacts: false, contacts: {},
      laoCode: p.laoCode, districtCode: p.districtCode, provinceCode: p.provinceCode, createdAt: now, updatedAt: now };
    return { response: producer };
  });
  await nc.flush();
  return s;
}

/** A product of a producer in เทศบาลเมืองดอกคำใต้ (พะเยา), answered by the catalog stub above. */
export async function givenProduct(sys: TestSystem, overrides: Partial<ProductSnapshotV1> = {}): Promise<ProductSnapshotV1> {
  const s = await catalogStub(sys);
  const p: ProductSnapshotV1 = {
    productId: randomUUID(),
    productName: 'ลิ้นจี่ดอกคำใต้',
    category: 'fruit',
    unit: 'kg',
    priceSatang: 12_000,
    producerId: randomUUID(),
    producerName: 'วิสาหกิจชุมชนบ้านถ้ำ',
    producerKind: 'community_enterprise',
    producerMemberCount: 12,
    promptPayId: '0812345678',
    laoCode: '4560501',
    districtCode: '5605',
    provinceCode: '56',
    ...overrides,
  };
  s.products.set(p.productId, p);
  return p;
}

/** Closes the stub's connection (call before sys.close()). */
export async function closeCatalogStub(sys: TestSystem): Promise<void> {
  await stubs.get(sys)?.nc.drain().catch(() => undefined);
  stubs.delete(sys);
}

/**
 * An access token signed with the system's JWT_SECRET, exactly as the gateway signs them — for suites that
 * need hundreds of consumers (argon2 registrations would take minutes). Identity itself is tested elsewhere.
 */
export function mintToken(sys: TestSystem, caller: Caller): string {
  const claims: Record<string, unknown> = { sub: caller.userId, name: 'test', roles: caller.roles };
  if (caller.laoCode) claims.laoCode = caller.laoCode;
  if (caller.producerId) claims.producerId = caller.producerId;
  if (caller.provinceCode) claims.provinceCode = caller.provinceCode;
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
    pickupPoints: [{ name: 'ศาลาหมู่บ้าน', address: 'หมู่ 3 ต.บ้านถ้ำ', windows: [{ start: '2026-06-16T08:00:00+07:00', end: '2026-06-16T12:00:00+07:00' }] }],
    delivery: { feeSatang: 5000 },
    ...overrides,
  };
}

/** Creates a batch as its producer (minted token) and returns its id and pickup point ids. */
export async function givenBatch(sys: TestSystem, overrides: Record<string, unknown> = {}, product?: ProductSnapshotV1) {
  const p = product ?? (await givenProduct(sys));
  const farmer = mintToken(sys, { userId: randomUUID(), roles: ['producer'], laoCode: p.laoCode, producerId: p.producerId });
  const res = await sys.http().post('/api/v1/batches').set('authorization', `Bearer ${farmer}`).send(batchBody(p, overrides));
  if (res.status !== 201) throw new Error(`creating batch failed: ${res.status} ${JSON.stringify(res.body)}`);
  const got = await sys.http().get(`/api/v1/batches/${res.body.id}`).expect(200);
  return { id: res.body.id as string, product: p, farmer, pickupPointId: got.body.pickupPoints[0]?.id as string, batch: got.body };
}

export function reserve(sys: TestSystem, batchId: string, token: string, body: Record<string, unknown>, key: string | null = randomUUID()) {
  const r = sys.http().post(`/api/v1/batches/${batchId}/reservations`).set('authorization', `Bearer ${token}`);
  if (key !== null) r.set('idempotency-key', key);
  return r.send(body);
}
