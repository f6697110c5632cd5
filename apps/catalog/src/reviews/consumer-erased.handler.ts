import type { EntityManager } from 'typeorm';
import type { EventOf } from '@app/contracts';
import { reviewsRepository } from './reviews.repository.js';

/**
 * A consumer erased their account (PDPA): their reviews keep the rating (the product's average does not
 * move) and lose their text, which may name or describe them. Once per event (inbox).
 */
export async function eraseConsumerReviews(
  e: EventOf<'identity.consumer_erased', 1>,
  em: EntityManager,
): Promise<void> {
  await reviewsRepository.eraseTextsOf(em, e.data.userId);
}
