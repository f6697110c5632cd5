import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { eventually, TestSystem } from '@app/testing';
import { consumerToken, givenBatch, reserve } from './support.js';

/**
 * The order service must have opened the order before a 201. When it cannot be reached: no 201, the
 * reservation stays held, the retry loop opens the order once the order service is back, and the same
 * Idempotency-Key then answers 201 with the same reservation — never a second one.
 */
describe('harvest-preorder: when the order service is down', () => {
  let sys: TestSystem;
  let db: pg.Pool;
  let orderDb: pg.Pool;

  beforeAll(async () => {
    sys = await TestSystem.start({
      services: ['catalog', 'harvest-preorder', 'order'],
      env: { ORDER_OPEN_RETRY_INTERVAL_MS: '200', HARVEST_PREORDER_RPC_TIMEOUT_MS: '500' },
    });
    db = new pg.Pool({ connectionString: sys.databaseUrl('harvest-preorder'), max: 2 });
    orderDb = new pg.Pool({ connectionString: sys.databaseUrl('order'), max: 2 });
  });
  afterAll(async () => {
    await db?.end();
    await orderDb?.end();
    await sys?.close();
  });

  it('answers 503 instead of a 201 without an order, then opens it and answers the retry with the same reservation', async () => {
    const { id, pickupPointId } = await givenBatch(sys);
    const c = consumerToken(sys);
    const key = randomUUID();
    const body = { quantity: 2, fulfilment: { type: 'pickup', pickupPointId } };
    await sys.stopApp('order');
    let held: { id: string; order_id: string; order_opened: boolean };
    try {
      const res = await reserve(sys, id, c.token, body, key).expect(503);
      expect(res.body.code).toBe('SERVICE_UNAVAILABLE');
      expect(res.body.message).toMatch(/same Idempotency-Key/);
      [held] = (await db.query(`SELECT id, order_id, order_opened FROM reservations WHERE batch_id = $1`, [id])).rows;
      expect(held).toMatchObject({ order_opened: false, order_id: expect.any(String) });
      expect((await sys.http().get(`/api/v1/batches/${id}`).expect(200)).body.reservedQuantity).toBe(2);
    } finally {
      await sys.startApp('order');
    }
    await eventually(async () => {
      const o = await orderDb.query(`SELECT reservation_id FROM orders WHERE id = $1`, [held!.order_id]);
      expect(o.rows).toEqual([{ reservation_id: held!.id }]);
    });
    const again = await reserve(sys, id, c.token, body, key).expect(201);
    expect(again.body).toEqual({ id: held!.id, status: 'confirmed', quantity: 2, orderId: held!.order_id });
    const { rows } = await db.query(
      `SELECT count(*)::int AS n, bool_and(order_opened) AS opened FROM reservations WHERE batch_id = $1`,
      [id],
    );
    expect(rows[0]).toEqual({ n: 1, opened: true });
  });
});
