import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * The order the waitlist is served in: arrival (`seq`, given by reserve_many). Promotion (waitlist.ts) and
 * the position a consumer is shown (waitlistPositionSql) both read it from here.
 */
const WAITLIST_ORDER = 'seq';

/** SQL for the place in line of reservation row `r` (1 = next): waitlisted ones of its batch up to it. */
export function waitlistPositionSql(r: string): string {
  return `CASE WHEN ${r}.status = 'waitlisted' THEN (SELECT count(*)::int FROM reservations w
    WHERE w.batch_id = ${r}.batch_id AND w.status = 'waitlisted' AND w.${WAITLIST_ORDER} <= ${r}.${WAITLIST_ORDER}) END`;
}

export interface WaitingRow {
  id: string;
  consumer_id: string;
  quantity: number;
  allow_partial: boolean;
}

/** The waitlisted reservations of a batch (rows of `reservations` in status waitlisted). */
@Injectable()
export class WaitlistRepository {
  /** The batch's waitlist in the order it is served, locked. */
  async lockWaiting(em: EntityManager, batchId: string): Promise<WaitingRow[]> {
    return em.query(
      `SELECT id, consumer_id, quantity, allow_partial FROM reservations WHERE batch_id = $1 AND status = 'waitlisted' ORDER BY ${WAITLIST_ORDER} FOR UPDATE`,
      [batchId],
    );
  }

  /**
   * A waitlisted reservation gets `quantity` units, a new order id and its place in the confirmation order;
   * its order is to be opened (orders_to_open, in the same statement).
   */
  async promote(em: EntityManager, reservationId: string, quantity: number, orderId: string): Promise<void> {
    await em.query(
      `WITH p AS (
         UPDATE reservations SET status = 'confirmed', quantity = $2, order_id = $3, confirmed_seq = nextval('reservation_confirm_seq'), confirmed_at = now()
          WHERE id = $1 RETURNING id)
       INSERT INTO orders_to_open (reservation_id) SELECT id FROM p ON CONFLICT DO NOTHING`,
      [reservationId, quantity, orderId],
    );
  }
}
