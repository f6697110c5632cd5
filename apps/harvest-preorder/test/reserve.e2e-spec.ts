import { randomUUID } from 'node:crypto';
import { fieldsOf } from '@app/testing';
import {
  batchAction,
  batchBody,
  consumerToken,
  getBatch,
  givenBatch,
  givenProduct,
  listedBatchIds,
  mintToken,
  opensInAnHour,
  pickup,
  postBatch,
  producerToken,
  reserve,
  reserveAt,
  usePreorderSystem,
} from './support.js';

describe('harvest-preorder: batches and reserving', () => {
  const t = usePreorderSystem();

  it('creates a batch with the product snapshot; anyone reads it with its pickup point ids', async () => {
    const p = await givenProduct(t.sys, { priceSatang: 9_900 });
    const farmer = await t.sys.userWithRole('producer', { laoCode: p.laoCode, producerId: p.producerId });
    const res = await postBatch(t.sys, farmer.token, batchBody(p)).expect(201);
    expect(res.body).toEqual({ id: expect.any(String), status: 'draft' });
    const got = await getBatch(t.sys, res.body.id, farmer.token).expect(200);
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
    expect(await listedBatchIds(t.sys, { laoCode: '4560501', category: 'fruit' }, farmer.token)).toContain(res.body.id);
    expect(await listedBatchIds(t.sys, { provinceCode: '10' }, farmer.token)).not.toContain(res.body.id);
  });

  it("refuses a farmer touching another farmer's product, and accepts an admin of its LAO only", async () => {
    const p = await givenProduct(t.sys);
    const other = producerToken(t.sys, p, randomUUID());
    await postBatch(t.sys, other, batchBody(p)).expect(403);
    const foreignAdmin = mintToken(t.sys, { userId: randomUUID(), roles: ['lao_admin'], laoCode: '4560502' });
    await postBatch(t.sys, foreignAdmin, batchBody(p)).expect(403);
    const admin = mintToken(t.sys, { userId: randomUUID(), roles: ['lao_admin'], laoCode: p.laoCode });
    await postBatch(t.sys, admin, batchBody(p)).expect(201);
    const { id } = await givenBatch(t.sys);
    const res = await batchAction(t.sys, id, 'open', other).expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
  });

  it('names every broken rule of a bad batch and writes nothing', async () => {
    const p = await givenProduct(t.sys);
    const farmer = producerToken(t.sys, p);
    const bad = batchBody(p, {
      reservableQuantity: 2000,
      harvestStart: '2026-06-15',
      harvestEnd: '2026-06-01',
      preorderOpensAt: '2026-05-10T00:00:00Z',
      preorderClosesAt: '2026-05-01T00:00:00Z',
    });
    const res = await postBatch(t.sys, farmer, bad).expect(400);
    expect(fieldsOf(res).sort()).toEqual(['harvestEnd', 'preorderClosesAt', 'reservableQuantity']);
    const shape = await postBatch(t.sys, farmer, batchBody(p, { estimatedQuantity: 1.5, depositPercent: 101 })).expect(
      400,
    );
    expect(fieldsOf(shape).sort()).toEqual(['depositPercent', 'estimatedQuantity']);
    const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM batches WHERE product_id = $1`, [p.productId]);
    expect(rows[0].n).toBe(0);
    const unknown = await postBatch(t.sys, farmer, { ...batchBody(p), productId: randomUUID() }).expect(404);
    expect(unknown.body.fields[0].field).toBe('productId');
  });

  it('confirms a reservation with its order already open, and the same key returns the same one', async () => {
    const b = await givenBatch(t.sys);
    const { id } = b;
    const c = consumerToken(t.sys);
    const key = randomUUID();
    const first = await reserveAt(t.sys, b, 3, { as: c.token, key }).expect(201);
    expect(first.body).toEqual({
      id: expect.any(String),
      status: 'confirmed',
      quantity: 3,
      orderId: expect.any(String),
    });
    const order = await t.orderDb.query(
      `SELECT reservation_id, quantity, consumer_id, batch_id FROM orders WHERE id = $1`,
      [first.body.orderId],
    );
    expect(order.rows).toEqual([{ reservation_id: first.body.id, quantity: 3, consumer_id: c.id, batch_id: id }]);

    const again = await reserveAt(t.sys, b, 3, { as: c.token, key }).expect(201);
    expect(again.body).toEqual(first.body);
    const [x, y] = await Promise.all([
      reserveAt(t.sys, b, 1, { as: c.token, key: 'race-key' }),
      reserveAt(t.sys, b, 1, { as: c.token, key: 'race-key' }),
    ]);
    expect([x.status, y.status]).toEqual([201, 201]);
    expect(x.body.id).toBe(y.body.id);
    const batch = await getBatch(t.sys, id).expect(200);
    expect(batch.body).toMatchObject({ reservedQuantity: 4, remainingQuantity: 996 });
    const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM reservations WHERE batch_id = $1`, [id]);
    expect(rows[0].n).toBe(2);
  });

  it('requires the Idempotency-Key header and a consumer login', async () => {
    const b = await givenBatch(t.sys);
    const { id, pickupPointId } = b;
    const c = consumerToken(t.sys);
    const res = await reserve(t.sys, id, c.token, { quantity: 1, fulfilment: pickup(pickupPointId) }, null).expect(400);
    expect(res.body.fields).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
    await reserveAt(t.sys, b, 1, { as: b.farmer }).expect(403);
    await t.sys
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
    const { id, pickupPointId } = await givenBatch(t.sys);
    const res = await reserve(t.sys, id, consumerToken(t.sys).token, {
      quantity,
      fulfilment: pickup(pickupPointId),
    }).expect(400);
    expect(fieldsOf(res)).toContain(field);
  });

  it('refuses a pickup point of another batch, delivery where there is none, and below the minimum — writing nothing', async () => {
    const a = await givenBatch(t.sys, { delivery: undefined, minQuantity: 2 });
    const b = await givenBatch(t.sys);
    const c = consumerToken(t.sys);
    const other = await reserve(t.sys, a.id, c.token, { quantity: 2, fulfilment: pickup(b.pickupPointId) }).expect(400);
    expect(other.body.fields).toEqual([expect.objectContaining({ field: 'fulfilment.pickupPointId' })]);
    const addr = {
      line1: '1 หมู่ 3',
      districtCode: '5605',
      provinceCode: '56',
      postalCode: '56120',
      phone: '0812345678',
    };
    const delivery = await reserve(t.sys, a.id, c.token, {
      quantity: 2,
      fulfilment: { type: 'delivery', address: addr },
    }).expect(400);
    expect(delivery.body.fields).toEqual([expect.objectContaining({ field: 'fulfilment.type' })]);
    const below = await reserveAt(t.sys, a, 1, { as: c.token }).expect(400);
    expect(below.body.fields).toEqual([expect.objectContaining({ field: 'quantity' })]);
    const noAddr = await reserve(t.sys, b.id, c.token, { quantity: 1, fulfilment: { type: 'delivery' } }).expect(400);
    expect(fieldsOf(noAddr)).toContain('fulfilment.address');
    const { rows } = await t.db.query(
      `SELECT (SELECT count(*)::int FROM reservations WHERE batch_id = $1) AS r, (SELECT count(*)::int FROM consumer_holds WHERE batch_id = $1) AS h`,
      [a.id],
    );
    expect(rows[0]).toEqual({ r: 0, h: 0 });
    const ok = await reserve(t.sys, b.id, c.token, {
      quantity: 1,
      fulfilment: { type: 'delivery', address: addr },
    }).expect(201);
    const order = await t.orderDb.query(
      `SELECT delivery_fee_satang::int AS fee, fulfilment FROM orders WHERE id = $1`,
      [ok.body.orderId],
    );
    expect(order.rows[0]).toMatchObject({ fee: 5000, fulfilment: { type: 'delivery', address: addr } });
  });

  it('counts the per-consumer maximum across all reservations of the batch', async () => {
    const b = await givenBatch(t.sys, { maxQuantityPerConsumer: 5 });
    const c = consumerToken(t.sys);
    await reserveAt(t.sys, b, 3, { as: c.token }).expect(201);
    const over = await reserveAt(t.sys, b, 3, { as: c.token }).expect(409);
    expect(over.body).toMatchObject({ code: 'LIMIT_EXCEEDED', fields: [{ field: 'quantity' }] });
    const tooMany = await reserveAt(t.sys, b, 6).expect(409);
    expect(tooMany.body.code).toBe('LIMIT_EXCEEDED');
    await reserveAt(t.sys, b, 2, { as: c.token }).expect(201);
  });

  it('confirms what remains when partial is allowed, else refuses SOLD_OUT (or waitlists when the batch has a waitlist)', async () => {
    const b = await givenBatch(t.sys, { reservableQuantity: 5, estimatedQuantity: 5 });
    await reserveAt(t.sys, b, 4).expect(201);
    const strict = await reserveAt(t.sys, b, 3, { allowPartial: false }).expect(409);
    expect(strict.body.code).toBe('SOLD_OUT');
    const partial = await reserveAt(t.sys, b, 3).expect(201);
    expect(partial.body).toMatchObject({ status: 'confirmed', quantity: 1 });
    const none = await reserveAt(t.sys, b, 1).expect(409);
    expect(none.body.code).toBe('SOLD_OUT');

    const w = await givenBatch(t.sys, { reservableQuantity: 2, estimatedQuantity: 2, waitlist: true });
    await reserveAt(t.sys, w, 2).expect(201);
    const waiting = await reserveAt(t.sys, w, 1).expect(201);
    expect(waiting.body).toEqual({ id: expect.any(String), status: 'waitlisted', quantity: 1, orderId: null });
  });

  it('refuses NOT_OPEN before the window and after it, and SOLD_OUT after a close on selling out', async () => {
    const early = await givenBatch(t.sys, opensInAnHour());
    const res = await reserveAt(t.sys, early, 1).expect(409);
    expect(res.body.code).toBe('NOT_OPEN');

    const s = await givenBatch(t.sys, {
      reservableQuantity: 2,
      estimatedQuantity: 2,
      closeWhenSoldOut: true,
      waitlist: true,
    });
    await reserveAt(t.sys, s, 2).expect(201);
    const batch = await getBatch(t.sys, s.id).expect(200);
    expect(batch.body).toMatchObject({ status: 'closed', soldOut: true, remainingQuantity: 0 });
    const after = await reserveAt(t.sys, s, 1).expect(409);
    expect(after.body.code).toBe('SOLD_OUT');

    const closed = await givenBatch(t.sys);
    await reserveAt(t.sys, closed, 1).expect(201);
    await batchAction(t.sys, closed.id, 'close', closed.farmer).expect(200);
    const late = await reserveAt(t.sys, closed, 1).expect(409);
    expect(late.body.code).toBe('NOT_OPEN');
  });
});
