import { randomUUID } from 'node:crypto';
import { OrderSubjects } from '@app/contracts';
import { eventually, fieldsOf } from '@app/testing';
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
  postBatch,
  producerToken,
  purchase,
  reserve,
  reserveAt,
  usePreorderSystem,
} from './support.js';

/** Bad input and access rules found in review: each answers a 4xx naming the field, never a 5xx. */
describe('harvest-preorder: input and visibility rules', () => {
  const t = usePreorderSystem({ ORDER_ALLOW_CLOCK_OVERRIDE: 'true' });
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
      const b = await givenBatch(t.sys);
      const res = await reserve(t.sys, b.id, consumerToken(t.sys).token, { quantity: 1, fulfilment });
      expect(res.status).toBe(400);
      expect(fieldsOf(res)).toContain(field);
      const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM reservations WHERE batch_id = $1`, [b.id]);
      expect(rows[0].n).toBe(0);
    });

    it('buying stock on hand without fulfilment → 400, not 500', async () => {
      const b = await givenBatch(t.sys);
      for (const fulfilment of [undefined, []]) {
        const res = await purchase(t.sys, b.id, consumerToken(t.sys).token, { quantity: 1, fulfilment });
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
      const p = await givenProduct(t.sys);
      const res = await postBatch(t.sys, producerToken(t.sys, p), batchBody(p, { [field]: value }));
      expect(res.status).toBe(400);
      expect(fieldsOf(res)).toEqual([field]);
    });

    it('a pickup window without an offset → 400 naming it', async () => {
      const p = await givenProduct(t.sys);
      const pickupPoints = [
        {
          name: 'ศาลา',
          address: 'หมู่ 3',
          windows: [{ start: '2026-06-16T08:00:00', end: '2026-06-16T12:00:00+07:00' }],
        },
      ];
      const res = await postBatch(t.sys, producerToken(t.sys, p), batchBody(p, { pickupPoints }));
      expect(res.status).toBe(400);
      expect(fieldsOf(res)).toEqual(['pickupPoints[0].windows[0].start']);
    });

    it('a Bangkok offset is kept: opens at 08:00 +07:00 is 01:00 UTC', async () => {
      const b = await givenBatch(t.sys, {
        preorderOpensAt: '2030-05-01T08:00:00+07:00',
        preorderClosesAt: '2030-05-02T08:00:00+07:00',
      });
      expect(b.batch.preorderOpensAt).toBe('2030-05-01T01:00:00.000Z');
    });
  });

  describe('a partial fill never falls below the minimum quantity', () => {
    /** Reservable 7, minimum 5: a first consumer takes 5, then a second one asks for 5 (the answer). */
    async function secondAskingFive(waitlist: boolean) {
      const b = await givenBatch(t.sys, {
        estimatedQuantity: 7,
        reservableQuantity: 7,
        minQuantity: 5,
        maxQuantityPerConsumer: 5,
        waitlist,
      });
      await reserveAt(t.sys, b, 5).expect(201);
      return reserveAt(t.sys, b, 5);
    }

    it('reservable 7, minimum 5: the second consumer asking 5 is refused SOLD_OUT (no waitlist), not confirmed for 2', async () => {
      const second = await secondAskingFive(false);
      expect(second.status).toBe(409);
      expect(second.body.code).toBe('SOLD_OUT');
    });

    it('with a waitlist the second one waits in line instead', async () => {
      const second = await secondAskingFive(true);
      expect(second.status).toBe(201);
      expect(second.body).toMatchObject({ status: 'waitlisted', quantity: 5, orderId: null });
    });
  });

  it('integers past their bounds → 400 naming each field', async () => {
    const p = await givenProduct(t.sys);
    const farmer = producerToken(t.sys, p);
    const res = await postBatch(
      t.sys,
      farmer,
      batchBody(p, { maxQuantityPerConsumer: 3_000_000_000, minQuantity: 2_147_483_648 }),
    );
    expect(res.status).toBe(400);
    expect(fieldsOf(res).sort()).toEqual(['maxQuantityPerConsumer', 'minQuantity']);
    // the largest order a consumer could place must fit a PromptPay amount
    const dear = await postBatch(
      t.sys,
      farmer,
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
      const b = await givenBatch(t.sys, opensInAnHour());
      expect(b.batch.status).toBe('draft');
      const listed = async (token?: string) =>
        (await listedBatchIds(t.sys, { productId: b.product.productId }, token)).includes(b.id);
      const read = (token?: string) => getBatch(t.sys, b.id, token);
      const outsiders = [
        undefined,
        consumerToken(t.sys).token,
        producerToken(t.sys, b.product, randomUUID()),
        mintToken(t.sys, { userId: randomUUID(), roles: ['lao_admin'], laoCode: '4560502' }),
        mintToken(t.sys, { userId: randomUUID(), roles: ['province_admin'], provinceCode: '10' }),
      ];
      for (const t of outsiders) {
        const res = await read(t);
        expect(res.status).toBe(404);
        expect(await listed(t)).toBe(false);
      }
      const insiders = [
        b.farmer,
        mintToken(t.sys, { userId: randomUUID(), roles: ['lao_admin'], laoCode: b.product.laoCode }),
        mintToken(t.sys, { userId: randomUUID(), roles: ['province_admin'], provinceCode: b.product.provinceCode }),
        mintToken(t.sys, { userId: randomUUID(), roles: ['dla_admin'] }),
      ];
      for (const t of insiders) {
        await read(t).expect(200);
        expect(await listed(t)).toBe(true);
      }
      // once open, everyone sees it
      await batchAction(t.sys, b.id, 'open', b.farmer).expect(200);
      await read().expect(200);
      expect(await listed()).toBe(true);
    });
  });

  it('allocated with its deposit unpaid, the order expires at the deposit deadline and its units become stock on hand', async () => {
    const b = await givenBatch(t.sys, { estimatedQuantity: 10, reservableQuantity: 10, maxQuantityPerConsumer: 10 });
    const r = (await reserveAt(t.sys, b, 3).expect(201)).body;
    await batchAction(t.sys, b.id, 'close', b.farmer).expect(200);
    await batchAction(t.sys, b.id, 'harvest', b.farmer, { actualQuantity: 3 }).expect(200);
    expect((await getBatch(t.sys, b.id).expect(200)).body.stockOnHand).toBe(0);
    await eventually(async () => {
      const { rows } = await t.db.query(`SELECT 1 FROM reservations WHERE id = $1 AND status = 'allocated'`, [r.id]);
      expect(rows).toHaveLength(1);
    });
    await eventually(async () =>
      expect((await t.orderDb.query(`SELECT status FROM orders WHERE id = $1`, [r.orderId])).rows[0]?.status).toBe(
        'awaiting_balance',
      ),
    );
    await t.sys.rpc(OrderSubjects.runSweeps, { asOf: new Date(Date.now() + 25 * 3600_000).toISOString() });
    await eventually(async () => expect((await getBatch(t.sys, b.id).expect(200)).body.stockOnHand).toBe(3));
    const { rows } = await t.db.query(`SELECT status FROM reservations WHERE id = $1`, [r.id]);
    expect(rows[0].status).toBe('expired');
  });
});
