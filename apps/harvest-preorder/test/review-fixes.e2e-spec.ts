import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { OrderSubjects } from '@app/contracts';
import { eventually, TestSystem } from '@app/testing';
import { batchBody, consumerToken, givenBatch, givenProduct, mintToken, reserve } from './support.js';

/** Bad input and access rules found in review: each answers a 4xx naming the field, never a 5xx. */
describe('harvest-preorder: input and visibility rules', () => {
  let sys: TestSystem;
  let db: pg.Pool;

  beforeAll(async () => {
    sys = await TestSystem.start({
      services: ['catalog', 'harvest-preorder', 'order'],
      env: { ORDER_ALLOW_CLOCK_OVERRIDE: 'true' },
    });
    db = new pg.Pool({ connectionString: sys.databaseUrl('harvest-preorder'), max: 2 });
  });
  afterAll(async () => {
    await db?.end();
    await sys?.close();
  });

  const fieldsOf = (res: { body: { fields?: Array<{ field: string }> } }) =>
    (res.body.fields ?? []).map((f) => f.field);
  const addr = { line1: '1 หมู่ 3', districtCode: '5605', provinceCode: '56', postalCode: '56120', phone: '0812345678' };

  describe('fulfilment is required and matches its type', () => {
    it.each([
      ['missing', undefined, 'fulfilment'],
      ['an array', [], 'fulfilment'],
      ['a string', 'pickup', 'fulfilment'],
      ['delivery without an address', { type: 'delivery' }, 'fulfilment.address'],
      [
        'delivery with a broken address',
        { type: 'delivery', address: { ...addr, postalCode: 'x' } },
        'fulfilment.address.postalCode',
      ],
      ['pickup without a point', { type: 'pickup' }, 'fulfilment.pickupPointId'],
    ])('reserving with fulfilment %s → 400 naming %s, nothing written', async (_what, fulfilment, field) => {
      const b = await givenBatch(sys);
      const res = await reserve(sys, b.id, consumerToken(sys).token, { quantity: 1, fulfilment });
      expect(res.status).toBe(400);
      expect(fieldsOf(res)).toContain(field);
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM reservations WHERE batch_id = $1`, [b.id]);
      expect(rows[0].n).toBe(0);
    });

    it('buying stock on hand without fulfilment → 400, not 500', async () => {
      const b = await givenBatch(sys);
      for (const fulfilment of [undefined, []]) {
        const res = await sys
          .http()
          .post(`/api/v1/batches/${b.id}/purchases`)
          .set('authorization', `Bearer ${consumerToken(sys).token}`)
          .set('idempotency-key', randomUUID())
          .send({ quantity: 1, fulfilment });
        expect(res.status).toBe(400);
        expect(fieldsOf(res)).toContain('fulfilment');
      }
    });
  });

  describe('batch dates', () => {
    it.each([
      ['preorderOpensAt', '2026-100'],
      ['preorderOpensAt', '20260501T000000Z'],
      ['preorderClosesAt', '2030-05-25T00:00:00'],
      ['harvestStart', '2026-02-30'],
      ['harvestEnd', '2026-13-01'],
    ])('%s %p → 400 naming the field', async (field, value) => {
      const p = await givenProduct(sys);
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
        .send(batchBody(p, { [field]: value }));
      expect(res.status).toBe(400);
      expect(fieldsOf(res)).toEqual([field]);
    });

    it('a pickup window without an offset → 400 naming it', async () => {
      const p = await givenProduct(sys);
      const farmer = mintToken(sys, {
        userId: randomUUID(),
        roles: ['producer'],
        laoCode: p.laoCode,
        producerId: p.producerId,
      });
      const pickupPoints = [
        {
          name: 'ศาลา',
          address: 'หมู่ 3',
          windows: [{ start: '2026-06-16T08:00:00', end: '2026-06-16T12:00:00+07:00' }],
        },
      ];
      const res = await sys
        .http()
        .post('/api/v1/batches')
        .set('authorization', `Bearer ${farmer}`)
        .send(batchBody(p, { pickupPoints }));
      expect(res.status).toBe(400);
      expect(fieldsOf(res)).toEqual(['pickupPoints[0].windows[0].start']);
    });

    it('a Bangkok offset is kept: opens at 08:00 +07:00 is 01:00 UTC', async () => {
      const b = await givenBatch(sys, {
        preorderOpensAt: '2030-05-01T08:00:00+07:00',
        preorderClosesAt: '2030-05-02T08:00:00+07:00',
      });
      expect(b.batch.preorderOpensAt).toBe('2030-05-01T01:00:00.000Z');
    });
  });

  describe('a partial fill never falls below the minimum quantity', () => {
    it('reservable 7, minimum 5: the second consumer asking 5 is refused SOLD_OUT (no waitlist), not confirmed for 2', async () => {
      const b = await givenBatch(sys, {
        estimatedQuantity: 7,
        reservableQuantity: 7,
        minQuantity: 5,
        maxQuantityPerConsumer: 5,
      });
      const pickup = { type: 'pickup', pickupPointId: b.pickupPointId };
      await reserve(sys, b.id, consumerToken(sys).token, { quantity: 5, fulfilment: pickup }).expect(201);
      const second = await reserve(sys, b.id, consumerToken(sys).token, { quantity: 5, fulfilment: pickup });
      expect(second.status).toBe(409);
      expect(second.body.code).toBe('SOLD_OUT');
    });

    it('with a waitlist the second one waits in line instead', async () => {
      const b = await givenBatch(sys, {
        estimatedQuantity: 7,
        reservableQuantity: 7,
        minQuantity: 5,
        maxQuantityPerConsumer: 5,
        waitlist: true,
      });
      const pickup = { type: 'pickup', pickupPointId: b.pickupPointId };
      await reserve(sys, b.id, consumerToken(sys).token, { quantity: 5, fulfilment: pickup }).expect(201);
      const second = await reserve(sys, b.id, consumerToken(sys).token, { quantity: 5, fulfilment: pickup }).expect(
        201,
      );
      expect(second.body).toMatchObject({ status: 'waitlisted', quantity: 5, orderId: null });
    });
  });

  it('integers past their bounds → 400 naming each field', async () => {
    const p = await givenProduct(sys);
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
      .send(batchBody(p, { maxQuantityPerConsumer: 3_000_000_000, minQuantity: 2_147_483_648 }));
    expect(res.status).toBe(400);
    expect(fieldsOf(res).sort()).toEqual(['maxQuantityPerConsumer', 'minQuantity']);
    // the largest order a consumer could place must fit a PromptPay amount
    const dear = await sys
      .http()
      .post('/api/v1/batches')
      .set('authorization', `Bearer ${farmer}`)
      .send(
        batchBody(p, {
          unitPriceSatang: 100_000_000,
          maxQuantityPerConsumer: 10_000,
          estimatedQuantity: 10_000,
          reservableQuantity: 10_000,
        }),
      );
    expect(dear.status).toBe(400);
    expect(fieldsOf(dear)).toEqual(['maxQuantityPerConsumer']);
  });

  describe('draft batches are seen only by who may manage or oversee them', () => {
    it('a visitor and a consumer get 404 and no listing; the producer, its LAO and province admins and a DLA admin see it', async () => {
      // opens in the future: it stays a draft
      const b = await givenBatch(sys, {
        preorderOpensAt: new Date(Date.now() + 3600_000).toISOString(),
        preorderClosesAt: new Date(Date.now() + 7200_000).toISOString(),
      });
      expect(b.batch.status).toBe('draft');
      const listed = async (token: string | null) => {
        const req = sys.http().get('/api/v1/batches').query({ productId: b.product.productId });
        if (token) req.set('authorization', `Bearer ${token}`);
        return (await req.expect(200)).body.map((x: { id: string }) => x.id).includes(b.id);
      };
      const read = (token: string | null) => {
        const req = sys.http().get(`/api/v1/batches/${b.id}`);
        if (token) req.set('authorization', `Bearer ${token}`);
        return req;
      };
      const outsiders = [
        null,
        consumerToken(sys).token,
        mintToken(sys, {
          userId: randomUUID(),
          roles: ['producer'],
          laoCode: b.product.laoCode,
          producerId: randomUUID(),
        }),
        mintToken(sys, { userId: randomUUID(), roles: ['lao_admin'], laoCode: '4560502' }),
        mintToken(sys, { userId: randomUUID(), roles: ['province_admin'], provinceCode: '10' }),
      ];
      for (const t of outsiders) {
        const res = await read(t);
        expect(res.status).toBe(404);
        expect(await listed(t)).toBe(false);
      }
      const insiders = [
        b.farmer,
        mintToken(sys, { userId: randomUUID(), roles: ['lao_admin'], laoCode: b.product.laoCode }),
        mintToken(sys, { userId: randomUUID(), roles: ['province_admin'], provinceCode: b.product.provinceCode }),
        mintToken(sys, { userId: randomUUID(), roles: ['dla_admin'] }),
      ];
      for (const t of insiders) {
        await read(t).expect(200);
        expect(await listed(t)).toBe(true);
      }
      // once open, everyone sees it
      await sys.http().post(`/api/v1/batches/${b.id}/open`).set('authorization', `Bearer ${b.farmer}`).expect(200);
      await read(null).expect(200);
      expect(await listed(null)).toBe(true);
    });
  });

  it('allocated with its deposit unpaid, the order expires at the deposit deadline and its units become stock on hand', async () => {
    const b = await givenBatch(sys, { estimatedQuantity: 10, reservableQuantity: 10, maxQuantityPerConsumer: 10 });
    const auth = { authorization: `Bearer ${b.farmer}` };
    const r = (
      await reserve(sys, b.id, consumerToken(sys).token, {
        quantity: 3,
        fulfilment: { type: 'pickup', pickupPointId: b.pickupPointId },
      }).expect(201)
    ).body;
    await sys.http().post(`/api/v1/batches/${b.id}/close`).set(auth).expect(200);
    await sys.http().post(`/api/v1/batches/${b.id}/harvest`).set(auth).send({ actualQuantity: 3 }).expect(200);
    expect((await sys.http().get(`/api/v1/batches/${b.id}`).expect(200)).body.stockOnHand).toBe(0);
    await eventually(async () => {
      const { rows } = await db.query(`SELECT 1 FROM reservations WHERE id = $1 AND status = 'allocated'`, [r.id]);
      expect(rows).toHaveLength(1);
    });
    const orderDb = new pg.Pool({ connectionString: sys.databaseUrl('order'), max: 1 });
    try {
      await eventually(async () =>
        expect((await orderDb.query(`SELECT status FROM orders WHERE id = $1`, [r.orderId])).rows[0]?.status).toBe(
          'awaiting_balance',
        ),
      );
    } finally {
      await orderDb.end();
    }
    await sys.rpc(OrderSubjects.runSweeps, { asOf: new Date(Date.now() + 25 * 3600_000).toISOString() });
    await eventually(async () =>
      expect((await sys.http().get(`/api/v1/batches/${b.id}`).expect(200)).body.stockOnHand).toBe(3),
    );
    const { rows } = await db.query(`SELECT status FROM reservations WHERE id = $1`, [r.id]);
    expect(rows[0].status).toBe('expired');
  });
});
