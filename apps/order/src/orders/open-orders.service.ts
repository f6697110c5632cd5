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
import { OrdersRepository } from './orders.repository.js';
import type { NewOrderRow } from './orders.repository.js';
import { openedOrder } from './order.js';
import type { Order } from './order.js';
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
        throw DomainError.validation(
          `orders[${i}].quantity`,
          `times unitPriceSatang plus the delivery fee must stay within ${MAX_ORDER_TOTAL_SATANG} satang`,
        );
      }
    });
    const rows = cmd.orders.map((o): NewOrderRow => {
      const goods = goodsTotal(o.quantity, o.unitPriceSatang);
      const deposit = depositDue(goods, o.depositPercent);
      const reservedAt = new Date(o.reservedAt);
      const reservationId = o.reservationId ?? null;
      const status = initialStatus({
        reservationId,
        depositDueSatang: deposit,
        totalSatang: goods + o.deliveryFeeSatang,
      });
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
        deposit_deadline: (hasDeadline
          ? new Date(reservedAt.getTime() + this.config.depositDeadlineHours * 3600_000).toISOString()
          : null) as string | null,
        // a direct purchase takes stock already harvested: it is settled when it opens
        allocated_at: reservationId === null ? reservedAt.toISOString() : null,
      };
    });
    // each id once (the first of a repeated id, as the insert kept before), as PostgreSQL spells a uuid
    const unique = new Map<string, NewOrderRow>();
    for (const r of rows) {
      r.id = r.id.toLowerCase();
      if (!unique.has(r.id)) unique.set(r.id, r);
    }
    const ids = [...unique.keys()].sort();
    await this.ds.transaction(async (em) => {
      // serialized with events about the same ids (OrdersRepository.lockOrAwaitOpening), sorted against deadlocks
      await OrdersRepository.lockOpenings(em, ids);
      const at = new Date();
      // the orders as inserted, without reading them back (openedOrder: what the row holds now)
      const asked = [...unique.values()];
      const hoped = OrderOutbox.statusChangedEvents(
        asked.map((r) => ({ order: openedOrder(r, at), from: null, trigger: 'open' })),
        at,
      );
      // the common case's event written by the opening statement itself (one round trip less), if it is one event
      const { existing, cancelled, outboxed } = await OrdersRepository.insertOpened(
        em,
        asked,
        hoped.length === 1 ? hoped[0] : undefined,
      );
      if (outboxed) return;
      const skip = new Set(existing);
      const ended = new Set(cancelled);
      const opened: Array<{ order: Order; from: null; trigger: string }> = [];
      for (const r of asked) {
        if (skip.has(r.id)) continue;
        if (ended.has(r.id)) {
          r.status = 'cancelled';
          r.deposit_deadline = null;
        }
        opened.push({ order: openedOrder(r, at), from: null, trigger: 'open' });
      }
      await OrderOutbox.statusChanged(em, opened, at);
    });
    return { orderIds: cmd.orders.map((o) => o.orderId) };
  }
}
