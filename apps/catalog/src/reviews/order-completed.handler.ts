import type { EntityManager } from 'typeorm';
import type { EventOf } from '@app/contracts';
import { reviewsRepository } from './reviews.repository.js';

/**
 * Remembers who completed which order of which product: the proof a review needs. Runs in the inbox
 * transaction of the event, so it is applied once; a replay of the same order changes nothing.
 */
export async function recordCompletedOrder(event: EventOf<'order.completed', 1>, em: EntityManager): Promise<void> {
  const o = event.data;
  await reviewsRepository.recordCompletedOrder(em, {
    orderId: o.orderId,
    consumerId: o.consumerId,
    productId: o.productId,
    completedAt: new Date(o.completedAt),
  });
}
