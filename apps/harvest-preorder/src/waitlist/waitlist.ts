import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { PreorderEvents } from '@app/contracts';
import type { ReservationPromotedV1 } from '@app/contracts';
import { addToOutbox, newEvent } from '@app/messaging';
import { fillFor } from '../allocation/allocate.js';
import { returning } from '../db.js';

/**
 * The order the waitlist is served in: arrival (`seq`, given by reserve_many). Promotion below and the
 * position a consumer is shown (waitlistPositionSql) both read it from here.
 */
const WAITLIST_ORDER = 'seq';

/** SQL for the place in line of reservation row `r` (1 = next): waitlisted ones of its batch up to it. */
export function waitlistPositionSql(r: string): string {
  return `CASE WHEN ${r}.status = 'waitlisted' THEN (SELECT count(*)::int FROM reservations w
    WHERE w.batch_id = ${r}.batch_id AND w.status = 'waitlisted' AND w.${WAITLIST_ORDER} <= ${r}.${WAITLIST_ORDER}) END`;
}

interface WaitingRow {
  id: string;
  consumer_id: string;
  quantity: number;
  allow_partial: boolean;
}

/**
 * Returns `quantity` units of a batch and offers the freed capacity to the waitlist, first come first
 * served (arrival order), with the same rule as the harvest allocation: each gets its full quantity while
 * capacity lasts, partial only if it allowed it, else the next one is tried. Runs in the caller's
 * transaction with the batch row locked first (the lock order of the hot path: batch, then holds, then
 * reservations). Returns the ids of the promoted reservations: their orders are opened after the commit;
 * each promotion raises preorder.reservation.promoted in the caller's transaction.
 */
export async function releaseAndOfferWaitlist(em: EntityManager, batchId: string, quantity: number): Promise<string[]> {
  const [b]: Array<{ reserved: number; reservable_quantity: number; status: string; waitlist: boolean; min_quantity: number; producer_id: string; product_name: string; unit: string }> = await em.query(
    `SELECT reserved, reservable_quantity, status, waitlist, min_quantity, producer_id, product->>'productName' AS product_name, product->>'unit' AS unit
       FROM batches WHERE id = $1 FOR UPDATE`,
    [batchId],
  );
  if (!b) return [];
  let reserved = b.reserved - quantity;
  if (!['open', 'closed'].includes(b.status)) {
    await em.query(`UPDATE batches SET reserved = reserved - $2, updated_at = now() WHERE id = $1`, [batchId, quantity]);
    return [];
  }
  const waiting: WaitingRow[] = await em.query(
    `SELECT id, consumer_id, quantity, allow_partial FROM reservations WHERE batch_id = $1 AND status = 'waitlisted' ORDER BY ${WAITLIST_ORDER} FOR UPDATE`,
    [batchId],
  );
  const promoted: string[] = [];
  for (const w of waiting) {
    const free = b.reservable_quantity - reserved;
    if (free <= 0) break;
    const got = fillFor(w.quantity, free, w.allow_partial, b.min_quantity);
    if (got === 0) continue;
    reserved += got;
    const orderId = randomUUID();
    await em.query(
      `UPDATE reservations SET status = 'confirmed', quantity = $2, order_id = $3, confirmed_seq = nextval('reservation_confirm_seq'), confirmed_at = now()
        WHERE id = $1`,
      [w.id, got, orderId],
    );
    if (got < w.quantity) await em.query(`UPDATE consumer_holds SET held = held - $3 WHERE batch_id = $1 AND consumer_id = $2`, [batchId, w.consumer_id, w.quantity - got]);
    promoted.push(w.id);
    await addToOutbox(
      em,
      newEvent<string, ReservationPromotedV1>(PreorderEvents.reservationPromoted, 1, {
        reservationId: w.id, orderId, batchId, consumerId: w.consumer_id, producerId: b.producer_id, productName: b.product_name, unit: b.unit,
        requested: w.quantity, quantity: got, promotedAt: new Date().toISOString(),
      }),
    );
  }
  // one conditional write of the counter (the CHECK constraint stands behind it too)
  const delta = reserved - b.reserved;
  const res = await returning(
    em,
    `UPDATE batches SET reserved = reserved + $2, updated_at = now() WHERE id = $1 AND reserved + $2 BETWEEN 0 AND reservable_quantity RETURNING id`,
    [batchId, delta],
  );
  if (!res.length) throw new Error(`counter of batch ${batchId} out of range on release`);
  return promoted;
}
