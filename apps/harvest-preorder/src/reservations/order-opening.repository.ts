import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DeliveryAddressV1, ProductSnapshotV1 } from '@app/contracts';

/** A reservation or a direct purchase whose order is not open yet, with what the order service needs. */
export interface OpenRow {
  kind: 'reservation' | 'purchase';
  id: string;
  order_id: string;
  batch_id: string;
  consumer_id: string;
  quantity: number;
  fulfilment: { type: 'pickup'; pickupPointId: string } | { type: 'delivery'; address: DeliveryAddressV1 };
  reserved_at: Date;
  product: ProductSnapshotV1;
  unit_price_satang: string;
  deposit_percent: number;
  delivery_fee_satang: string | null;
  pickup_name: string | null;
}

/** A reservation's order is not open yet while its row is in orders_to_open (migration 1767300000000). */
const OPEN_ROWS = `
  SELECT 'reservation' AS kind, r.id, r.order_id, r.batch_id, r.consumer_id, r.quantity, r.fulfilment, r.confirmed_at AS reserved_at,
         b.product, b.unit_price_satang, b.deposit_percent, b.delivery_fee_satang, p.name AS pickup_name
    FROM orders_to_open o JOIN reservations r ON r.id = o.reservation_id JOIN batches b ON b.id = r.batch_id
         LEFT JOIN pickup_points p ON p.id = r.pickup_point_id
   WHERE r.order_id IS NOT NULL AND r.status IN ('confirmed', 'allocated') AND %WHERE_R%
  UNION ALL
  SELECT 'purchase', s.id, s.order_id, s.batch_id, s.consumer_id, s.quantity, s.fulfilment, s.created_at,
         b.product, b.unit_price_satang, b.deposit_percent, b.delivery_fee_satang, p.name
    FROM stock_purchases s JOIN batches b ON b.id = s.batch_id LEFT JOIN pickup_points p ON p.id = (s.fulfilment->>'pickupPointId')::uuid
   WHERE NOT s.order_opened AND %WHERE_S%`;

/** The reads of OrderOpener: reservations and purchases whose orders still have to be opened. */
@Injectable()
export class OrderOpeningRepository {
  constructor(private readonly ds: DataSource) {}

  /** These reservations / purchases, those whose order is not open yet. */
  async unopened(ids: string[]): Promise<OpenRow[]> {
    return this.ds.query(
      OPEN_ROWS.replace('%WHERE_R%', 'o.reservation_id = ANY($1::uuid[])').replace(
        '%WHERE_S%',
        's.id = ANY($1::uuid[])',
      ),
      [ids],
    );
  }

  /** Those left unopened for longer than `olderThanMs` (at most 1000). */
  async unopenedOlderThan(olderThanMs: number): Promise<OpenRow[]> {
    return this.ds.query(
      OPEN_ROWS.replace('%WHERE_R%', `r.confirmed_at < now() - $1 * interval '1 millisecond'`).replace(
        '%WHERE_S%',
        `s.created_at < now() - $1 * interval '1 millisecond'`,
      ) + ' LIMIT 1000',
      [olderThanMs],
    );
  }

  /**
   * Forgets the orders to open of reservations that will never need one: cancelled or expired before their
   * order was opened (every reader above skips them already; this only keeps the table to what is in flight).
   */
  async forgetSettled(): Promise<void> {
    await this.ds.query(
      `DELETE FROM orders_to_open o WHERE NOT EXISTS (SELECT 1 FROM reservations r
         WHERE r.id = o.reservation_id AND r.order_id IS NOT NULL AND r.status IN ('confirmed', 'allocated'))`,
    );
  }
}
