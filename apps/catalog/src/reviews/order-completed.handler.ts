import type { EntityManager } from 'typeorm';
import type { EventOf } from '@app/contracts';

/**
 * Remembers who completed which order of which product: the proof a review needs. Runs in the inbox
 * transaction of the event, so it is applied once; a replay of the same order changes nothing.
 */
export async function recordCompletedOrder(event: EventOf<'order.completed', 1>, em: EntityManager): Promise<void> {
  const o = event.data;
  await em.query(
    `INSERT INTO completed_orders (order_id, consumer_id, product_id, completed_at) VALUES ($1, $2, $3, $4) ON CONFLICT (order_id) DO NOTHING`,
    [o.orderId, o.consumerId, o.productId, new Date(o.completedAt)],
  );
}
