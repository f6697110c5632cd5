import type { EntityManager } from 'typeorm';
import { PreorderEvents } from '@app/contracts';
import { addToOutbox, newEvent } from '@app/messaging';
import { waitlistPositionSql } from '../waitlist/waitlist.repository.js';

interface NoticeRow {
  id: string;
  producer_id: string;
  lao_code: string;
  product_name: string;
  unit: string;
  reservable_quantity: number;
  opens_at: Date;
  closes_at: Date;
}

const FIELDS = `b.id, b.producer_id, b.lao_code, b.product->>'productName' AS product_name, b.product->>'unit' AS unit, b.reservable_quantity, b.opens_at, b.closes_at`;

/**
 * The batch events, each raised once: the notice row is the guard (two replicas insert it, one wins) and
 * is written with the event in the caller's transaction. Nothing here runs in reserve_group's transaction
 * nor locks a batch row: the live sale pays nothing for them.
 */
export const BatchNotices = {
  /** preorder.batch.opened of open batches not told yet (only `ids` when given: the transaction that opened them). */
  async opened(em: EntityManager, ids?: string[]): Promise<number> {
    const rows: NoticeRow[] = await em.query(
      `WITH due AS (SELECT ${FIELDS} FROM batches b WHERE b.status = 'open' ${ids ? 'AND b.id = ANY($1::uuid[])' : ''}
                      AND NOT EXISTS (SELECT 1 FROM batch_notices n WHERE n.batch_id = b.id AND n.kind = 'opened') LIMIT 500),
            told AS (INSERT INTO batch_notices (batch_id, kind) SELECT id, 'opened' FROM due ON CONFLICT DO NOTHING RETURNING batch_id)
       SELECT due.* FROM due JOIN told ON told.batch_id = due.id`,
      ids ? [ids] : [],
    );
    const events = rows.map((b) =>
      newEvent(PreorderEvents.batchOpened, 1, {
        batchId: b.id,
        producerId: b.producer_id,
        laoCode: b.lao_code,
        productName: b.product_name,
        unit: b.unit,
        reservableQuantity: b.reservable_quantity,
        opensAt: new Date(b.opens_at).toISOString(),
        closesAt: new Date(b.closes_at).toISOString(),
      }),
    );
    await addToOutbox(em, ...events);
    return events.length;
  },

  /** preorder.batch.sold_out of batches whose every reservable unit is held, once per batch. */
  async soldOut(em: EntityManager, now = new Date()): Promise<number> {
    const rows: NoticeRow[] = await em.query(
      `WITH due AS (SELECT ${FIELDS} FROM batches b WHERE b.status IN ('open', 'closed') AND b.reserved >= b.reservable_quantity
                      AND NOT EXISTS (SELECT 1 FROM batch_notices n WHERE n.batch_id = b.id AND n.kind = 'sold_out') LIMIT 500),
            told AS (INSERT INTO batch_notices (batch_id, kind) SELECT id, 'sold_out' FROM due ON CONFLICT DO NOTHING RETURNING batch_id)
       SELECT due.* FROM due JOIN told ON told.batch_id = due.id`,
    );
    const events = rows.map((b) =>
      newEvent(
        PreorderEvents.batchSoldOut,
        1,
        {
          batchId: b.id,
          producerId: b.producer_id,
          productName: b.product_name,
          unit: b.unit,
          reservableQuantity: b.reservable_quantity,
          soldOutAt: now.toISOString(),
        },
        now,
      ),
    );
    await addToOutbox(em, ...events);
    return events.length;
  },

  /**
   * preorder.reservations.waitlisted: per batch, one event listing the reservations waitlisted since its
   * last one (arrival `seq` above the told mark), each with its place in line.
   */
  async waitlisted(em: EntityManager): Promise<number> {
    const batches: Array<NoticeRow & { told_seq: string | null }> = await em.query(
      `SELECT ${FIELDS}, n.told_seq FROM batches b LEFT JOIN waitlist_notices n ON n.batch_id = b.id
        WHERE b.status IN ('open', 'closed')
          AND EXISTS (SELECT 1 FROM reservations r WHERE r.batch_id = b.id AND r.status = 'waitlisted' AND r.seq > COALESCE(n.told_seq, 0))
        LIMIT 100`,
    );
    let raised = 0;
    for (const b of batches) {
      const items: Array<{ id: string; consumer_id: string; quantity: number; seq: string; place: number }> =
        await em.query(
          `SELECT r.id, r.consumer_id, r.quantity, r.seq, ${waitlistPositionSql('r')} AS place FROM reservations r
          WHERE r.batch_id = $1 AND r.status = 'waitlisted' AND r.seq > $2 ORDER BY r.seq LIMIT 1000`,
          [b.id, b.told_seq ?? 0],
        );
      if (!items.length) continue;
      const mark = items[items.length - 1].seq;
      // the guard: only the replica that moves the mark from what it read raises the event
      const [moved] = await em.query(
        `INSERT INTO waitlist_notices AS w (batch_id, told_seq) VALUES ($1, $2)
         ON CONFLICT (batch_id) DO UPDATE SET told_seq = EXCLUDED.told_seq WHERE w.told_seq IS NOT DISTINCT FROM $3::bigint RETURNING batch_id`,
        [b.id, mark, b.told_seq],
      );
      if (!moved) continue;
      await addToOutbox(
        em,
        newEvent(PreorderEvents.reservationsWaitlisted, 1, {
          batchId: b.id,
          producerId: b.producer_id,
          productName: b.product_name,
          unit: b.unit,
          items: items.map((r) => ({
            reservationId: r.id,
            consumerId: r.consumer_id,
            quantity: r.quantity,
            place: r.place,
          })),
        }),
      );
      raised++;
    }
    return raised;
  },
};
