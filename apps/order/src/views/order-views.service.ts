import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  Caller,
  CompletedOrderFactV1,
  ListCompletedOrdersQuery,
  ListOrdersCommand,
  OrderListV1,
  OrderStatus,
  OrderSummaryV1,
  OrderViewV1,
  PaymentInstructionsV1,
  PaymentSlipV1,
} from '@app/contracts';
import { DomainError } from '@app/messaging';
import { ORDER_CONFIG } from '../config.js';
import type { OrderConfig } from '../config.js';
import { orderCompleted } from '../events/order-events.js';
import { paymentDeadlinePassed } from '../lifecycle/order-lifecycle.js';
import { amountDueNow, orderTotal } from '../orders/money.js';
import { assertMayRead, maySeePersonalData } from '../orders/order-access.policy.js';
import type { Order } from '../orders/order.js';
import { OrdersRepository } from '../orders/orders.repository.js';
import { PaymentsRepository } from '../payments/payments.repository.js';
import { RefundsRepository } from '../refunds/refunds.repository.js';
import { promptPayPayload, qrSvg } from '../promptpay/promptpay.js';
import { SlipRepository } from '../slips/slip.repository.js';
import { OrderViewsRepository } from './order-views.repository.js';
import type { OrderScope } from './order-views.repository.js';

/** Orders a producer still has to hand over once the harvest is allocated. */
const TO_PREPARE: readonly OrderStatus[] = ['awaiting_balance', 'paid', 'ready_for_pickup'];

@Injectable()
export class OrderViews {
  constructor(
    private readonly ds: DataSource,
    @Inject(ORDER_CONFIG) private readonly config: OrderConfig,
  ) {}

  async get(caller: Caller, orderId: string): Promise<OrderViewV1> {
    const em = this.ds.manager;
    const order = await OrdersRepository.find(em, orderId);
    if (!order) throw DomainError.notFound('Order', orderId);
    assertMayRead(caller, order);
    const [payments, refunds, history, slips] = await Promise.all([
      PaymentsRepository.ofOrder(em, orderId),
      RefundsRepository.ofOrder(em, orderId),
      OrdersRepository.history(em, orderId),
      SlipRepository.forOrders(em, [orderId]),
    ]);
    return { ...this.summary(order, slips.get(orderId)!, caller), payments, refunds, history };
  }

  /** What to pay now, as a PromptPay QR for the producer's PromptPay ID and that exact amount. */
  async payment(caller: Caller, orderId: string): Promise<PaymentInstructionsV1> {
    const order = await OrdersRepository.find(this.ds.manager, orderId);
    if (!order) throw DomainError.notFound('Order', orderId);
    assertMayRead(caller, order);
    // past the deadline a payment is refused (payment.policy.ts), so no QR invites one
    if (paymentDeadlinePassed(order, new Date()))
      return { orderId, status: order.status, amountDueSatang: 0, promptPay: null, deadlinePassed: true };
    const due = amountDueNow(order);
    if (due === 0) return { orderId, status: order.status, amountDueSatang: 0, promptPay: null };
    const payload = promptPayPayload(order.promptPayId, due);
    return {
      orderId,
      status: order.status,
      amountDueSatang: due,
      promptPay: { promptPayId: order.promptPayId, payload, qrSvg: await qrSvg(payload) },
    };
  }

