/** Harvest-preorder ⇄ other services. */
export const PreorderEvents = {
  /** The order service settles each outcome: allocated = requested → balance due; less → recomputed, refund due; 0 → cancelled. */
  reservationAllocated: 'preorder.reservation.allocated',
  /** A reservation released before harvest (consumer, farmer or LAO admin, or its batch was cancelled). */
  reservationCancelled: 'preorder.reservation.cancelled',
  // Batch and waitlist events (the notification service tells them). None is raised per reservation on the
  // live sale's hot path (reserve_group): the batch sweeper raises the sold-out event once per batch and the
  // waitlisted event at most once per batch and sweep; opening and a promotion raise theirs in the
  // transaction of the change.
  /** a batch opened for reservations (by hand or at its time): its window and what it sells (BatchOpenedV1) */
  batchOpened: 'preorder.batch.opened',
  /** every reservable unit of a batch is held (BatchSoldOutV1): once per batch */
  batchSoldOut: 'preorder.batch.sold_out',
  /** reservations waitlisted since the batch's last such event, with their places in line (ReservationsWaitlistedV1) */
  reservationsWaitlisted: 'preorder.reservations.waitlisted',
  /** a waitlisted reservation got units freed by a cancellation or an expiry: it is confirmed, its order opens (ReservationPromotedV1) */
  reservationPromoted: 'preorder.reservation.promoted',
} as const;

export interface ReservationAllocatedV1 {
  reservationId: string;
  orderId: string;
  batchId: string;
  requested: number;
  allocated: number;
}

/**
 * Version 2 (what the harvest raises now): V1 and the balance deadline, the harvest's time plus the
 * batch's balanceDeadlineHours. An order settled by a V1 event gets the default 72 h from the event's time.
 */
export interface ReservationAllocatedV2 extends ReservationAllocatedV1 {
  balanceDueBy: string;
}

export interface ReservationCancelledV1 {
  reservationId: string;
  orderId: string;
  batchId: string;
  quantity: number;
  reason: string;
  cancelledBy: 'consumer' | 'producer' | 'lao_admin' | 'batch_cancelled' | 'system';
  cancelledAt: string;
}

export interface BatchOpenedV1 {
  batchId: string;
  producerId: string;
  laoCode: string;
  productName: string;
  unit: string;
  reservableQuantity: number;
  opensAt: string;
  /** when the pre-order window closes */
  closesAt: string;
}

export interface BatchSoldOutV1 {
  batchId: string;
  producerId: string;
  productName: string;
  unit: string;
  reservableQuantity: number;
  soldOutAt: string;
}

export interface ReservationsWaitlistedV1 {
  batchId: string;
  producerId: string;
  productName: string;
  unit: string;
  /** place: 1 = next in line, as the place was when the event was raised */
  items: Array<{ reservationId: string; consumerId: string; quantity: number; place: number }>;
}

export interface ReservationPromotedV1 {
  reservationId: string;
  orderId: string;
  batchId: string;
  consumerId: string;
  producerId: string;
  productName: string;
  unit: string;
  requested: number;
  quantity: number;
  promotedAt: string;
}
