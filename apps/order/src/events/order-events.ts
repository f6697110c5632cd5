import type { EntityManager } from 'typeorm';
import { OrderEvents, STATUS_CHANGES_PER_EVENT } from '@app/contracts';
import type {
  OrderCompletedV1,
  OrderExpiredV1,
  OrderRefundedV1,
  OrderStatus,
  OrderStatusChangedV1,
} from '@app/contracts';
import { amountDueNow, orderTotal } from '../orders/money.js';
import { addToOutbox, newEvent } from '@app/messaging';
import type { Order } from '../orders/order.js';

/** What the report reads of a sale in every sale event: its producer, its place and its product. */
function saleOf(o: Order) {
  return {
    producerId: o.producerId,
    producerKind: o.producerKind,
    producerMemberCount: o.producerMemberCount,
    laoCode: o.laoCode,
    districtCode: o.districtCode,
    provinceCode: o.provinceCode,
    productId: o.productId,
    category: o.category,
  };
}

/** Exactly the fields of OrderCompletedV1 (the report counts a sale from these, nothing else). */
export function orderCompleted(o: Order, completedAt: Date): OrderCompletedV1 {
  return {
    orderId: o.id,
    completedAt: completedAt.toISOString(),
    consumerId: o.consumerId,
    ...saleOf(o),
    quantity: o.quantity,
    goodsTotalSatang: o.goodsTotalSatang,
    // the report flags a sale whose consumer uses the producer's own phone (reporting keeps only a hash of it)
    consumerPhone: o.fulfilment.type === 'delivery' ? o.fulfilment.address.phone : null,
  };
}

export function orderRefunded(o: Order, amountSatang: number, refundedAt: Date): OrderRefundedV1 {
  return {
    orderId: o.id,
    refundedAt: refundedAt.toISOString(),
    amountSatang,
    ...saleOf(o),
    fullyRefunded: o.refundedSatang >= o.paidSatang,
  };
}

export function orderExpired(
  o: Pick<Order, 'id' | 'reservationId' | 'batchId' | 'quantity'>,
  expiredAt: Date,
): OrderExpiredV1 {
  return {
    orderId: o.id,
    reservationId: o.reservationId,
    batchId: o.batchId,
    quantity: o.quantity,
    expiredAt: expiredAt.toISOString(),
  };
}

export function orderStatusChanged(
  o: Order,
  from: OrderStatus | null,
  trigger: string,
  at: Date,
): OrderStatusChangedV1 {
  return {
    orderId: o.id,
    reservationId: o.reservationId,
    batchId: o.batchId,
    consumerId: o.consumerId,
    producerId: o.producerId,
    laoCode: o.laoCode,
    productName: o.productName,
    unit: o.unit,
    from,
    to: o.status,
    trigger,
    at: at.toISOString(),
    requestedQuantity: o.requestedQuantity,
    quantity: o.quantity,
    totalSatang: orderTotal(o),
    amountDueSatang: amountDueNow(o),
    refundedSatang: o.refundedSatang,
    depositDeadline: o.depositDeadline?.toISOString() ?? null,
    fulfilment: o.fulfilment,
    shipment: o.shipment,
  };
}

/** Each event goes to the outbox in the caller's transaction: it exists if and only if the change committed. */
export const OrderOutbox = {
  completed: (em: EntityManager, o: Order, at: Date) =>
    addToOutbox(em, newEvent(OrderEvents.completed, 1, orderCompleted(o, at), at)),
  refunded: (em: EntityManager, o: Order, amountSatang: number, at: Date) =>
    addToOutbox(em, newEvent(OrderEvents.refunded, 1, orderRefunded(o, amountSatang, at), at)),
  expired: (em: EntityManager, orders: Order[], at: Date) =>
    addToOutbox(em, ...orders.map((o) => newEvent(OrderEvents.expired, 1, orderExpired(o, at), at))),
  /** one v2 event per STATUS_CHANGES_PER_EVENT changes: a group's opened orders cost one JetStream message */
  statusChanged: (
    em: EntityManager,
    orders: Array<{ order: Order; from: OrderStatus | null; trigger: string }>,
    at: Date,
  ) => {
    const events = OrderOutbox.statusChangedEvents(orders, at);
    return events.length ? addToOutbox(em, ...events) : Promise.resolve();
  },
  /** the events statusChanged writes, not written (the group open writes its own in its statement) */
  statusChangedEvents: (orders: Array<{ order: Order; from: OrderStatus | null; trigger: string }>, at: Date) => {
    const events = [];
    for (let i = 0; i < orders.length; i += STATUS_CHANGES_PER_EVENT) {
      const changes = orders
        .slice(i, i + STATUS_CHANGES_PER_EVENT)
        .map((c) => orderStatusChanged(c.order, c.from, c.trigger, at));
      events.push(newEvent(OrderEvents.statusChanged, 2, { changes }, at));
    }
    return events;
  },
  refundPaid: (em: EntityManager, o: Order, refund: { id: string; amountSatang: number }, at: Date) =>
    addToOutbox(
      em,
      newEvent(
        OrderEvents.refundPaid,
        1,
        {
          orderId: o.id,
          refundId: refund.id,
          consumerId: o.consumerId,
          producerId: o.producerId,
          amountSatang: refund.amountSatang,
          paidAt: at.toISOString(),
        },
        at,
      ),
    ),
  paymentSlipSubmitted: (
    em: EntityManager,
    o: Order,
    slip: { id: string; reference: string; sendingBank: string },
    at: Date,
  ) =>
    addToOutbox(
      em,
      newEvent(
        OrderEvents.paymentSlipSubmitted,
        1,
        {
          orderId: o.id,
          slipId: slip.id,
          producerId: o.producerId,
          consumerId: o.consumerId,
          laoCode: o.laoCode,
          reference: slip.reference,
          sendingBank: slip.sendingBank,
          submittedAt: at.toISOString(),
        },
        at,
      ),
    ),
};
