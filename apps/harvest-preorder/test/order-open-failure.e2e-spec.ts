import { randomUUID } from 'node:crypto';
import { eventually } from '@app/testing';
import { consumerToken, getBatch, givenBatch, reserveAt, usePreorderSystem } from './support.js';

/**
 * The order service must have opened the order before a 201. When it cannot be reached: no 201, the
 * reservation stays held, the retry loop opens the order once the order service is back, and the same
 * Idempotency-Key then answers 201 with the same reservation — never a second one.
 */
/** A reservation's order is open once its row left orders_to_open (migration 1767300000000). */
const OPENED = 'NOT EXISTS (SELECT 1 FROM orders_to_open o WHERE o.reservation_id = r.id)';

describe('harvest-preorder: when the order service is down', () => {
  const t = usePreorderSystem({ ORDER_OPEN_RETRY_INTERVAL_MS: '200', HARVEST_PREORDER_RPC_TIMEOUT_MS: '500' });

  it('answers 503 instead of a 201 without an order, then opens it and answers the retry with the same reservation', async () => {
    const b = await givenBatch(t.sys);
    const { id } = b;
    const sameRequest = { as: consumerToken(t.sys).token, key: randomUUID() };
    await t.sys.stopApp('order');
    let held: { id: string; order_id: string; order_opened: boolean };
    try {
      const res = await reserveAt(t.sys, b, 2, sameRequest).expect(503);
      expect(res.body.code).toBe('SERVICE_UNAVAILABLE');
      expect(res.body.message).toMatch(/same Idempotency-Key/);
      [held] = (
        await t.db.query(`SELECT id, order_id, ${OPENED} AS order_opened FROM reservations r WHERE batch_id = $1`, [id])
      ).rows;
      expect(held).toMatchObject({ order_opened: false, order_id: expect.any(String) });
      expect((await getBatch(t.sys, id).expect(200)).body.reservedQuantity).toBe(2);
    } finally {
      await t.sys.startApp('order');
    }
    await eventually(async () => {
      const o = await t.orderDb.query(`SELECT reservation_id FROM orders WHERE id = $1`, [held!.order_id]);
      expect(o.rows).toEqual([{ reservation_id: held!.id }]);
    });
    const again = await reserveAt(t.sys, b, 2, sameRequest).expect(201);
    expect(again.body).toEqual({ id: held!.id, status: 'confirmed', quantity: 2, orderId: held!.order_id });
    const { rows } = await t.db.query(
      `SELECT count(*)::int AS n, bool_and(${OPENED}) AS opened FROM reservations r WHERE batch_id = $1`,
      [id],
    );
    expect(rows[0]).toEqual({ n: 1, opened: true });
  });
});
