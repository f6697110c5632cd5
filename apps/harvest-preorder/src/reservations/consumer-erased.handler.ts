import type { EntityManager } from 'typeorm';
import type { EventOf } from '@app/contracts';
import type { ReservationsRepository } from './reservations.repository.js';

/**
 * A consumer erased their account (PDPA): their reservations' delivery addresses lose the street,
 * postcode and phone (district and province stay). Quantities and statuses are untouched. Once per event
 * (inbox); running it again changes nothing.
 */
export async function eraseConsumer(
  repo: ReservationsRepository,
  e: EventOf<'identity.consumer_erased', 1>,
  em: EntityManager,
): Promise<void> {
  await repo.eraseDeliveryDetails(em, e.data.userId);
}
