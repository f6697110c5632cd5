import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { OrderPaymentV1, OrderRefundV1, OrderStatus, OrderStatusChangeV1, PaymentMethod, RefundReason } from '@app/contracts';
import { DomainError } from '@app/messaging';
import { assertTransition } from '../lifecycle/order-lifecycle.js';
import type { OrderTrigger } from '../lifecycle/order-lifecycle.js';
import { OrderOutbox } from '../events/order-events.js';
import { toOrder } from './order.js';
import type { Order } from './order.js';

/** Columns a transition may set besides the status (names are the table's). */
export type OrderChanges = Partial<
  Record<'quantity' | 'goods_total_satang' | 'paid_satang' | 'refunded_satang' | 'allocated_at' | 'balance_deadline' | 'shipment' | 'handed_over_at' | 'completed_at', unknown>
>;

/** The advisory lock key of opening one order id (shared by the opening and by events about the order). */
export const OPENING_LOCK_SQL = (idParam: string) => `hashtextextended('order-open/' || ${idParam}::text, 0)`;

/** The only code that reads and writes the order tables. Every write takes the caller's transaction. */
export const OrderStore = {
  /**
   * The condition of GET /orders?q=: an order number (a prefix of the id, as consumers see its first 8
   * characters) or a phone — the phone of a delivery address, or the consumer the gateway found for it.
   */
  searchCondition(q: string, consumerId: string | undefined, params: unknown[]): string {
    const any: string[] = [];
    if (/^[0-9a-f-]{8,36}$/.test(q)) any.push(`o.id::text LIKE $${params.push(`${q}%`)}`);
    if (/^0\d{8,9}$/.test(q)) any.push(`o.fulfilment->'address'->>'phone' = $${params.push(q)}`);
    if (consumerId) any.push(`o.consumer_id = $${params.push(consumerId)}`);
    return any.length ? `(${any.join(' OR ')})` : 'false';
  },

  async find(em: EntityManager, id: string): Promise<Order | null> {
    const rows = await em.query(`SELECT * FROM orders WHERE id = $1`, [id]);
    return rows.length ? toOrder(rows[0]) : null;
  },

  /** Locks the order for the rest of the transaction: concurrent payments and sweeps queue behind it. */
  async lock(em: EntityManager, id: string): Promise<Order> {
    const order = await this.lockIfExists(em, id);
    if (!order) throw DomainError.notFound('Order', id);
    return order;
  },

  /**
   * Like lockIfExists, but first serializes with OpenOrdersService.open on this order id, so an event and
   * the opening of its order never miss each other: either the event sees the order, or the opening sees
   * the tombstone the event left.
   */
  async lockOrAwaitOpening(em: EntityManager, id: string): Promise<Order | null> {
    await em.query(`SELECT pg_advisory_xact_lock(${OPENING_LOCK_SQL('$1')})`, [id]);
    return this.lockIfExists(em, id);
  },

  async insertTombstone(em: EntityManager, orderId: string, reason: string, eventId: string): Promise<void> {
    await em.query(`INSERT INTO order_tombstones (order_id, reason, event_id) VALUES ($1, $2, $3) ON CONFLICT (order_id) DO NOTHING`, [orderId, reason, eventId]);
  },

  async lockIfExists(em: EntityManager, id: string): Promise<Order | null> {
    const rows = await em.query(`SELECT * FROM orders WHERE id = $1 FOR UPDATE`, [id]);
    return rows.length ? toOrder(rows[0]) : null;
  },

  /** Checks the transition against the table, then writes the new status, the changes and the history row. */
  async transition(em: EntityManager, order: Order, trigger: OrderTrigger, to: OrderStatus, actor: string, changes: OrderChanges = {}): Promise<Order> {
    assertTransition(order.status, trigger, to);
    const updated = await this.update(em, order.id, { ...changes, status: to, status_changed_at: new Date().toISOString() });
    await em.query(`INSERT INTO order_status_history (order_id, from_status, to_status, trigger, actor) VALUES ($1, $2, $3, $4, $5)`, [
      order.id,
      order.status,
      to,
      trigger,
      actor,
    ]);
    await OrderOutbox.statusChanged(em, [{ order: updated, from: order.status, trigger }], new Date());
    return updated;
  },

  /** Changes without a status change (a partial payment). */
  async update(em: EntityManager, id: string, changes: Record<string, unknown>): Promise<Order> {
    const keys = Object.keys(changes);
    const sets = keys.map((k, i) => (k === 'shipment' ? `${k} = $${i + 2}::jsonb` : `${k} = $${i + 2}`));
    const values = keys.map((k) => (k === 'shipment' && changes[k] !== null ? JSON.stringify(changes[k]) : changes[k]));
    // an UPDATE answers [rows, rowCount] through TypeORM
    const [rows] = await em.query(`UPDATE orders SET ${sets.join(', ')}, updated_at = now() WHERE id = $1 RETURNING *`, [id, ...values]);
    return toOrder(rows[0]);
  },

  async insertPayment(
    em: EntityManager,
    p: { orderId: string; producerId: string; amountSatang: number; method: PaymentMethod; reference: string; slipUrl: string | null; recordedBy: string },
  ): Promise<string> {
    const id = randomUUID();
    try {
      await em.query(
        `INSERT INTO payments (id, order_id, producer_id, amount_satang, method, reference, slip_url, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [id, p.orderId, p.producerId, p.amountSatang, p.method, p.reference, p.slipUrl, p.recordedBy],
      );
    } catch (e) {
      if ((e as { driverError?: { code?: string }; code?: string }).driverError?.code === '23505') {
        throw new DomainError('DUPLICATE', `Reference ${p.reference} is already recorded for this producer`, [
          { field: 'reference', message: 'already recorded for this producer' },
        ]);
      }
      throw e;
    }
    return id;
  },

  /** A refund owed to the consumer; the order's refunded total grows with it. */
  async insertRefund(em: EntityManager, orderId: string, amountSatang: number, reason: RefundReason, note: string | null = null): Promise<string> {
    const id = randomUUID();
    await em.query(`INSERT INTO refunds (id, order_id, amount_satang, reason, note) VALUES ($1, $2, $3, $4, $5)`, [id, orderId, amountSatang, reason, note]);
    await em.query(`UPDATE orders SET refunded_satang = refunded_satang + $2, updated_at = now() WHERE id = $1`, [orderId, amountSatang]);
    return id;
  },

  async lockRefund(em: EntityManager, orderId: string, refundId: string): Promise<{ status: 'due' | 'paid'; amountSatang: number } | null> {
    const rows = await em.query(`SELECT status, amount_satang FROM refunds WHERE id = $1 AND order_id = $2 FOR UPDATE`, [refundId, orderId]);
    return rows.length ? { status: rows[0].status, amountSatang: Number(rows[0].amount_satang) } : null;
  },

  async markRefundPaid(em: EntityManager, refundId: string, method: PaymentMethod, reference: string, paidBy: string): Promise<void> {
    await em.query(`UPDATE refunds SET status = 'paid', method = $2, reference = $3, paid_by = $4, paid_at = now() WHERE id = $1`, [refundId, method, reference, paidBy]);
  },

  async payments(em: EntityManager, orderId: string): Promise<OrderPaymentV1[]> {
    const rows = await em.query(`SELECT * FROM payments WHERE order_id = $1 ORDER BY recorded_at, id`, [orderId]);
    return rows.map((r: Record<string, any>) => ({
      id: r.id,
      amountSatang: Number(r.amount_satang),
      method: r.method,
      reference: r.reference,
      slipUrl: r.slip_url,
      recordedBy: r.recorded_by,
      recordedAt: new Date(r.recorded_at).toISOString(),
    }));
  },

  async refunds(em: EntityManager, orderId: string): Promise<OrderRefundV1[]> {
    const rows = await em.query(`SELECT * FROM refunds WHERE order_id = $1 ORDER BY created_at, id`, [orderId]);
    return rows.map((r: Record<string, any>) => ({
      id: r.id,
      amountSatang: Number(r.amount_satang),
      reason: r.reason,
      note: r.note,
      status: r.status,
      method: r.method,
      reference: r.reference,
      createdAt: new Date(r.created_at).toISOString(),
      paidAt: r.paid_at ? new Date(r.paid_at).toISOString() : null,
    }));
  },

  async history(em: EntityManager, orderId: string): Promise<OrderStatusChangeV1[]> {
    const rows = await em.query(`SELECT * FROM order_status_history WHERE order_id = $1 ORDER BY seq`, [orderId]);
    return rows.map((r: Record<string, any>) => ({ from: r.from_status, to: r.to_status, trigger: r.trigger, by: r.actor, at: new Date(r.at).toISOString() }));
  },
};
