import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { returning } from '@app/persistence';

/**
 * consumer_holds: how many units of a batch each consumer holds (reservations and direct purchases), the
 * counter the maximum per consumer is checked against. Always written in the caller's transaction, after
 * the batch row is locked.
 */
@Injectable()
export class ConsumerHoldsRepository {
  /** Units given back (a cancel, an expiry, the unpromoted part of a waitlisted reservation). */
  async reduce(em: EntityManager, batchId: string, consumerId: string, quantity: number): Promise<void> {
    await em.query(`UPDATE consumer_holds SET held = held - $3 WHERE batch_id = $1 AND consumer_id = $2`, [
      batchId,
      consumerId,
      quantity,
    ]);
  }

  /** Units the consumer no longer has from the batch (never below 0: holds of purchases made before they counted). */
  async release(em: EntityManager, batchId: string, consumerId: string, quantity: number): Promise<void> {
    if (quantity > 0)
      await em.query(
        `UPDATE consumer_holds SET held = greatest(0, held - $3) WHERE batch_id = $1 AND consumer_id = $2`,
        [batchId, consumerId, quantity],
      );
  }

  async clearBatch(em: EntityManager, batchId: string): Promise<void> {
    await em.query(`UPDATE consumer_holds SET held = 0 WHERE batch_id = $1`, [batchId]);
  }

  /** After harvest a consumer's hold is what the harvest gave them (their allocated reservations). */
  async resetToAllocations(em: EntityManager, batchId: string): Promise<void> {
    await em.query(
      `UPDATE consumer_holds h SET held = coalesce((SELECT sum(r.allocated) FROM reservations r
            WHERE r.batch_id = h.batch_id AND r.consumer_id = h.consumer_id AND r.status = 'allocated'), 0)
          WHERE h.batch_id = $1`,
      [batchId],
    );
  }

  /** Raises the hold by `quantity` only while it stays within `max`; false when it would not. */
  async raiseWithin(
    em: EntityManager,
    batchId: string,
    consumerId: string,
    quantity: number,
    max: number,
  ): Promise<boolean> {
    const held = await returning(
      em,
      `INSERT INTO consumer_holds (batch_id, consumer_id, held) SELECT $1::uuid, $2::uuid, $3::int WHERE $3::int <= $4::int
         ON CONFLICT (batch_id, consumer_id) DO UPDATE SET held = consumer_holds.held + EXCLUDED.held WHERE consumer_holds.held + EXCLUDED.held <= $4::int
         RETURNING held`,
      [batchId, consumerId, quantity, max],
    );
    return held.length > 0;
  }
}
