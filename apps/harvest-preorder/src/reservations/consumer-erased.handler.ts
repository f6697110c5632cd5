import type { EntityManager } from 'typeorm';
import type { EventOf } from '@app/contracts';

/**
 * A consumer erased their account (PDPA): their reservations' delivery addresses lose the street,
 * postcode and phone (district and province stay). Quantities and statuses are untouched. Once per event
 * (inbox); running it again changes nothing.
 */
export async function eraseConsumer(e: EventOf<'identity.consumer_erased', 1>, em: EntityManager): Promise<void> {
  await em.query(
    `UPDATE reservations SET fulfilment = fulfilment #- '{address,line1}' #- '{address,subdistrict}' #- '{address,postalCode}' #- '{address,phone}'
      WHERE consumer_id = $1 AND fulfilment->>'type' = 'delivery' AND fulfilment->'address' ?| array['line1', 'subdistrict', 'postalCode', 'phone']`,
    [e.data.userId],
  );
}
