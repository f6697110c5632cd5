import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MAX_ORDER_TOTAL_SATANG } from '@app/contracts';
import type { OpenOrdersReplyV1, OrderStatus } from '@app/contracts';
import { DomainError } from '@app/messaging';
import { ORDER_CONFIG } from '../config.js';
import type { OrderConfig } from '../config.js';
import { initialStatus } from '../lifecycle/order-lifecycle.js';
import { depositDue, goodsTotal, withinOrderLimit } from './money.js';
import { OrderOutbox } from '../events/order-events.js';
import { toOrder } from './order.js';
import type { OrderRow } from './order.js';
import { OPENING_LOCK_SQL } from './order.store.js';
import type { OpenOrdersDto } from './open-orders.dto.js';

/**
 * Opens the order of each confirmed reservation in one statement. Idempotent by order id: the preorder
 * service may retry a timed-out call, and the second call opens nothing new.
 */
@Injectable()
export class OpenOrdersService {
  constructor(
    private readonly ds: DataSource,
    @Inject(ORDER_CONFIG) private readonly config: OrderConfig,
  ) {}

  async open(cmd: OpenOrdersDto): Promise<OpenOrdersReplyV1> {
    cmd.orders.forEach((o, i) => {
      if (!withinOrderLimit(o.quantity * o.unitPriceSatang + o.deliveryFeeSatang)) {
        throw DomainError.validation(`orders[${i}].quantity`, `times unitPriceSatang plus the delivery fee must stay within ${MAX_ORDER_TOTAL_SATANG} satang`);
      }
    });
    const rows = cmd.orders.map((o) => {
      const goods = goodsTotal(o.quantity, o.unitPriceSatang);
      const deposit = depositDue(goods, o.depositPercent);
      const reservedAt = new Date(o.reservedAt);
      const reservationId = o.reservationId ?? null;
      const status = initialStatus({ reservationId, depositDueSatang: deposit, totalSatang: goods + o.deliveryFeeSatang });
      // the deadline to pay the deposit, or the whole price of a direct purchase
      const hasDeadline = status === 'awaiting_deposit' || status === 'awaiting_balance';
      return {
        id: o.orderId,
        reservation_id: reservationId,
        batch_id: o.batchId,
        product_id: o.productId,
        product_name: o.productName,
        category: o.category,
        unit: o.unit,
        producer_id: o.producerId,
        producer_kind: o.producerKind,
        producer_member_count: o.producerMemberCount,
        promptpay_id: o.promptPayId,
        lao_code: o.laoCode,
        district_code: o.districtCode,
        province_code: o.provinceCode,
        consumer_id: o.consumerId,
        requested_quantity: o.quantity,
        quantity: o.quantity,
        unit_price_satang: o.unitPriceSatang,
        goods_total_satang: goods,
        delivery_fee_satang: o.deliveryFeeSatang,
        deposit_percent: o.depositPercent,
        deposit_due_satang: deposit,
        fulfilment: o.fulfilment,
        status: status as OrderStatus,
        reserved_at: reservedAt.toISOString(),
        deposit_deadline: (hasDeadline ? new Date(reservedAt.getTime() + this.config.depositDeadlineHours * 3600_000).toISOString() : null) as string | null,
        // a direct purchase takes stock already harvested: it is settled when it opens
        allocated_at: reservationId === null ? reservedAt.toISOString() : null,
      };
    });
    await this.ds.transaction(async (em) => {
      // serialized with events about the same ids (OrderStore.lockOrAwaitOpening), sorted against deadlocks
      const ids = [...new Set(rows.map((r) => r.id))].sort();
      await em.query(`SELECT pg_advisory_xact_lock(${OPENING_LOCK_SQL('x')}) FROM unnest($1::uuid[]) AS x ORDER BY x`, [ids]);
      const dead: Array<{ order_id: string; reason: string }> = await em.query(`SELECT order_id, reason FROM order_tombstones WHERE order_id = ANY($1::uuid[])`, [ids]);
      const tomb = new Map(dead.map((d) => [d.order_id, d.reason]));
      for (const r of rows) {
        if (!tomb.has(r.id)) continue;
        // cancelled or allocated nothing before it was opened: it opens as it would have ended
        r.status = 'cancelled';
        r.deposit_deadline = null;
      }
      const inserted: Array<{ id: string; status: string }> = await em.query(
        `INSERT INTO orders (id, reservation_id, batch_id, product_id, product_name, category, unit, producer_id, producer_kind,
            producer_member_count, promptpay_id, lao_code, district_code, province_code, consumer_id, requested_quantity, quantity,
            unit_price_satang, goods_total_satang, delivery_fee_satang, deposit_percent, deposit_due_satang, fulfilment, status,
            reserved_at, deposit_deadline, allocated_at)
         SELECT id, reservation_id, batch_id, product_id, product_name, category, unit, producer_id, producer_kind,
            producer_member_count, promptpay_id, lao_code, district_code, province_code, consumer_id, requested_quantity, quantity,
            unit_price_satang, goods_total_satang, delivery_fee_satang, deposit_percent, deposit_due_satang, fulfilment, status,
            reserved_at, deposit_deadline, allocated_at
           FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, reservation_id uuid, batch_id uuid, product_id uuid, product_name text,
            category text, unit text, producer_id uuid, producer_kind text, producer_member_count int, promptpay_id text, lao_code text,
            district_code text, province_code text, consumer_id uuid, requested_quantity int, quantity int, unit_price_satang bigint,
            goods_total_satang bigint, delivery_fee_satang bigint, deposit_percent int, deposit_due_satang bigint, fulfilment jsonb,
            status text, reserved_at timestamptz, deposit_deadline timestamptz, allocated_at timestamptz)
         ON CONFLICT (id) DO NOTHING
         RETURNING id, status`,
        [JSON.stringify(rows)],
      );
      // the history starts with the status the order opened in
      await em.query(
        `INSERT INTO order_status_history (order_id, from_status, to_status, trigger, actor)
         SELECT x.id, NULL, x.status, CASE WHEN t.reason IS NULL THEN 'open' ELSE t.reason END, 'system'
           FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, status text) LEFT JOIN order_tombstones t ON t.order_id = x.id`,
        [JSON.stringify(inserted)],
      );
      if (inserted.length) {
        const opened: OrderRow[] = await em.query(`SELECT * FROM orders WHERE id = ANY($1::uuid[])`, [inserted.map((r) => r.id)]);
        await OrderOutbox.statusChanged(em, opened.map((r) => ({ order: toOrder(r), from: null, trigger: 'open' })), new Date());
      }
    });
    return { orderIds: cmd.orders.map((o) => o.orderId) };
  }
}
