import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PreorderEvents } from '@app/contracts';
import { addToOutbox, newEvent } from '@app/messaging';
import { fillFor } from '../allocation/allocate.js';
import { BatchesRepository } from '../batches/batches.repository.js';
import { ConsumerHoldsRepository } from '../reservations/consumer-holds.repository.js';
import { WaitlistRepository } from './waitlist.repository.js';

/** Releasing units of a batch and offering them to its waitlist (the order it is served in: waitlist.repository.ts). */
@Injectable()
export class Waitlist {
  constructor(
    private readonly batches: BatchesRepository,
    private readonly holds: ConsumerHoldsRepository,
    private readonly waiting: WaitlistRepository,
  ) {}

  /**
   * Returns `quantity` units of a batch and offers the freed capacity to the waitlist, first come first
   * served (arrival order), with the same rule as the harvest allocation: each gets its full quantity while
   * capacity lasts, partial only if it allowed it, else the next one is tried. Runs in the caller's
   * transaction with the batch row locked first (the lock order of the hot path: batch, then holds, then
   * reservations). Returns the ids of the promoted reservations: their orders are opened after the commit;
   * each promotion raises preorder.reservation.promoted in the caller's transaction.
   */
  async releaseAndOffer(em: EntityManager, batchId: string, quantity: number): Promise<string[]> {
    const b = await this.batches.lockCounters(em, batchId);
    if (!b) return [];
    let reserved = b.reserved - quantity;
    if (!['open', 'closed'].includes(b.status)) {
      await this.batches.releaseReserved(em, batchId, quantity);
      return [];
    }
    const waiting = await this.waiting.lockWaiting(em, batchId);
    const promoted: string[] = [];
    for (const w of waiting) {
      const free = b.reservable_quantity - reserved;
      if (free <= 0) break;
      const got = fillFor(w.quantity, free, w.allow_partial, b.min_quantity);
      if (got === 0) continue;
      reserved += got;
      const orderId = randomUUID();
      await this.waiting.promote(em, w.id, got, orderId);
      if (got < w.quantity) await this.holds.reduce(em, batchId, w.consumer_id, w.quantity - got);
      promoted.push(w.id);
      await addToOutbox(
        em,
        newEvent(PreorderEvents.reservationPromoted, 1, {
          reservationId: w.id,
          orderId,
          batchId,
          consumerId: w.consumer_id,
          producerId: b.producer_id,
          productName: b.product_name,
          unit: b.unit,
          requested: w.quantity,
          quantity: got,
          promotedAt: new Date().toISOString(),
        }),
      );
    }
    // one conditional write of the counter (the CHECK constraint stands behind it too)
    if (!(await this.batches.shiftReservedWithinRange(em, batchId, reserved - b.reserved)))
      throw new Error(`counter of batch ${batchId} out of range on release`);
    return promoted;
  }
}
