import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { bangkokDay } from '../periods/period.js';

/**
 * Who took part in a sale, for the flags of sales that look made up. The report needs only whether two
 * phones are the same, so it keeps a hash of each phone, never the phone (PDPA): the same Thai number
 * written any way (+66…, dashes) gives the same hash.
 */
export function phoneHash(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.replace(/[\s-]/g, '');
  const local = digits.startsWith('+66') ? `0${digits.slice(3)}` : digits;
  if (!/^0\d{8,9}$/.test(local)) return null;
  return createHash('sha256').update(`khongdee-phone:${local}`).digest('hex');
}

export interface SaleParties {
  orderId: string;
  completedAt: string;
  laoCode: string;
  producerId: string;
  consumerId: string;
  consumerPhone?: string | null;
}

/** Idempotent: a second completion of the same order changes nothing. */
export async function recordParties(em: EntityManager, s: SaleParties): Promise<void> {
  await em.query(
    `INSERT INTO sale_parties (order_id, day, lao_code, producer_id, consumer_id, consumer_phone_hash) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (order_id) DO NOTHING`,
    [s.orderId, bangkokDay(s.completedAt), s.laoCode, s.producerId, s.consumerId, phoneHash(s.consumerPhone)],
  );
}
