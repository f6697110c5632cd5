import type { PlaceV1, ProducerKind, ProductCategory, ProductUnit } from './catalog.js';

/**
 * Harvest-preorder asks the order service to open the order of each confirmed reservation (or direct
 * purchase of surplus stock) before it answers 201, so GET /orders/:id answers at once. Idempotent by
 * orderId (the preorder service generates it): a retry opens nothing twice. Several at once, so a
 * coalesced burst of reservations costs one round trip.
 */
export interface OpenOrderV1 extends PlaceV1 {
  orderId: string;
  /** null for a direct purchase of surplus stock */
  reservationId: string | null;
  batchId: string;
  productId: string;
  productName: string;
  category: ProductCategory;
  unit: ProductUnit;
  producerId: string;
  producerKind: ProducerKind;
  producerMemberCount: number;
  promptPayId: string;
  consumerId: string;
  quantity: number;
  unitPriceSatang: number;
  deliveryFeeSatang: number;
  depositPercent: number;
  fulfilment:
    | { type: 'pickup'; pickupPointId: string; pickupPointName: string }
    | { type: 'delivery'; address: DeliveryAddressV1 };
  /** when the reservation was confirmed (deposit deadline counts from it) */
  reservedAt: string;
}

export interface DeliveryAddressV1 {
  line1: string;
  subdistrict?: string;
  districtCode: string;
  provinceCode: string;
  postalCode: string;
  phone: string;
}

export interface OpenOrdersCommandV1 {
  orders: OpenOrderV1[];
}
export interface OpenOrdersReplyV1 {
  orderIds: string[];
}

export const OrderEvents = {
  completed: 'order.completed',
  refunded: 'order.refunded',
  /** deposit, price of a direct purchase, or balance not paid in time: harvest-preorder returns the quantity to the batch */
  expired: 'order.expired',
  /** a consumer uploaded a bank slip: the producer has a payment to check (PaymentSlipSubmittedV1) */
  paymentSlipSubmitted: 'order.payment_slip_submitted',
  /**
   * orders opened or moved in their lifecycle, in one transaction: a snapshot of what each consumer must know.
   * Version 2 (OrderStatusChangedV2) carries the changes of one transaction together — a live sale's group of
   * up to 200 opened orders is one JetStream message, not 200; version 1 (one order) is no longer written.
   */
  statusChanged: 'order.status_changed',
  /** a refund owed to the consumer was paid back (OrderRefundPaidV1) */
  refundPaid: 'order.refund_paid',
} as const;

/**
 * Raised when an order opens (from: null) and on every transition of its lifecycle table, in the same
 * transaction. Carries what a message to its consumer needs, so the notification service keeps no
 * second copy of the order's rules. Money in satang; times ISO 8601 UTC.
 */
export interface OrderStatusChangedV1 {
  orderId: string;
  reservationId: string | null;
  batchId: string;
  consumerId: string;
  producerId: string;
  laoCode: string;
  productName: string;
  unit: ProductUnit;
  from: OrderStatus | null;
  to: OrderStatus;
  trigger: string;
  at: string;
  requestedQuantity: number;
  quantity: number;
  totalSatang: number;
  /** what the consumer must pay now (deposit, or balance after harvest) */
  amountDueSatang: number;
  /** refunds owed or made so far */
  refundedSatang: number;
  depositDeadline: string | null;
  fulfilment: OpenOrderV1['fulfilment'];
  shipment: { carrier: string; trackingNumber: string } | null;
}

/** Most changes in one `order.status_changed` v2 message (~150 KB at most: under NATS's 1 MB payload limit). */
export const STATUS_CHANGES_PER_EVENT = 200;

/** Version 2: the changes one transaction made (1..STATUS_CHANGES_PER_EVENT), each as version 1 describes it. */
export interface OrderStatusChangedV2 {
  changes: OrderStatusChangedV1[];
}

export interface OrderRefundPaidV1 {
  orderId: string;
  refundId: string;
  consumerId: string;
  producerId: string;
  amountSatang: number;
  paidAt: string;
}

export interface OrderCompletedV1 extends PlaceV1 {
  orderId: string;
  completedAt: string;
  consumerId: string;
  producerId: string;
  producerKind: ProducerKind;
  producerMemberCount: number;
  productId: string;
  category: ProductCategory;
  quantity: number;
  goodsTotalSatang: number;
  /** the consumer's phone the order knows (a delivery address's), else null; absent in events from before it existed */
  consumerPhone?: string | null;
}

export interface OrderRefundedV1 extends PlaceV1 {
  orderId: string;
  refundedAt: string;
  amountSatang: number;
  producerId: string;
  producerKind: ProducerKind;
  producerMemberCount: number;
  productId: string;
  category: ProductCategory;
  /** true when the order is refunded in full and no longer counts as a sale */
  fullyRefunded: boolean;
}

export interface OrderExpiredV1 {
  orderId: string;
  reservationId: string | null;
  batchId: string;
  quantity: number;
  expiredAt: string;
}

/** Reply row of OrderSubjects.listCompleted (reporting's reconciliation). */
export interface CompletedOrderFactV1 extends OrderCompletedV1 {
  refundedSatang: number;
  fullyRefunded: boolean;
}

// --- order lifecycle, views and commands (order service) ------------------------------------------

export const ORDER_STATUSES = [
  'awaiting_deposit',
  'reserved',
  'awaiting_balance',
  'paid',
  'ready_for_pickup',
  'shipped',
  'picked_up',
  'delivered',
  'completed',
  'expired',
  'cancelled',
  'refunded',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const PAYMENT_METHODS = ['promptpay', 'transfer', 'cash'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** Why a refund is owed: a short harvest, no harvest, a reservation released, a part-paid order expired, or a dispute. */
export const REFUND_REASONS = [
  'allocation_short',
  'allocation_none',
  'reservation_cancelled',
  'order_expired',
  'dispute',
] as const;
export type RefundReason = (typeof REFUND_REASONS)[number];

// The HTTP views of an order (OrderViewV1, OrderSummaryV1, OrderListV1, PaymentInstructionsV1): order-views.ts

/** Data of OrderSubjects.listCompleted: completed_at in [from, to), ordered by order id, paged. */
export interface ListCompletedOrdersQueryV1 {
  from: string;
  to: string;
  laoCode?: string;
  provinceCode?: string;
  /** paging: orders whose id is greater than this */
  afterOrderId?: string;
  /** page size, 1–5000 (default 5000) */
  limit?: number;
}

/** Reply of OrderSubjects.runSweeps */
export interface SweepResultV1 {
  expired: number;
  completed: number;
}
