/** Harvest-preorder ⇄ other services. */
export const PreorderEvents = {
  /** The order service settles each outcome: allocated = requested → balance due; less → recomputed, refund due; 0 → cancelled. */
  reservationAllocated: 'preorder.reservation.allocated',
  /** A reservation released before harvest (consumer, farmer or LAO admin, or its batch was cancelled). */
  reservationCancelled: 'preorder.reservation.cancelled',
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
