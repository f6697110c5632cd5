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
  fulfilment: { type: 'pickup'; pickupPointId: string; pickupPointName: string } | { type: 'delivery'; address: DeliveryAddressV1 };
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
  /** deposit not paid in time: harvest-preorder returns the quantity to the batch */
  expired: 'order.expired',
} as const;

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
