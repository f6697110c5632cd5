import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type {
  Caller,
  CompletedOrderFactV1,
  ListCompletedOrdersQuery,
  ListOrdersCommand,
  OrderListV1,
  OrderSummaryV1,
  OrderViewV1,
  PaymentInstructionsV1,
  PaymentSlipV1,
  ToPrepareLineV1,
} from '@app/contracts';
import { DomainError } from '@app/messaging';
import { ORDER_CONFIG } from '../config.js';
import type { OrderConfig } from '../config.js';
import { orderCompleted } from '../events/order-events.js';
import { paymentDeadlinePassed } from '../lifecycle/order-lifecycle.js';
import { amountDueNow, orderTotal } from '../orders/money.js';
import { assertMayRead, maySeePersonalData } from '../orders/order-access.policy.js';
import { toOrder } from '../orders/order.js';
import type { Order } from '../orders/order.js';
import { OrderStore } from '../orders/order.store.js';
import { promptPayPayload, qrSvg } from '../promptpay/promptpay.js';
import { SlipRepository } from '../slips/slip.repository.js';

/** Orders a producer still has to hand over once the harvest is allocated. */
const TO_PREPARE = ['awaiting_balance', 'paid', 'ready_for_pickup'];

@Injectable()
export class OrderViews {
  constructor(
    private readonly ds: DataSource,
    @Inject(ORDER_CONFIG) private readonly config: OrderConfig,
  ) {}

  async get(caller: Caller, orderId: string): Promise<OrderViewV1> {
    const em = this.ds.manager;
    const order = await OrderStore.find(em, orderId);
    if (!order) throw DomainError.notFound('Order', orderId);
    assertMayRead(caller, order);
    const [payments, refunds, history, slips] = await Promise.all([
      OrderStore.payments(em, orderId),
      OrderStore.refunds(em, orderId),
      OrderStore.history(em, orderId),
      SlipRepository.forOrders(em, [orderId]),
    ]);
    return { ...this.summary(order, slips.get(orderId)!, caller), payments, refunds, history };
  }

  /** What to pay now, as a PromptPay QR for the producer's PromptPay ID and that exact amount. */
  async payment(caller: Caller, orderId: string): Promise<PaymentInstructionsV1> {
    const order = await OrderStore.find(this.ds.manager, orderId);
    if (!order) throw DomainError.notFound('Order', orderId);
    assertMayRead(caller, order);
    // past the deadline a payment is refused (payment.policy.ts), so no QR invites one
    if (paymentDeadlinePassed(order, new Date())) return { orderId, status: order.status, amountDueSatang: 0, promptPay: null, deadlinePassed: true };
    const due = amountDueNow(order);
    if (due === 0) return { orderId, status: order.status, amountDueSatang: 0, promptPay: null };
    const payload = promptPayPayload(order.promptPayId, due);
    return { orderId, status: order.status, amountDueSatang: due, promptPay: { promptPayId: order.promptPayId, payload, qrSvg: await qrSvg(payload) } };
  }

