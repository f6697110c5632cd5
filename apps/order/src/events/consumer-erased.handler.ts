import type { EntityManager } from 'typeorm';
import type { EventOf } from '@app/contracts';
import { OrdersRepository } from '../orders/orders.repository.js';
import { SlipRepository } from '../slips/slip.repository.js';

/**
 * A consumer erased their account (PDPA): their delivery addresses lose the street, postcode and phone
 * (district and province stay: figures by area), and their bank-slip images are emptied (reference, bank
 * and status stay: they prove payments). Money, quantities and statuses are untouched, so nothing the
 * reports count changes. Applied once per event through the inbox; running it again changes nothing.
 */
export async function eraseConsumer(e: EventOf<'identity.consumer_erased', 1>, em: EntityManager): Promise<void> {
  const { userId } = e.data;
  await OrdersRepository.eraseDeliveryDetails(em, userId);
  await SlipRepository.emptyImagesOf(em, userId);
}
