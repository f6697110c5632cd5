import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { BatchStatus, ReservationStatus } from '@app/contracts';

export interface LiveRow {
  status: BatchStatus;
  reservable_quantity: number;
  reserved: number;
  producer_id: string;
  lao_code: string;
  confirmed_count: number;
  waitlisted_count: number;
  waitlisted_quantity: number;
  recent: Array<{ quantity: number; status: ReservationStatus; at: string }>;
}

/** The live-sale snapshot in one statement: the batch's counters, its queue and the last ten reservations. */
@Injectable()
export class LiveRepository {
  constructor(private readonly ds: DataSource) {}

  async snapshot(batchId: string): Promise<LiveRow | null> {
    const rows: LiveRow[] = await this.ds.query(
      `SELECT b.status, b.reservable_quantity, b.reserved, b.producer_id, b.lao_code,
              (SELECT count(*)::int FROM reservations r WHERE r.batch_id = b.id AND r.status IN ('confirmed', 'allocated')) AS confirmed_count,
              (SELECT count(*)::int FROM reservations r WHERE r.batch_id = b.id AND r.status = 'waitlisted') AS waitlisted_count,
              (SELECT coalesce(sum(quantity), 0)::int FROM reservations r WHERE r.batch_id = b.id AND r.status = 'waitlisted') AS waitlisted_quantity,
              coalesce((SELECT json_agg(x ORDER BY x.seq DESC) FROM (
                 SELECT r.quantity, r.status, r.created_at AS at, r.seq FROM reservations r WHERE r.batch_id = b.id ORDER BY r.seq DESC LIMIT 10) x), '[]') AS recent
         FROM batches b WHERE b.id = $1`,
      [batchId],
    );
    return rows[0] ?? null;
  }
}