  /** A consumer's own orders; a producer's (with what to prepare); an LAO's, province's or all for admins. */
  async list(caller: Caller, q: ListOrdersCommand): Promise<OrderListV1> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const { where, params } = scopeOf(caller);
    if (q.q && /^0\d{8,9}$/.test(q.q) && (scopeRole(caller) === 'dla_admin' || scopeRole(caller) === 'province_admin')) {
      // a phone is personal data: finding orders by it is for the producer and the LAO admin (PDPA)
      throw new DomainError('FORBIDDEN', 'Only a producer or an LAO admin may search orders by phone', [{ field: 'q', message: 'search by order number' }]);
    }
    if (q.status) where.push(`status = $${params.push(q.status)}`);
    if (q.batchId) where.push(`batch_id = $${params.push(q.batchId)}`);
    if (q.paymentUnderReview !== undefined) where.push(SlipRepository.underReviewCondition(q.paymentUnderReview));
    if (q.q) where.push(OrderStore.searchCondition(q.q, q.consumerId, params));
    const sqlWhere = where.join(' AND ');
    const em = this.ds.manager;
    const [rows, count] = await Promise.all([
      em.query(`SELECT * FROM orders o WHERE ${sqlWhere} ORDER BY created_at DESC, id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`, params),
      em.query(`SELECT count(*)::int AS n FROM orders o WHERE ${sqlWhere}`, params),
    ]);
    const orders: Order[] = rows.map((r: Record<string, unknown>) => toOrder(r));
    const slips = await SlipRepository.forOrders(em, orders.map((o) => o.id));
    const list: OrderListV1 = { items: orders.map((o) => this.summary(o, slips.get(o.id)!, caller)), total: count[0].n, page, pageSize };
    if (scopeRole(caller) === 'producer') list.toPrepare = await this.toPrepare(em, caller.producerId!, q.batchId);
    return list;
  }

  /** Completed orders of [from, to) for reporting's reconciliation: internal callers and dla_admin only. */
  async listCompleted(caller: Caller | null, q: ListCompletedOrdersQuery): Promise<CompletedOrderFactV1[]> {
    if (caller && !caller.roles.includes('dla_admin')) throw DomainError.forbidden('Only the DLA or an internal service may list completed orders');
    const params: unknown[] = [q.from, q.to];
    let sql = `SELECT o.*, (SELECT coalesce(sum(amount_satang), 0) FROM refunds r WHERE r.order_id = o.id AND r.reason = 'dispute') AS dispute_refunded
                 FROM orders o WHERE o.completed_at >= $1 AND o.completed_at < $2`;
    if (q.laoCode) sql += ` AND o.lao_code = $${params.push(q.laoCode)}`;
    if (q.provinceCode) sql += ` AND o.province_code = $${params.push(q.provinceCode)}`;
    if (q.afterOrderId) sql += ` AND o.id > $${params.push(q.afterOrderId)}`;
    const rows = await this.ds.query(`${sql} ORDER BY o.id LIMIT $${params.push(q.limit ?? 5000)}`, params);
    return rows.map((r: Record<string, unknown>) => {
      const o = toOrder(r);
      return { ...orderCompleted(o, o.completedAt!), refundedSatang: Number(r.dispute_refunded), fullyRefunded: o.status === 'refunded' && o.refundedSatang >= o.paidSatang };
    });
  }

  private async toPrepare(em: EntityManager, producerId: string, batchId?: string): Promise<ToPrepareLineV1[]> {
    const params: unknown[] = [producerId, TO_PREPARE];
    const batch = batchId ? ` AND batch_id = $${params.push(batchId)}` : '';
    const rows = await em.query(
      `SELECT to_char(allocated_at AT TIME ZONE 'Asia/Bangkok', 'YYYY-MM-DD') AS date, fulfilment->>'type' AS fulfilment,
              fulfilment->>'pickupPointId' AS pickup_point_id, fulfilment->>'pickupPointName' AS pickup_point_name,
              product_id, product_name, unit, sum(quantity)::int AS quantity, count(*)::int AS orders
         FROM orders WHERE producer_id = $1 AND status = ANY($2)${batch}
        GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 4, 6`,
      params,
    );
    return rows.map((r: Record<string, any>) => ({
      date: r.date,
      fulfilment: r.fulfilment,
      pickupPointId: r.pickup_point_id,
      pickupPointName: r.pickup_point_name,
      productId: r.product_id,
      productName: r.product_name,
      unit: r.unit,
      quantity: r.quantity,
      orders: r.orders,
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
      autoCompleteAt: handedOver && o.handedOverAt ? new Date(o.handedOverAt.getTime() + this.config.autoCompleteAfterSeconds * 1000).toISOString() : null,
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
  for (const r of ['dla_admin', 'province_admin', 'lao_admin', 'producer'] as const) if (caller.roles.includes(r)) return r;
  return 'consumer';
}

function scopeOf(caller: Caller): { where: string[]; params: unknown[] } {
  const role = scopeRole(caller);
  const bound = (value: string | undefined, column: string, what: string) => {
    if (!value) throw DomainError.forbidden(`This ${role} login is not bound to ${what}`);
    return { where: [`${column} = $1`], params: [value] as unknown[] };
  };
  switch (role) {
    case 'dla_admin':
      return { where: ['true'], params: [] };
    case 'province_admin':
      return bound(caller.provinceCode, 'province_code', 'a province');
    case 'lao_admin':
      return bound(caller.laoCode, 'lao_code', 'an LAO');
    case 'producer':
      return bound(caller.producerId, 'producer_id', 'a producer');
    case 'consumer':
      return { where: ['consumer_id = $1'], params: [caller.userId] };
  }
}
