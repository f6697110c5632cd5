import type { OpenOrderV1, OrderStatus, ProducerKind, ProductCategory, ProductUnit } from '@app/contracts';
import type { NewOrderRow } from './orders.repository.js';

/**
 * An order as the service works with it (money in integer satang, times as Date): what harvest-preorder
 * opened it with (OpenOrderV1, its id as `id`) and what its life has added since.
 */
export interface Order extends Omit<OpenOrderV1, 'orderId' | 'reservedAt'> {
  id: string;
  requestedQuantity: number;
  goodsTotalSatang: number;
  depositDueSatang: number;
  paidSatang: number;
  refundedSatang: number;
  shipment: { carrier: string; trackingNumber: string } | null;
  status: OrderStatus;
  reservedAt: Date;
  depositDeadline: Date | null;
  /** after harvest: the deadline to pay the balance (settlement sets it from the allocation event) */
  balanceDeadline: Date | null;
  allocatedAt: Date | null;
  handedOverAt: Date | null;
  completedAt: Date | null;
  statusChangedAt: Date;
}

/** A row of `orders` as pg returns it: bigint as text, timestamptz as Date, jsonb parsed. */
export interface OrderRow {
  id: string;
  reservation_id: string | null;
  batch_id: string;
  product_id: string;
  product_name: string;
  category: ProductCategory;
  unit: ProductUnit;
  producer_id: string;
  producer_kind: ProducerKind;
  producer_member_count: number;
  promptpay_id: string;
  lao_code: string;
  district_code: string;
  province_code: string;
  consumer_id: string;
  requested_quantity: number;
  quantity: number;
  unit_price_satang: string;
  goods_total_satang: string;
  delivery_fee_satang: string;
  deposit_percent: number;
  deposit_due_satang: string;
  paid_satang: string;
  refunded_satang: string;
  fulfilment: OpenOrderV1['fulfilment'];
  shipment: { carrier: string; trackingNumber: string } | null;
  status: OrderStatus;
  reserved_at: Date | string;
  deposit_deadline: Date | string | null;
  balance_deadline: Date | string | null;
  allocated_at: Date | string | null;
  handed_over_at: Date | string | null;
  completed_at: Date | string | null;
  status_changed_at: Date | string;
  created_at: Date;
  updated_at: Date;
}

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const date = (v: unknown): Date | null => (v ? new Date(v as string) : null);

/** pg returns bigint as text; every amount here is far below 2^53, so Number is exact. */
export function toOrder(r: OrderRow): Order {
  return {
    id: r.id,
    reservationId: r.reservation_id,
    batchId: r.batch_id,
    productId: r.product_id,
    productName: r.product_name,
    category: r.category,
    unit: r.unit,
    producerId: r.producer_id,
    producerKind: r.producer_kind,
    producerMemberCount: num(r.producer_member_count),
    promptPayId: r.promptpay_id,
    laoCode: r.lao_code,
    districtCode: r.district_code,
    provinceCode: r.province_code,
    consumerId: r.consumer_id,
    requestedQuantity: num(r.requested_quantity),
    quantity: num(r.quantity),
    unitPriceSatang: num(r.unit_price_satang),
    goodsTotalSatang: num(r.goods_total_satang),
    deliveryFeeSatang: num(r.delivery_fee_satang),
    depositPercent: num(r.deposit_percent),
    depositDueSatang: num(r.deposit_due_satang),
    paidSatang: num(r.paid_satang),
    refundedSatang: num(r.refunded_satang),
    fulfilment: r.fulfilment,
    shipment: r.shipment ?? null,
    status: r.status,
    reservedAt: new Date(r.reserved_at),
    depositDeadline: date(r.deposit_deadline),
    balanceDeadline: date(r.balance_deadline),
    allocatedAt: date(r.allocated_at),
    handedOverAt: date(r.handed_over_at),
    completedAt: date(r.completed_at),
    statusChangedAt: new Date(r.status_changed_at),
  };
}

/**
 * The order a row of the opening statement (NewOrderRow) became, as toOrder would read it back at once: ids
 * as PostgreSQL spells them (lowercase: the validation accepts only hyphenated uuids), nothing paid, no
 * shipment, no later clock; `at` stands for the statement's own time (status_changed_at, read by no event).
 */
export function openedOrder(r: NewOrderRow, at: Date): Order {
  const lower = (id: string | null) => (id === null ? null : id.toLowerCase());
  return {
    id: r.id.toLowerCase(),
    reservationId: lower(r.reservation_id),
    batchId: r.batch_id.toLowerCase(),
    productId: r.product_id.toLowerCase(),
    productName: r.product_name,
    category: r.category,
    unit: r.unit,
    producerId: r.producer_id.toLowerCase(),
    producerKind: r.producer_kind,
    producerMemberCount: r.producer_member_count,
    promptPayId: r.promptpay_id,
    laoCode: r.lao_code,
    districtCode: r.district_code,
    provinceCode: r.province_code,
    consumerId: r.consumer_id.toLowerCase(),
    requestedQuantity: r.requested_quantity,
    quantity: r.quantity,
    unitPriceSatang: r.unit_price_satang,
    goodsTotalSatang: r.goods_total_satang,
    deliveryFeeSatang: r.delivery_fee_satang,
    depositPercent: r.deposit_percent,
    depositDueSatang: r.deposit_due_satang,
    paidSatang: 0,
    refundedSatang: 0,
    fulfilment: r.fulfilment as Order['fulfilment'],
    shipment: null,
    status: r.status,
    reservedAt: new Date(r.reserved_at),
    depositDeadline: date(r.deposit_deadline),
    balanceDeadline: null,
    allocatedAt: date(r.allocated_at),
    handedOverAt: null,
    completedAt: null,
    statusChangedAt: at,
  };
}
