import type { EntityManager } from 'typeorm';
import type { BatchOpenedV1, OrderStatusChangedV1 } from '@app/contracts';
import type { DayOfReservations, KnownBatch } from '../rules/batch-rules.js';

/** A row of batches_seen. */
interface BatchSeenRow {
  batch_id: string;
  producer_id: string;
  product_name: string;
  closes_at: Date;
  sold_out: boolean;
}

/** What the service knows of batches (preorder.batch.opened / .sold_out) and of the day's new reservations. */
export const BatchesSeen = {
  async opened(em: EntityManager, b: BatchOpenedV1): Promise<void> {
    await em.query(
      `INSERT INTO batches_seen (batch_id, producer_id, product_name, closes_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (batch_id) DO UPDATE SET closes_at = EXCLUDED.closes_at, product_name = EXCLUDED.product_name`,
      [b.batchId, b.producerId, b.productName, b.closesAt],
    );
  },

  async soldOut(em: EntityManager, batchId: string): Promise<void> {
    await em.query(`UPDATE batches_seen SET sold_out = true WHERE batch_id = $1`, [batchId]);
  },

  /** Batches not sold out whose window closes after asOf and within leadMs of it. */
  async closingWithin(em: EntityManager, asOf: Date, leadMs: number): Promise<KnownBatch[]> {
    const rows: BatchSeenRow[] = await em.query(
      `SELECT * FROM batches_seen WHERE NOT sold_out AND closes_at > $1 AND closes_at <= $2 ORDER BY closes_at LIMIT 1000`,
      [asOf.toISOString(), new Date(asOf.getTime() + leadMs).toISOString()],
    );
    return rows.map((r) => ({
      batchId: r.batch_id,
      producerId: r.producer_id,
      productName: r.product_name,
      closesAt: new Date(r.closes_at).toISOString(),
      soldOut: r.sold_out,
    }));
  },

  /** An order opened for a reservation (not a purchase of stock on hand): one new reservation of its producer. */
  async reservationOpened(em: EntityManager, o: OrderStatusChangedV1): Promise<void> {
    if (o.from !== null || !o.reservationId || !['awaiting_deposit', 'awaiting_balance'].includes(o.to)) return;
    await em.query(
      `INSERT INTO new_reservations (order_id, producer_id, product_name, opened_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [o.orderId, o.producerId, o.productName, o.at],
    );
  },

  /** Per producer, the reservations opened in [from, to), counted per product. */
  async reservationsBetween(em: EntityManager, from: Date, to: Date, day: string): Promise<DayOfReservations[]> {
    const rows: Array<{ producer_id: string; product_name: string; n: number }> = await em.query(
      `SELECT producer_id, product_name, count(*)::int AS n FROM new_reservations WHERE opened_at >= $1 AND opened_at < $2 GROUP BY producer_id, product_name`,
      [from.toISOString(), to.toISOString()],
    );
    const by = new Map<string, DayOfReservations>();
    for (const r of rows) {
      const d = by.get(r.producer_id) ?? { producerId: r.producer_id, day, products: [] };
      d.products.push({ productName: r.product_name, count: r.n });
      by.set(r.producer_id, d);
    }
    return [...by.values()];
  },

  async prune(em: EntityManager, before: Date): Promise<void> {
    await em.query(`DELETE FROM new_reservations WHERE opened_at < $1`, [before.toISOString()]);
    await em.query(`DELETE FROM batches_seen WHERE closes_at < $1`, [before.toISOString()]);
  },
};
