import type { EntityManager } from 'typeorm';
import type { OrderStatusChangedV1 } from '@app/contracts';
import type { KnownOrder } from '../rules/rules.js';

/** A row of orders_seen. */
interface OrderSeenRow {
  order_id: string;
  consumer_id: string;
  producer_id: string;
  product_name: string;
  unit: string;
  status: string;
  deposit_deadline: Date | null;
  /** bigint: the driver answers a string */
  amount_due_satang: string;
  updated_at: Date;
}

const toKnown = (r: OrderSeenRow): KnownOrder => ({
  orderId: r.order_id,
  consumerId: r.consumer_id,
  producerId: r.producer_id,
  productName: r.product_name,
  unit: r.unit,
  status: r.status,
  depositDeadline: r.deposit_deadline ? new Date(r.deposit_deadline).toISOString() : null,
  amountDueSatang: Number(r.amount_due_satang),
});

/** What the service knows of each order (from order.status_changed; order.expired marks it expired). */
export const OrdersSeen = {
  async record(em: EntityManager, o: OrderStatusChangedV1): Promise<void> {
    // events of one order may arrive out of order: a later `at` wins
    await em.query(
      `INSERT INTO orders_seen (order_id, consumer_id, producer_id, product_name, unit, status, deposit_deadline, amount_due_satang, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (order_id) DO UPDATE SET status = EXCLUDED.status, deposit_deadline = EXCLUDED.deposit_deadline,
         amount_due_satang = EXCLUDED.amount_due_satang, updated_at = EXCLUDED.updated_at
       WHERE orders_seen.updated_at <= EXCLUDED.updated_at`,
      [o.orderId, o.consumerId, o.producerId, o.productName, o.unit, o.to, o.depositDeadline, o.amountDueSatang, o.at],
    );
  },

  async markStatus(em: EntityManager, orderId: string, status: string, at: string): Promise<void> {
    await em.query(`UPDATE orders_seen SET status = $2, updated_at = $3 WHERE order_id = $1 AND updated_at <= $3`, [
      orderId,
      status,
      at,
    ]);
  },

  async get(em: EntityManager, orderId: string): Promise<KnownOrder | null> {
    const rows: OrderSeenRow[] = await em.query(`SELECT * FROM orders_seen WHERE order_id = $1`, [orderId]);
    return rows.length ? toKnown(rows[0]) : null;
  },

  /** Orders awaiting a deposit whose deadline is ahead but within `horizonMs` of asOf. */
  async depositsDueWithin(em: EntityManager, asOf: Date, horizonMs: number): Promise<KnownOrder[]> {
    const rows: OrderSeenRow[] = await em.query(
      `SELECT * FROM orders_seen WHERE status = 'awaiting_deposit' AND deposit_deadline > $1 AND deposit_deadline <= $2 ORDER BY deposit_deadline LIMIT 1000`,
      [asOf.toISOString(), new Date(asOf.getTime() + horizonMs).toISOString()],
    );
    return rows.map(toKnown);
  },
};