  /** A consumer's own orders; a producer's (with what to prepare); an LAO's, province's or all for admins. */
  async list(caller: Caller, q: ListOrdersCommand): Promise<OrderListV1> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const scope = scopeOf(caller);
    if (
      q.q &&
      /^0\d{8,9}$/.test(q.q) &&
      (scopeRole(caller) === 'dla_admin' || scopeRole(caller) === 'province_admin')
    ) {
      // a phone is personal data: finding orders by it is for the producer and the LAO admin (PDPA)
      throw new DomainError('FORBIDDEN', 'Only a producer or an LAO admin may search orders by phone', [
        { field: 'q', message: 'search by order number' },
      ]);
    }
    const em = this.ds.manager;
    const { orders, total } = await OrderViewsRepository.page(
      em,
      scope,
      {
        status: q.status,
        batchId: q.batchId,
        paymentUnderReview: q.paymentUnderReview,
        q: q.q,
        consumerId: q.consumerId,
      },
      page,
      pageSize,
    );
    const slips = await SlipRepository.forOrders(
      em,
      orders.map((o) => o.id),
    );
    const list: OrderListV1 = {
      items: orders.map((o) => this.summary(o, slips.get(o.id)!, caller)),
      total,
      page,
      pageSize,
    };
    if (scopeRole(caller) === 'producer')
      list.toPrepare = await OrderViewsRepository.toPrepare(em, caller.producerId!, TO_PREPARE, q.batchId);
    return list;
  }

  /** Completed orders of [from, to) for reporting's reconciliation: internal callers and dla_admin only. */
  async listCompleted(caller: Caller | null, q: ListCompletedOrdersQuery): Promise<CompletedOrderFactV1[]> {
    if (caller && !caller.roles.includes('dla_admin'))
      throw DomainError.forbidden('Only the DLA or an internal service may list completed orders');
    const rows = await OrderViewsRepository.completed(this.ds.manager, q);
    return rows.map(({ order: o, disputeRefundedSatang }) => ({
      ...orderCompleted(o, o.completedAt!),
      refundedSatang: disputeRefundedSatang,
      fullyRefunded: o.status === 'refunded' && o.refundedSatang >= o.paidSatang,
    }));
  }

  summary(o: Order, slips: PaymentSlipV1[], caller: Caller): OrderSummaryV1 {
    const personal = maySeePersonalData(caller, o);
    const handedOver = o.status === 'picked_up' || o.status === 'delivered';
    return {
      id: o.id,
      reservationId: o.reservationId,
      batchId: o.batchId,
      productId: o.productId,
      productName: o.productName,
      category: o.category,
      unit: o.unit,
      producerId: o.producerId,
      consumerId: o.consumerId,
      laoCode: o.laoCode,
      districtCode: o.districtCode,
      provinceCode: o.provinceCode,
      status: o.status,
      requestedQuantity: o.requestedQuantity,
      quantity: o.quantity,
      unitPriceSatang: o.unitPriceSatang,
      goodsTotalSatang: o.goodsTotalSatang,
      deliveryFeeSatang: o.deliveryFeeSatang,
      totalSatang: orderTotal(o),
      depositPercent: o.depositPercent,
      depositDueSatang: o.depositDueSatang,
      paidSatang: o.paidSatang,
      refundedSatang: o.refundedSatang,
      amountDueSatang: amountDueNow(o),
      fulfilment: personal ? o.fulfilment : withheld(o.fulfilment),
      personalDataWithheld: !personal,
      shipment: o.shipment,
      reservedAt: o.reservedAt.toISOString(),
      depositDeadline: o.depositDeadline?.toISOString() ?? null,
      balanceDeadline: o.balanceDeadline?.toISOString() ?? null,
      allocatedAt: o.allocatedAt?.toISOString() ?? null,
      handedOverAt: o.handedOverAt?.toISOString() ?? null,
      autoCompleteAt:
        handedOver && o.handedOverAt
          ? new Date(o.handedOverAt.getTime() + this.config.autoCompleteAfterSeconds * 1000).toISOString()
          : null,
      completedAt: o.completedAt?.toISOString() ?? null,
      slips,
      paymentUnderReview: slips.some((s) => s.status === 'pending'),
    };
  }
}

/** The delivery without who and where exactly: its district and province stay (figures by area). */
function withheld(f: Order['fulfilment']): OrderSummaryV1['fulfilment'] {
  if (f.type !== 'delivery') return f;
  return { type: 'delivery', address: { districtCode: f.address.districtCode, provinceCode: f.address.provinceCode } };
}

type ScopeRole = 'dla_admin' | 'province_admin' | 'lao_admin' | 'producer' | 'consumer';

/** The widest view the caller's roles give (a login normally has one role). */
function scopeRole(caller: Caller): ScopeRole {
  for (const r of ['dla_admin', 'province_admin', 'lao_admin', 'producer'] as const)
    if (caller.roles.includes(r)) return r;
  return 'consumer';
}

function scopeOf(caller: Caller): OrderScope {
  const role = scopeRole(caller);
  const bound = (value: string | undefined, column: Exclude<OrderScope, 'all'>['column'], what: string): OrderScope => {
    if (!value) throw DomainError.forbidden(`This ${role} login is not bound to ${what}`);
    return { column, value };
  };
  switch (role) {
    case 'dla_admin':
      return 'all';
    case 'province_admin':
      return bound(caller.provinceCode, 'province_code', 'a province');
    case 'lao_admin':
      return bound(caller.laoCode, 'lao_code', 'an LAO');
    case 'producer':
      return bound(caller.producerId, 'producer_id', 'a producer');
    case 'consumer':
      return { column: 'consumer_id', value: caller.userId };
  }
}
