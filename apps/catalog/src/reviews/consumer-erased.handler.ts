import type { EntityManager } from 'typeorm';
import type { ConsumerErasedV1, IntegrationEvent } from '@app/contracts';
import { reviewsRepository } from './reviews.repository.js';

/**
 * A consumer erased their account (PDPA): their reviews keep the rating (the product's average does not
 * move) and lose their text, which may name or describe them. Once per event (inbox).
 */
export async function eraseConsumerReviews(e: IntegrationEvent<string, ConsumerErasedV1>, em: EntityManager): Promise<void> {
  await reviewsRepository.eraseTextsOf(em, e.data.userId);
}
