import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ProductUnit, ReservationCancelledV1, ReservationStatus } from '@app/contracts';
import { returning } from '@app/persistence';
import { waitlistPositionSql } from '../waitlist/waitlist.repository.js';

/** What a cancel or an expiry needs of a reservation, read under its row lock. */
export interface ReservationLockRow {
  id: string;
  consumer_id: string;
  batch_id: string;
  status: ReservationStatus;
  quantity: number;
  allocated: number | null;
  order_id: string | null;
}

/** A confirmed reservation as the harvest allocation reads it (allocate.ts), in confirmation order. */
export interface AllocationCandidateRow {
  id: string;
  order_id: string;
  quantity: number;
  allow_partial: boolean;
  /** bigint, as text */
  confirmed_seq: string;
}

/** The harvest preview's rows: confirmed and waitlisted reservations of the batch. */
export interface PreviewRow {
  id: string;
  quantity: number;
  allow_partial: boolean;
  confirmed_seq: string;
  status: ReservationStatus;
}

export interface CancelledRow {
  id: string;
  order_id: string | null;
  quantity: number;
}

export interface PackingRow {
  id: string;
  status: ReservationStatus;
  consumer_id: string;
  requested: number;
  quantity: number;
  allocated: number | null;
  order_id: string | null;
  fulfilment: { type: 'pickup' | 'delivery'; address?: { line1?: string; postalCode?: string; phone?: string } };
  pickup_point_id: string | null;
  pickup_name: string | null;
  /** Asia/Bangkok date, YYYY-MM-DD */
  day: string;
  created_at: Date;
}

/** A reservation with what its consumer needs to recognise it, and who manages its batch. */
export interface ReservationViewRow {
  id: string;
  status: ReservationStatus;
  quantity: number;
  orderId: string | null;
  batchId: string;
  productId: string;
  productName: string;
  unit: ProductUnit;
  waitlistPosition: number | null;
  createdAt: Date;
  consumerId: string;
  producerId: string;
  laoCode: string;
}

/**
 * What reserve_group answers: the results as JSON text, the orders to open as JSON text (an array of
 * OpenOrderV1, never parsed here: it goes to the order service as it is), their reservations, the batches touched.
 */
export interface ReserveGroupRow {
  results: string;
  open_orders: string;
  open_ids: string[];
  batch_ids: string[];
}

/** Reservation `r`'s order is not open yet (acknowledged orders leave orders_to_open; migration 1767300000000). */
const AWAITING_ORDER = 'EXISTS (SELECT 1 FROM orders_to_open o WHERE o.reservation_id = r.id)';

const VIEW_SELECT = `
  SELECT r.id, r.status, r.quantity, r.order_id AS "orderId", r.batch_id AS "batchId", b.product_id AS "productId",
         b.product->>'productName' AS "productName", b.product->>'unit' AS unit, ${waitlistPositionSql('r')} AS "waitlistPosition",
         r.created_at AS "createdAt", r.consumer_id AS "consumerId", b.producer_id AS "producerId", b.lao_code AS "laoCode"
    FROM reservations r JOIN batches b ON b.id = r.batch_id`;

/**
 * Every statement on the reservations table but the reserving itself (reserve_group / reserve_many, SQL
 * functions under migrations/). Methods taking an EntityManager run in the caller's transaction, after the
 * batch row is locked (the lock order of the hot path: batch, then holds, then reservations).
 */
@Injectable()
export class ReservationsRepository {
  constructor(private readonly ds: DataSource) {}

  /** Decides a group of reservations in one call; the items' JSON goes as it came (reserve-group.service.ts). */
  async reserveGroup(itemsJson: string): Promise<ReserveGroupRow> {
    const [row]: ReserveGroupRow[] = await this.ds.query(
      `SELECT results, open_orders::text AS open_orders, open_ids, batch_ids FROM reserve_group($1::jsonb)`,
      [itemsJson],
    );
    return row;
  }

  async batchIdOf(reservationId: string): Promise<string | null> {
    const [found]: Array<{ batch_id: string }> = await this.ds.query(
      `SELECT batch_id FROM reservations WHERE id = $1`,
      [reservationId],
    );
    return found?.batch_id ?? null;
  }

  async lockForCancel(
    em: EntityManager,
    reservationId: string,
  ): Promise<Pick<ReservationLockRow, 'id' | 'consumer_id' | 'status' | 'quantity' | 'order_id'>> {
    const [r] = await em.query(
      `SELECT id, consumer_id, status, quantity, order_id FROM reservations WHERE id = $1 FOR UPDATE`,
      [reservationId],
    );
    return r;
  }

  async markCancelled(
    em: EntityManager,
    reservationId: string,
    to: ReservationStatus,
    by: ReservationCancelledV1['cancelledBy'],
    reason: string,
  ): Promise<void> {
    await em.query(
      `UPDATE reservations SET status = $2, cancelled_at = now(), cancelled_by = $3, cancel_reason = $4 WHERE id = $1`,
      [reservationId, to, by, reason],
    );
  }

  /** The reservation behind an expired order (null when the order is not this reservation's). */
  async lockForExpiry(
    em: EntityManager,
    reservationId: string,
    orderId: string,
  ): Promise<Omit<ReservationLockRow, 'id' | 'order_id'> | null> {
    const [r] = await em.query(
      `SELECT status, quantity, allocated, consumer_id, batch_id FROM reservations WHERE id = $1 AND order_id = $2 FOR UPDATE`,
      [reservationId, orderId],
    );
    return r ?? null;
  }

