import { randomUUID } from 'node:crypto';
import { fieldsOf, openBatchAsProducer } from '@app/testing';
import {
  batchAction,
  batchBody,
  consumerToken,
  getBatch,
  givenBatch,
  givenProduct,
  pickup,
  postBatch,
  producerToken,
  purchase,
  reserve,
  usePreorderSystem,
} from './support.js';

/** Input a hostile or careless client sends (found under fault injection and fuzzing): a clear 4xx, never a 5xx, never an error after a commit. */
describe('harvest-preorder: hostile input', () => {
  const t = usePreorderSystem();

  it('buys stock on hand once through an upper-case batch id: 201, the lower-case retry 201 with the same purchase', async () => {
    const b = await givenBatch(t.sys);
    await openBatchAsProducer(t.sys, b.farmer, b.id);
    await batchAction(t.sys, b.id, 'close', b.farmer).expect(200);
    await batchAction(t.sys, b.id, 'harvest', b.farmer, { actualQuantity: 10 }).expect(200);
    const buyer = consumerToken(t.sys);
    const key = randomUUID();
    const buy = (id: string) =>
      purchase(t.sys, id, buyer.token, { quantity: 2, fulfilment: pickup(b.pickupPointId.toUpperCase()) }, key);
    const first = await buy(b.id.toUpperCase());
    expect(first.status).toBe(201);
    const again = await buy(b.id.toLowerCase());
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect((await buy(b.id.toUpperCase()).expect(201)).body).toEqual(first.body);
    const { rows } = await t.db.query(`SELECT stock, stock_sold FROM batches WHERE id = $1`, [b.id]);
    expect(rows).toEqual([{ stock: 10, stock_sold: 2 }]);
    const purchases = await t.db.query(`SELECT count(*)::int AS n FROM stock_purchases WHERE batch_id = $1`, [b.id]);
    expect(purchases.rows[0].n).toBe(1);
  });

  it('reserves once through an upper-case batch id; the lower-case retry replays it', async () => {
    const b = await givenBatch(t.sys);
    await openBatchAsProducer(t.sys, b.farmer, b.id);
    const consumer = consumerToken(t.sys);
    const key = randomUUID();
    const reserveThrough = (id: string) =>
      reserve(t.sys, id, consumer.token, { quantity: 3, fulfilment: pickup(b.pickupPointId.toUpperCase()) }, key);
    const first = await reserveThrough(b.id.toUpperCase()).expect(201);
    expect((await reserveThrough(b.id).expect(201)).body).toEqual(first.body);
    const { rows } = await t.db.query(`SELECT reserved FROM batches WHERE id = $1`, [b.id]);
    expect(rows[0].reserved).toBe(3);
    const got = await getBatch(t.sys, b.id.toUpperCase()).expect(200);
    expect(got.body.id).toBe(b.id);
  });

  describe('pickup points have the shape of pickup points', () => {
    const deep = (n: number): unknown => (n === 0 ? [] : [deep(n - 1)]);
    const point = { name: 'ศาลาหมู่บ้าน', address: 'หมู่ 3' };
    it.each([
      ['an array as a pickup point', { pickupPoints: [[]] }, 'pickupPoints[0]'],
      ['no pickup point and no delivery', { pickupPoints: [], delivery: undefined }, 'pickupPoints'],
      [
        'windows nested 20 arrays deep',
        { pickupPoints: [{ ...point, windows: deep(20) }] },
        'pickupPoints[0].windows[0]',
      ],
      [
        'a window that is an array',
        { pickupPoints: [point, { ...point, windows: [[]] }] },
        'pickupPoints[1].windows[0]',
      ],
    ])('refuses %s: 400 naming the field, no batch written', async (_what, overrides, field) => {
      const p = await givenProduct(t.sys);
      const res = await postBatch(t.sys, producerToken(t.sys, p), batchBody(p, overrides));
      expect(res.status).toBe(400);
      expect(fieldsOf(res)).toContain(field);
      const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM batches WHERE product_id = $1`, [p.productId]);
      expect(rows[0].n).toBe(0);
    });

    it('still takes delivery only, and points with and without windows', async () => {
      const p = await givenProduct(t.sys);
      const farmer = producerToken(t.sys, p);
      await postBatch(t.sys, farmer, batchBody(p, { pickupPoints: [] })).expect(201);
      const window = { start: '2026-06-16T08:00:00+07:00', end: '2026-06-16T12:00:00+07:00' };
      const both = await postBatch(
        t.sys,
        farmer,
        batchBody(p, { pickupPoints: [point, { ...point, windows: [window] }] }),
      ).expect(201);
      const got = await getBatch(t.sys, both.body.id, farmer).expect(200);
      expect(got.body.pickupPoints.map((x: { windows: unknown[] }) => x.windows.length)).toEqual([0, 1]);
    });
  });
});
