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

export interface ReservationCancelledV1 {
  reservationId: string;
  orderId: string;
  batchId: string;
  quantity: number;
  reason: string;
  cancelledBy: 'consumer' | 'producer' | 'lao_admin' | 'batch_cancelled' | 'system';
  cancelledAt: string;
}
