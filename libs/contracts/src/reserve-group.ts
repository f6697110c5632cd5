/**
 * The live sale's lean path (issue 14): the gateway sends the reservations of one batch gathered within a
 * short window as ONE NATS request on HarvestPreorderSubjects.reserveGroup. The body is the JSON array of
 * the items itself (no envelope: harvest-preorder hands it to PostgreSQL as it is); the request id travels in
 * the `request-id` header. The reply is the JSON array of results, one per item, in the items' order — or,
 * when the whole group could not be decided, a ReserveGroupFailureV1 object.
 *
 * Who reserves is the gateway's business: it verified the consumer's token and sends its user id as `c`.
 * Only the gateway may publish on this subject (NATS permissions).
 */
export interface ReserveGroupItemV1 {
  /** batch id */
  b: string;
  /** consumer (user) id */
  c: string;
  /** Idempotency-Key */
  k: string;
  /** quantity */
  q: number;
  /** allowPartial (default true) */
  p?: boolean | null;
  /** fulfilment, as in ReserveBodyDto */
  f: unknown;
}

export const RESERVE_OUTCOMES = [
  'OK',
  'REPLAY',
  'INVALID',
  'NOT_FOUND',
  'BELOW_MIN',
  'LIMIT_EXCEEDED',
  'BAD_PICKUP',
  'NO_DELIVERY',
  'SOLD_OUT',
  'NOT_OPEN',
  'KEY_REUSED',
  /** held and committed, but its order could not be opened before answering: 503, retry with the same key */
  'ORDER_PENDING',
  /** this item could not be decided (nothing was written for it): 503, retry with the same key */
  'UNDECIDED',
] as const;
export type ReserveOutcome = (typeof RESERVE_OUTCOMES)[number];

export interface ReserveGroupResultV1 {
  o: ReserveOutcome;
  /** reservation id (OK, REPLAY, ORDER_PENDING) */
  id: string | null;
  /** reservation status */
  s: 'confirmed' | 'waitlisted' | 'allocated' | 'cancelled' | 'expired' | null;
  q: number | null;
  /** order id (confirmed ones) */
  oid: string | null;
  /** the malformed field (INVALID) */
  f: string | null;
}

export interface ReserveGroupFailureV1 {
  error: { code: 'SERVICE_UNAVAILABLE' | 'VALIDATION_FAILED'; message: string };
}

export interface ReserveRefusal {
  code:
    'VALIDATION_FAILED' | 'NOT_FOUND' | 'LIMIT_EXCEEDED' | 'SOLD_OUT' | 'NOT_OPEN' | 'CONFLICT' | 'SERVICE_UNAVAILABLE';
  message: string;
  fields?: Array<{ field: string; message: string }>;
}

/** A refusal naming one field; its message is `<field>: <what>` unless the refusal has its own. */
const fieldRefusal = (
  code: ReserveRefusal['code'],
  field: string,
  what: string,
  message = `${field}: ${what}`,
): ReserveRefusal => ({ code, message, fields: [{ field, message: what }] });

/** The error a reservation outcome answers (null for OK and REPLAY: 201). One table for every caller of reserve_group. */
export function reserveRefusal(
  r: Pick<ReserveGroupResultV1, 'o' | 'id' | 'f'>,
  batchId: string,
): ReserveRefusal | null {
  switch (r.o) {
    case 'OK':
    case 'REPLAY':
      return null;
    case 'INVALID':
      return fieldRefusal('VALIDATION_FAILED', r.f ?? 'item', 'is not valid');
    case 'NOT_FOUND':
      return fieldRefusal('NOT_FOUND', 'batchId', `Batch ${batchId} not found`, `Batch ${batchId} not found`);
    case 'BELOW_MIN':
      return fieldRefusal('VALIDATION_FAILED', 'quantity', "is below the batch's minimum quantity per reservation");
    case 'LIMIT_EXCEEDED':
      return fieldRefusal(
        'LIMIT_EXCEEDED',
        'quantity',
        'over maxQuantityPerConsumer (counting your other reservations on this batch)',
        'This would take you over the maximum quantity per consumer for this batch',
      );
    case 'BAD_PICKUP':
      return fieldRefusal('VALIDATION_FAILED', 'fulfilment.pickupPointId', 'is not a pickup point of this batch');
    case 'NO_DELIVERY':
      return fieldRefusal('VALIDATION_FAILED', 'fulfilment.type', 'this batch offers no delivery');
    case 'SOLD_OUT':
      return { code: 'SOLD_OUT', message: 'Sold out: no capacity left on this batch' };
    case 'NOT_OPEN':
      return { code: 'NOT_OPEN', message: 'This batch is not taking reservations now (outside its pre-order window)' };
    case 'KEY_REUSED':
      return fieldRefusal(
        'CONFLICT',
        'Idempotency-Key',
        'already used for another batch',
        'This Idempotency-Key was already used for a reservation on another batch',
      );
    case 'ORDER_PENDING':
      return {
        code: 'SERVICE_UNAVAILABLE',
        message: `Reservation ${r.id} is held but its order is not open yet; retry with the same Idempotency-Key (it will not reserve twice)`,
      };
    case 'UNDECIDED':
    default:
      return {
        code: 'SERVICE_UNAVAILABLE',
        message: 'The reservation could not be decided; nothing was reserved. Try again with the same Idempotency-Key',
      };
  }
}
