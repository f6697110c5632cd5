import type { EntityManager } from 'typeorm';
import type { ListCompletedOrdersQueryV1, OrderStatus, ToPrepareLineV1 } from '@app/contracts';
import { toOrder } from '../orders/order.js';
import type { Order, OrderRow } from '../orders/order.js';
import { OrdersRepository } from '../orders/orders.repository.js';
import { SlipRepository } from '../slips/slip.repository.js';

/** The orders a caller may list: all of them, or those whose column holds the caller's own value. */
export type OrderScope =
  { column: 'province_code' | 'lao_code' | 'producer_id' | 'consumer_id'; value: string } | 'all';

export interface OrderListFilters {
  status?: OrderStatus;
  batchId?: string;
  paymentUnderReview?: boolean;
  /** an order number or a phone (OrdersRepository.searchCondition), with the consumer found for the phone */
  q?: string;
  consumerId?: string;
}

interface ToPrepareRow {
  date: string;
  fulfilment: 'pickup' | 'delivery';
  pickup_point_id: string | null;
  pickup_point_name: string | null;
  product_id: string;
  product_name: string;
  unit: ToPrepareLineV1['unit'];
  quantity: number;
  orders: number;
}

/** The reads behind GET /orders and reporting's reconciliation (no writes). */
export const OrderViewsRepository = {
  /** A page of the orders in scope, newest first, and how many there are in all. */
  async page(
    em: EntityManager,
    scope: OrderScope,
    f: OrderListFilters,
    page: number,
    pageSize: number,
  ): Promise<{ orders: Order[]; total: number }> {
    const where: string[] = scope === 'all' ? ['true'] : [`${scope.column} = $1`];
    const params: unknown[] = scope === 'all' ? [] : [scope.value];
    if (f.status) where.push(`status = $${params.push(f.status)}`);
    if (f.batchId) where.push(`batch_id = $${params.push(f.batchId)}`);
    if (f.paymentUnderReview !== undefined) where.push(SlipRepository.underReviewCondition(f.paymentUnderReview));
    if (f.q) where.push(OrdersRepository.searchCondition(f.q, f.consumerId, params));
    const sqlWhere = where.join(' AND ');
    const [rows, count]: [OrderRow[], Array<{ n: number }>] = await Promise.all([
      em.query(
        `SELECT * FROM orders o WHERE ${sqlWhere} ORDER BY created_at DESC, id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
        params,
      ),
      em.query(`SELECT count(*)::int AS n FROM orders o WHERE ${sqlWhere}`, params),
    ]);
    return { orders: rows.map(toOrder), total: count[0].n };
  },

  /** Orders completed in [from, to), by id, each with what was refunded after a dispute. */
  async completed(
    em: EntityManager,
    q: ListCompletedOrdersQueryV1,
  ): Promise<Array<{ order: Order; disputeRefundedSatang: number }>> {
    const params: unknown[] = [q.from, q.to];
    let sql = `SELECT o.*, (SELECT coalesce(sum(amount_satang), 0) FROM refunds r WHERE r.order_id = o.id AND r.reason = 'dispute') AS dispute_refunded
                 FROM orders o WHERE o.completed_at >= $1 AND o.completed_at < $2`;
    if (q.laoCode) sql += ` AND o.lao_code = $${params.push(q.laoCode)}`;
    if (q.provinceCode) sql += ` AND o.province_code = $${params.push(q.provinceCode)}`;
    if (q.afterOrderId) sql += ` AND o.id > $${params.push(q.afterOrderId)}`;
    const rows: Array<OrderRow & { dispute_refunded: string }> = await em.query(
      `${sql} ORDER BY o.id LIMIT $${params.push(q.limit ?? 5000)}`,
      params,
    );
    return rows.map((r) => ({ order: toOrder(r), disputeRefundedSatang: Number(r.dispute_refunded) }));
  },

  /** What a producer still has to hand over, by day, fulfilment, pickup point and product. */
  async toPrepare(
    em: EntityManager,
    producerId: string,
    statuses: readonly OrderStatus[],
    batchId?: string,
  ): Promise<ToPrepareLineV1[]> {
    const params: unknown[] = [producerId, statuses];
    const batch = batchId ? ` AND batch_id = $${params.push(batchId)}` : '';
    const rows: ToPrepareRow[] = await em.query(
      `SELECT to_char(allocated_at AT TIME ZONE 'Asia/Bangkok', 'YYYY-MM-DD') AS date, fulfilment->>'type' AS fulfilment,
              fulfilment->>'pickupPointId' AS pickup_point_id, fulfilment->>'pickupPointName' AS pickup_point_name,
              product_id, product_name, unit, sum(quantity)::int AS quantity, count(*)::int AS orders
         FROM orders WHERE producer_id = $1 AND status = ANY($2)${batch}
        GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 4, 6`,
      params,
    );
    return rows.map((r) => ({
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
  },
};
