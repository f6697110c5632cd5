import type { EntityManager } from 'typeorm';
import type { EventOf } from '@app/contracts';

/**
 * A consumer erased their account (PDPA): their delivery addresses lose the street, postcode and phone
 * (district and province stay: figures by area), and their bank-slip images are emptied (reference, bank
 * and status stay: they prove payments). Money, quantities and statuses are untouched, so nothing the
 * reports count changes. Applied once per event through the inbox; running it again changes nothing.
 */
export async function eraseConsumer(e: EventOf<'identity.consumer_erased', 1>, em: EntityManager): Promise<void> {
  const { userId } = e.data;
  await em.query(
    `UPDATE orders SET fulfilment = fulfilment #- '{address,line1}' #- '{address,subdistrict}' #- '{address,postalCode}' #- '{address,phone}'
      WHERE consumer_id = $1 AND fulfilment->>'type' = 'delivery' AND fulfilment->'address' ?| array['line1', 'subdistrict', 'postalCode', 'phone']`,
    [userId],
  );
  await em.query(`UPDATE payment_slips SET image = ''::bytea WHERE consumer_id = $1 AND length(image) > 0`, [userId]);
}
