import type { DataSource } from 'typeorm';
import type { ProductUnit, ReservationStatus } from '@app/contracts';
import { waitlistPositionSql } from '../waitlist/waitlist.js';

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

const SELECT = `
  SELECT r.id, r.status, r.quantity, r.order_id AS "orderId", r.batch_id AS "batchId", b.product_id AS "productId",
         b.product->>'productName' AS "productName", b.product->>'unit' AS unit, ${waitlistPositionSql('r')} AS "waitlistPosition",
         r.created_at AS "createdAt", r.consumer_id AS "consumerId", b.producer_id AS "producerId", b.lao_code AS "laoCode"
    FROM reservations r JOIN batches b ON b.id = r.batch_id`;

/** The reads of reservations for their consumers (the writes stay with reserve_many and the services). */
export const reservationViewsRepository = {
  async find(ds: DataSource, id: string): Promise<ReservationViewRow | null> {
    const rows = await ds.query(`${SELECT} WHERE r.id = $1`, [id]);
    return rows[0] ?? null;
  },

  /** A consumer's reservations, newest first (seq breaks ties within one coalesced group). */
  async ofConsumer(ds: DataSource, consumerId: string, status: ReservationStatus | undefined, page: number, pageSize: number) {
    const params: unknown[] = [consumerId];
    const where = `r.consumer_id = $1${status ? ` AND r.status = $${params.push(status)}` : ''}`;
    const [rows, [{ total }]]: [ReservationViewRow[], Array<{ total: number }>] = await Promise.all([
      ds.query(`${SELECT} WHERE ${where} ORDER BY r.created_at DESC, r.seq DESC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`, params),
      ds.query(`SELECT count(*)::int AS total FROM reservations r WHERE ${where}`, params),
    ]);
    return { rows, total };
  },
};