  async markExpiredUnpaid(em: EntityManager, reservationId: string, to: ReservationStatus): Promise<void> {
    await em.query(
      `UPDATE reservations SET status = $2, cancelled_at = now(), cancelled_by = 'system', cancel_reason = 'deposit not paid in time' WHERE id = $1`,
      [reservationId, to],
    );
  }

  /** The batch was cancelled: every held reservation (confirmed or waitlisted) ends, with the reason. */
  async cancelHeldOfBatch(em: EntityManager, batchId: string, reason: string): Promise<CancelledRow[]> {
    return returning<CancelledRow>(
      em,
      `UPDATE reservations SET status = 'cancelled', cancelled_at = now(), cancelled_by = 'batch_cancelled', cancel_reason = $2
        WHERE batch_id = $1 AND status IN ('confirmed', 'waitlisted')
        RETURNING id, order_id, quantity`,
      [batchId, reason],
    );
  }

  /** Confirmed reservations of the batch whose order is not open yet. */
  async idsAwaitingOrder(batchId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.ds.query(
      `SELECT id FROM reservations r WHERE batch_id = $1 AND status = 'confirmed' AND ${AWAITING_ORDER}`,
      [batchId],
    );
    return rows.map((r) => r.id);
  }

  async countAwaitingOrder(em: EntityManager, batchId: string): Promise<number> {
    const [unopened]: Array<{ n: number }> = await em.query(
      `SELECT count(*)::int AS n FROM reservations r WHERE batch_id = $1 AND status = 'confirmed' AND ${AWAITING_ORDER}`,
      [batchId],
    );
    return unopened.n;
  }

  async lockConfirmedForAllocation(em: EntityManager, batchId: string): Promise<AllocationCandidateRow[]> {
    return em.query(
      `SELECT id, order_id, quantity, allow_partial, confirmed_seq FROM reservations WHERE batch_id = $1 AND status = 'confirmed' ORDER BY confirmed_seq FOR UPDATE`,
      [batchId],
    );
  }

  async previewRows(batchId: string): Promise<PreviewRow[]> {
    return this.ds.query(
      `SELECT id, quantity, allow_partial, confirmed_seq, status FROM reservations WHERE batch_id = $1 AND status IN ('confirmed', 'waitlisted') ORDER BY confirmed_seq`,
      [batchId],
    );
  }

  async setAllocations(
    em: EntityManager,
    allocations: Array<{ id: string; allocated: number }>,
    to: ReservationStatus,
  ): Promise<void> {
    if (!allocations.length) return;
    await em.query(
      `UPDATE reservations r SET status = $2, allocated = x.allocated FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, allocated int) WHERE r.id = x.id`,
      [JSON.stringify(allocations), to],
    );
  }

  /** At harvest the waitlist ends: no place freed up for them. */
  async cancelWaitlistAtHarvest(em: EntityManager, batchId: string): Promise<void> {
    await em.query(
      `UPDATE reservations SET status = 'cancelled', cancelled_at = now(), cancelled_by = 'system', cancel_reason = 'no place freed up before harvest'
          WHERE batch_id = $1 AND status = 'waitlisted'`,
      [batchId],
    );
  }

  /** Orders acknowledged by the order service: they leave orders_to_open (the reservation rows stay as they are). */
  async markOrdersOpened(ids: ReadonlyArray<string | null>): Promise<void> {
    await this.ds.query(`DELETE FROM orders_to_open WHERE reservation_id = ANY($1::uuid[])`, [ids]);
  }

  /** PDPA erasure: delivery addresses lose street, postcode and phone (district and province stay). */
  async eraseDeliveryDetails(em: EntityManager, consumerId: string): Promise<void> {
    await em.query(
      `UPDATE reservations SET fulfilment = fulfilment #- '{address,line1}' #- '{address,subdistrict}' #- '{address,postalCode}' #- '{address,phone}'
      WHERE consumer_id = $1 AND fulfilment->>'type' = 'delivery' AND fulfilment->'address' ?| array['line1', 'subdistrict', 'postalCode', 'phone']`,
      [consumerId],
    );
  }

  /** The farmer's packing list rows, in arrival order. */
  async packingRows(batchId: string): Promise<PackingRow[]> {
    return this.ds.query(
      `SELECT r.id, r.status, r.consumer_id, r.requested, r.quantity, r.allocated, r.order_id, r.fulfilment, r.pickup_point_id, p.name AS pickup_name,
              to_char(r.created_at AT TIME ZONE 'Asia/Bangkok', 'YYYY-MM-DD') AS day, r.created_at
         FROM reservations r LEFT JOIN pickup_points p ON p.id = r.pickup_point_id
        WHERE r.batch_id = $1 ORDER BY r.seq`,
      [batchId],
    );
  }

  async findView(id: string): Promise<ReservationViewRow | null> {
    const rows: ReservationViewRow[] = await this.ds.query(`${VIEW_SELECT} WHERE r.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** A consumer's reservations, newest first (seq breaks ties within one coalesced group). */
  async viewsOfConsumer(
    consumerId: string,
    status: ReservationStatus | undefined,
    page: number,
    pageSize: number,
  ): Promise<{ rows: ReservationViewRow[]; total: number }> {
    const params: unknown[] = [consumerId];
    const where = `r.consumer_id = $1${status ? ` AND r.status = $${params.push(status)}` : ''}`;
    const [rows, [{ total }]]: [ReservationViewRow[], Array<{ total: number }>] = await Promise.all([
      this.ds.query(
        `${VIEW_SELECT} WHERE ${where} ORDER BY r.created_at DESC, r.seq DESC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
        params,
      ),
      this.ds.query(`SELECT count(*)::int AS total FROM reservations r WHERE ${where}`, params),
    ]);
    return { rows, total };
  }
}
