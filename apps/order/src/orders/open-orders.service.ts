import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MAX_ORDER_TOTAL_SATANG } from '@app/contracts';
import type { OpenOrdersReplyV1 } from '@app/contracts';
import { DomainError } from '@app/messaging';
import { ORDER_CONFIG } from '../config.js';
import type { OrderConfig } from '../config.js';
import { initialStatus } from '../lifecycle/order-lifecycle.js';
import { depositDue, goodsTotal, withinOrderLimit } from './money.js';
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
        status,
        reserved_at: reservedAt.toISOString(),
        deposit_deadline: hasDeadline ? new Date(reservedAt.getTime() + this.config.depositDeadlineHours * 3600_000).toISOString() : null,
        // a direct purchase takes stock already harvested: it is settled when it opens
        allocated_at: reservationId === null ? reservedAt.toISOString() : null,
      };
    });
    await this.ds.query(
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
       ON CONFLICT (id) DO NOTHING`,
      [JSON.stringify(rows)],
    );
    return { orderIds: cmd.orders.map((o) => o.orderId) };
  }
}
