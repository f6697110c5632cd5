import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { TestSystem } from '@app/testing';
import { consumerToken, givenBatch } from './support.js';

/** Input a hostile or careless client sends (found under fault injection and fuzzing): a clear 4xx, never a 5xx, never an error after a commit. */
describe('harvest-preorder: hostile input', () => {
  let sys: TestSystem;
  let db: pg.Pool;

  beforeAll(async () => {
    sys = await TestSystem.start({ services: ['catalog', 'harvest-preorder', 'order'] });
    db = new pg.Pool({ connectionString: sys.databaseUrl('harvest-preorder'), max: 2 });
  });
  afterAll(async () => {
    await db?.end();
    await sys?.close();
  });

  const auth = (token: string) => ['authorization', `Bearer ${token}`] as const;

  it('buys stock on hand once through an upper-case batch id: 201, the lower-case retry 201 with the same purchase', async () => {
    const b = await givenBatch(sys);
    for (const step of ['open', 'close']) await sys.http().post(`/api/v1/batches/${b.id}/${step}`).set(...auth(b.farmer)).expect(200);
    await sys.http().post(`/api/v1/batches/${b.id}/harvest`).set(...auth(b.farmer)).send({ actualQuantity: 10 }).expect(200);
    const buyer = consumerToken(sys);
    const key = randomUUID();
    const buy = (id: string) =>
      sys
        .http()
        .post(`/api/v1/batches/${id}/purchases`)
        .set(...auth(buyer.token))
        .set('idempotency-key', key)
        .send({ quantity: 2, fulfilment: { type: 'pickup', pickupPointId: b.pickupPointId.toUpperCase() } });
    const first = await buy(b.id.toUpperCase());
    expect(first.status).toBe(201);
    const again = await buy(b.id.toLowerCase());
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect((await buy(b.id.toUpperCase()).expect(201)).body).toEqual(first.body);
    const { rows } = await db.query(`SELECT stock, stock_sold FROM batches WHERE id = $1`, [b.id]);
    expect(rows).toEqual([{ stock: 10, stock_sold: 2 }]);
    const purchases = await db.query(`SELECT count(*)::int AS n FROM stock_purchases WHERE batch_id = $1`, [b.id]);
    expect(purchases.rows[0].n).toBe(1);
  });

  it('reserves once through an upper-case batch id; the lower-case retry replays it', async () => {
    const b = await givenBatch(sys);
    await sys.http().post(`/api/v1/batches/${b.id}/open`).set(...auth(b.farmer)).expect(200);
    const consumer = consumerToken(sys);
    const key = randomUUID();
    const reserve = (id: string) =>
      sys
        .http()
        .post(`/api/v1/batches/${id}/reservations`)
        .set(...auth(consumer.token))
        .set('idempotency-key', key)
        .send({ quantity: 3, fulfilment: { type: 'pickup', pickupPointId: b.pickupPointId.toUpperCase() } });
    const first = await reserve(b.id.toUpperCase()).expect(201);
    expect((await reserve(b.id).expect(201)).body).toEqual(first.body);
    const { rows } = await db.query(`SELECT reserved FROM batches WHERE id = $1`, [b.id]);
    expect(rows[0].reserved).toBe(3);
    const got = await sys.http().get(`/api/v1/batches/${b.id.toUpperCase()}`).expect(200);
    expect(got.body.id).toBe(b.id);
  });
});
