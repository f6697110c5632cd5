import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { TestSystem } from '@app/testing';
import { batchBody, consumerToken, givenBatch, givenProduct, mintToken, reserve } from './support.js';

describe('harvest-preorder: batches and reserving', () => {
  let sys: TestSystem;
  let db: pg.Pool;
  let orderDb: pg.Pool;

  beforeAll(async () => {
    sys = await TestSystem.start({ services: ['catalog', 'harvest-preorder', 'order'] });
    db = new pg.Pool({ connectionString: sys.databaseUrl('harvest-preorder'), max: 2 });
    orderDb = new pg.Pool({ connectionString: sys.databaseUrl('order'), max: 2 });
  });
  afterAll(async () => {
    await db?.end();
    await orderDb?.end();
    await sys?.close();
  });

  const pickup = (pickupPointId: string) => ({ type: 'pickup', pickupPointId });

  it('creates a batch with the product snapshot; anyone reads it with its pickup point ids', async () => {
    const p = await givenProduct(sys, { priceSatang: 9_900 });
    const farmer = await sys.userWithRole('producer', { laoCode: p.laoCode, producerId: p.producerId });
    const res = await sys
      .http()
      .post('/api/v1/batches')
      .set('authorization', `Bearer ${farmer.token}`)
      .send(batchBody(p))
      .expect(201);
    expect(res.body).toEqual({ id: expect.any(String), status: 'draft' });
    const got = await sys
      .http()
      .get(`/api/v1/batches/${res.body.id}`)
      .set('authorization', `Bearer ${farmer.token}`)
      .expect(200);
    expect(got.body).toMatchObject({
      id: res.body.id,
      productName: p.productName,
      producerId: p.producerId,
      laoCode: '4560501',
      unitPriceSatang: 9_900,
      reservableQuantity: 1000,
      reservedQuantity: 0,
      remainingQuantity: 1000,
      pickupPoints: [{ id: expect.any(String), name: 'ศาลาหมู่บ้าน' }],
      delivery: { feeSatang: 5000 },
    });
    const list = await sys
      .http()
      .get('/api/v1/batches')
      .set('authorization', `Bearer ${farmer.token}`)
      .query({ laoCode: '4560501', category: 'fruit' })
      .expect(200);
    expect(list.body.map((b: { id: string }) => b.id)).toContain(res.body.id);
    const none = await sys
      .http()
      .get('/api/v1/batches')
      .set('authorization', `Bearer ${farmer.token}`)
      .query({ provinceCode: '10' })
      .expect(200);
    expect(none.body.map((b: { id: string }) => b.id)).not.toContain(res.body.id);
  });

  it("refuses a farmer touching another farmer's product, and accepts an admin of its LAO only", async () => {
    const p = await givenProduct(sys);
    const other = mintToken(sys, {
      userId: randomUUID(),
      roles: ['producer'],
      laoCode: p.laoCode,
      producerId: randomUUID(),
    });
    await sys.http().post('/api/v1/batches').set('authorization', `Bearer ${other}`).send(batchBody(p)).expect(403);
    const foreignAdmin = mintToken(sys, { userId: randomUUID(), roles: ['lao_admin'], laoCode: '4560502' });
    await sys
      .http()
      .post('/api/v1/batches')
      .set('authorization', `Bearer ${foreignAdmin}`)
      .send(batchBody(p))
      .expect(403);
    const admin = mintToken(sys, { userId: randomUUID(), roles: ['lao_admin'], laoCode: p.laoCode });
    await sys.http().post('/api/v1/batches').set('authorization', `Bearer ${admin}`).send(batchBody(p)).expect(201);
    const { id } = await givenBatch(sys);
    const res = await sys.http().post(`/api/v1/batches/${id}/open`).set('authorization', `Bearer ${other}`).expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
  });

  it('names every broken rule of a bad batch and writes nothing', async () => {
    const p = await givenProduct(sys);
    const farmer = mintToken(sys, {
      userId: randomUUID(),
      roles: ['producer'],
      laoCode: p.laoCode,
      producerId: p.producerId,
    });
    const bad = batchBody(p, {
      reservableQuantity: 2000,
      harvestStart: '2026-06-15',
      harvestEnd: '2026-06-01',
      preorderOpensAt: '2026-05-10T00:00:00Z',
      preorderClosesAt: '2026-05-01T00:00:00Z',
    });
    const res = await sys.http().post('/api/v1/batches').set('authorization', `Bearer ${farmer}`).send(bad).expect(400);
    expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'harvestEnd',
      'preorderClosesAt',
      'reservableQuantity',
    ]);
    const shape = await sys
      .http()
      .post('/api/v1/batches')
      .set('authorization', `Bearer ${farmer}`)
      .send(batchBody(p, { estimatedQuantity: 1.5, depositPercent: 101 }))
      .expect(400);
    expect(shape.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'depositPercent',
      'estimatedQuantity',
    ]);
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM batches WHERE product_id = $1`, [p.productId]);
    expect(rows[0].n).toBe(0);
    const unknown = await sys
      .http()
      .post('/api/v1/batches')
      .set('authorization', `Bearer ${farmer}`)
      .send({ ...batchBody(p), productId: randomUUID() })
      .expect(404);
    expect(unknown.body.fields[0].field).toBe('productId');
  });

  it('confirms a reservation with its order already open, and the same key returns the same one', async () => {
    const { id, pickupPointId } = await givenBatch(sys);
    const c = consumerToken(sys);
    const key = randomUUID();
    const first = await reserve(sys, id, c.token, { quantity: 3, fulfilment: pickup(pickupPointId) }, key).expect(201);
    expect(first.body).toEqual({
      id: expect.any(String),
      status: 'confirmed',
      quantity: 3,
      orderId: expect.any(String),
    });
    const order = await orderDb.query(
      `SELECT reservation_id, quantity, consumer_id, batch_id FROM orders WHERE id = $1`,
      [first.body.orderId],
    );
    expect(order.rows).toEqual([{ reservation_id: first.body.id, quantity: 3, consumer_id: c.id, batch_id: id }]);

    const again = await reserve(sys, id, c.token, { quantity: 3, fulfilment: pickup(pickupPointId) }, key).expect(201);
    expect(again.body).toEqual(first.body);
    const [a, b] = await Promise.all([
      reserve(sys, id, c.token, { quantity: 1, fulfilment: pickup(pickupPointId) }, 'race-key'),
      reserve(sys, id, c.token, { quantity: 1, fulfilment: pickup(pickupPointId) }, 'race-key'),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).toBe(b.body.id);
    const batch = await sys.http().get(`/api/v1/batches/${id}`).expect(200);
    expect(batch.body).toMatchObject({ reservedQuantity: 4, remainingQuantity: 996 });
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM reservations WHERE batch_id = $1`, [id]);
    expect(rows[0].n).toBe(2);
  });

  it('requires the Idempotency-Key header and a consumer login', async () => {
    const { id, pickupPointId, farmer } = await givenBatch(sys);
    const c = consumerToken(sys);
    const res = await reserve(sys, id, c.token, { quantity: 1, fulfilment: pickup(pickupPointId) }, null).expect(400);
    expect(res.body.fields).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
    await reserve(sys, id, farmer, { quantity: 1, fulfilment: pickup(pickupPointId) }).expect(403);
    await sys
      .http()
      .post(`/api/v1/batches/${id}/reservations`)
      .set('idempotency-key', 'k')
      .send({ quantity: 1, fulfilment: pickup(pickupPointId) })
      .expect(401);
  });

  it.each([
    [0, 'quantity'],
    [-2, 'quantity'],
    [1.5, 'quantity'],
    ['2', 'quantity'],
  ])('refuses quantity %p naming the field', async (quantity, field) => {
    const { id, pickupPointId } = await givenBatch(sys);
    const res = await reserve(sys, id, consumerToken(sys).token, {
      quantity,
      fulfilment: pickup(pickupPointId),
    }).expect(400);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
  });

  it('refuses a pickup point of another batch, delivery where there is none, and below the minimum — writing nothing', async () => {
    const a = await givenBatch(sys, { delivery: undefined, minQuantity: 2 });
    const b = await givenBatch(sys);
    const c = consumerToken(sys);
    const other = await reserve(sys, a.id, c.token, { quantity: 2, fulfilment: pickup(b.pickupPointId) }).expect(400);
    expect(other.body.fields).toEqual([expect.objectContaining({ field: 'fulfilment.pickupPointId' })]);
    const addr = {
      line1: '1 หมู่ 3',
      districtCode: '5605',
      provinceCode: '56',
      postalCode: '56120',
      phone: '0812345678',
    };
    const delivery = await reserve(sys, a.id, c.token, {
      quantity: 2,
      fulfilment: { type: 'delivery', address: addr },
    }).expect(400);
    expect(delivery.body.fields).toEqual([expect.objectContaining({ field: 'fulfilment.type' })]);
    const below = await reserve(sys, a.id, c.token, { quantity: 1, fulfilment: pickup(a.pickupPointId) }).expect(400);
    expect(below.body.fields).toEqual([expect.objectContaining({ field: 'quantity' })]);
    const noAddr = await reserve(sys, b.id, c.token, { quantity: 1, fulfilment: { type: 'delivery' } }).expect(400);
    expect(noAddr.body.fields.map((f: { field: string }) => f.field)).toContain('fulfilment.address');
    const { rows } = await db.query(
      `SELECT (SELECT count(*)::int FROM reservations WHERE batch_id = $1) AS r, (SELECT count(*)::int FROM consumer_holds WHERE batch_id = $1) AS h`,
      [a.id],
    );
    expect(rows[0]).toEqual({ r: 0, h: 0 });
    const ok = await reserve(sys, b.id, c.token, {
      quantity: 1,
      fulfilment: { type: 'delivery', address: addr },
    }).expect(201);
    const order = await orderDb.query(`SELECT delivery_fee_satang::int AS fee, fulfilment FROM orders WHERE id = $1`, [
      ok.body.orderId,
    ]);
    expect(order.rows[0]).toMatchObject({ fee: 5000, fulfilment: { type: 'delivery', address: addr } });
  });

  it('counts the per-consumer maximum across all reservations of the batch', async () => {
    const { id, pickupPointId } = await givenBatch(sys, { maxQuantityPerConsumer: 5 });
    const c = consumerToken(sys);
    await reserve(sys, id, c.token, { quantity: 3, fulfilment: pickup(pickupPointId) }).expect(201);
    const over = await reserve(sys, id, c.token, { quantity: 3, fulfilment: pickup(pickupPointId) }).expect(409);
    expect(over.body).toMatchObject({ code: 'LIMIT_EXCEEDED', fields: [{ field: 'quantity' }] });
    const tooMany = await reserve(sys, id, consumerToken(sys).token, {
      quantity: 6,
      fulfilment: pickup(pickupPointId),
    }).expect(409);
    expect(tooMany.body.code).toBe('LIMIT_EXCEEDED');
    await reserve(sys, id, c.token, { quantity: 2, fulfilment: pickup(pickupPointId) }).expect(201);
  });

  it('confirms what remains when partial is allowed, else refuses SOLD_OUT (or waitlists when the batch has a waitlist)', async () => {
    const { id, pickupPointId } = await givenBatch(sys, { reservableQuantity: 5, estimatedQuantity: 5 });
    await reserve(sys, id, consumerToken(sys).token, { quantity: 4, fulfilment: pickup(pickupPointId) }).expect(201);
    const strict = await reserve(sys, id, consumerToken(sys).token, {
      quantity: 3,
      allowPartial: false,
      fulfilment: pickup(pickupPointId),
    }).expect(409);
    expect(strict.body.code).toBe('SOLD_OUT');
    const partial = await reserve(sys, id, consumerToken(sys).token, {
      quantity: 3,
      fulfilment: pickup(pickupPointId),
    }).expect(201);
    expect(partial.body).toMatchObject({ status: 'confirmed', quantity: 1 });
    const none = await reserve(sys, id, consumerToken(sys).token, {
      quantity: 1,
      fulfilment: pickup(pickupPointId),
    }).expect(409);
    expect(none.body.code).toBe('SOLD_OUT');

    const w = await givenBatch(sys, { reservableQuantity: 2, estimatedQuantity: 2, waitlist: true });
    await reserve(sys, w.id, consumerToken(sys).token, { quantity: 2, fulfilment: pickup(w.pickupPointId) }).expect(
      201,
    );
    const waiting = await reserve(sys, w.id, consumerToken(sys).token, {
      quantity: 1,
      fulfilment: pickup(w.pickupPointId),
    }).expect(201);
    expect(waiting.body).toEqual({ id: expect.any(String), status: 'waitlisted', quantity: 1, orderId: null });
  });

  it('refuses NOT_OPEN before the window and after it, and SOLD_OUT after a close on selling out', async () => {
    const early = await givenBatch(sys, {
      preorderOpensAt: new Date(Date.now() + 3600_000).toISOString(),
      preorderClosesAt: new Date(Date.now() + 7200_000).toISOString(),
    });
    const res = await reserve(sys, early.id, consumerToken(sys).token, {
      quantity: 1,
      fulfilment: pickup(early.pickupPointId),
    }).expect(409);
    expect(res.body.code).toBe('NOT_OPEN');

    const s = await givenBatch(sys, {
      reservableQuantity: 2,
      estimatedQuantity: 2,
      closeWhenSoldOut: true,
      waitlist: true,
    });
    await reserve(sys, s.id, consumerToken(sys).token, { quantity: 2, fulfilment: pickup(s.pickupPointId) }).expect(
      201,
    );
    const batch = await sys.http().get(`/api/v1/batches/${s.id}`).expect(200);
    expect(batch.body).toMatchObject({ status: 'closed', soldOut: true, remainingQuantity: 0 });
    const after = await reserve(sys, s.id, consumerToken(sys).token, {
      quantity: 1,
      fulfilment: pickup(s.pickupPointId),
    }).expect(409);
    expect(after.body.code).toBe('SOLD_OUT');

    const closed = await givenBatch(sys);
    await reserve(sys, closed.id, consumerToken(sys).token, {
      quantity: 1,
      fulfilment: pickup(closed.pickupPointId),
    }).expect(201);
    await sys
      .http()
      .post(`/api/v1/batches/${closed.id}/close`)
      .set('authorization', `Bearer ${closed.farmer}`)
      .expect(200);
    const late = await reserve(sys, closed.id, consumerToken(sys).token, {
      quantity: 1,
      fulfilment: pickup(closed.pickupPointId),
    }).expect(409);
    expect(late.body.code).toBe('NOT_OPEN');
  });
});
