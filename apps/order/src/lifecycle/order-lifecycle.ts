import { ORDER_STATUSES } from '@app/contracts';
import type { OrderStatus } from '@app/contracts';
import { DomainError } from '@app/messaging';

/** What moves an order. Commands come from people (producer, LAO admin, consumer); the rest from events or time. */
export const ORDER_TRIGGERS = [
  /** payments reached the deposit (producer or LAO admin records the payment) */
  'deposit_paid',
  /** preorder.reservation.allocated: the harvest settled this order (full, partial or nothing) */
  'allocated',
  /** preorder.reservation.cancelled before harvest */
  'reservation_cancelled',
  /** the expiry sweep: deposit (or, for a direct purchase, the price), or the balance after harvest, not paid by its deadline */
  'payment_deadline_passed',
  /** payments reached the total after harvest */
  'balance_paid',
  /** producer / LAO admin: goods ready at the pickup point */
  'mark_ready',
  /** producer / LAO admin: handed to a carrier */
  'ship',
  /** producer / LAO admin: consumer picked up, or carrier delivered */
  'handover',
  /** the consumer confirms receipt */
  'confirm_receipt',
  /** the auto-complete sweep, N days after handover */
  'auto_complete',
  /** producer / LAO admin refunds (part of) a completed order in a dispute */
  'dispute_refund',
] as const;
export type OrderTrigger = (typeof ORDER_TRIGGERS)[number];

export interface OrderTransition {
  from: OrderStatus;
  trigger: OrderTrigger;
  to: OrderStatus;
}

/**
 * The whole order lifecycle. Anything not listed here is illegal. Where a trigger has several targets
 * (allocation), the money decides which one (settlement/allocation.policy.ts); this table decides
 * whether it is allowed at all.
 */
export const ORDER_TRANSITIONS: readonly OrderTransition[] = [
  { from: 'awaiting_deposit', trigger: 'deposit_paid', to: 'reserved' },
  { from: 'awaiting_deposit', trigger: 'payment_deadline_passed', to: 'expired' },
  { from: 'awaiting_deposit', trigger: 'reservation_cancelled', to: 'cancelled' },
  // The harvest may come in before a (partly) unpaid deposit: the order is then settled like any other,
  // and what is still owed becomes the balance.
  { from: 'awaiting_deposit', trigger: 'allocated', to: 'awaiting_balance' },
  { from: 'awaiting_deposit', trigger: 'allocated', to: 'paid' },
  { from: 'awaiting_deposit', trigger: 'allocated', to: 'cancelled' },
  { from: 'reserved', trigger: 'allocated', to: 'awaiting_balance' },
  { from: 'reserved', trigger: 'allocated', to: 'paid' },
  { from: 'reserved', trigger: 'allocated', to: 'cancelled' },
  { from: 'reserved', trigger: 'reservation_cancelled', to: 'cancelled' },
  { from: 'awaiting_balance', trigger: 'balance_paid', to: 'paid' },
  // after harvest: the balance deadline, a deposit still unpaid, or a direct purchase's price (paymentDeadlinePassed)
  { from: 'awaiting_balance', trigger: 'payment_deadline_passed', to: 'expired' },
  { from: 'paid', trigger: 'mark_ready', to: 'ready_for_pickup' },
  { from: 'paid', trigger: 'ship', to: 'shipped' },
  { from: 'ready_for_pickup', trigger: 'handover', to: 'picked_up' },
  { from: 'shipped', trigger: 'handover', to: 'delivered' },
  { from: 'picked_up', trigger: 'confirm_receipt', to: 'completed' },
  { from: 'picked_up', trigger: 'auto_complete', to: 'completed' },
  { from: 'delivered', trigger: 'confirm_receipt', to: 'completed' },
  { from: 'delivered', trigger: 'auto_complete', to: 'completed' },
  { from: 'completed', trigger: 'dispute_refund', to: 'refunded' },
  // a second partial refund of the same dispute keeps it refunded
  { from: 'refunded', trigger: 'dispute_refund', to: 'refunded' },
];

/**
 * Where an order starts. A reservation waits for its deposit (or, without one, for the harvest). A direct
 * purchase of a batch's surplus stock is already harvested: it is settled at once and its whole price is due,
 * by the same deadline a deposit would have.
 */
export function initialStatus(o: {
  reservationId: string | null;
  depositDueSatang: number;
  totalSatang: number;
}): OrderStatus {
  if (o.reservationId === null) return o.totalSatang > 0 ? 'awaiting_balance' : 'paid';
  return o.depositDueSatang > 0 ? 'awaiting_deposit' : 'reserved';
}

/**
 * Whether the deposit clock runs: an unpaid deposit, or the unpaid price of a direct purchase.
 * The harvest does not stop the deposit clock: an order allocated while its deposit was still unpaid moves
 * to awaiting_balance, and the same deadline keeps running there until the deposit is in, so it cannot
 * hold yield ahead of consumers who paid, and at the deadline it expires like any other (order.expired
 * gives its units back).
 */
export function paymentDeadlineRuns(o: {
  status: OrderStatus;
  reservationId: string | null;
  depositDueSatang: number;
  paidSatang: number;
  refundedSatang: number;
}): boolean {
  if (o.status === 'awaiting_deposit') return true;
  if (o.status !== 'awaiting_balance') return false;
  return o.reservationId === null || o.paidSatang - o.refundedSatang < o.depositDueSatang;
}

/**
 * Whether the balance clock runs: a reserved order the harvest settled with money still owed. A direct
 * purchase has only its price deadline (the deposit clock above).
 */
export function balanceDeadlineRuns(o: { status: OrderStatus; reservationId: string | null }): boolean {
  return o.status === 'awaiting_balance' && o.reservationId !== null;
}

export type DeadlineFacts = Parameters<typeof paymentDeadlineRuns>[0] & {
  depositDeadline: Date | null;
  balanceDeadline: Date | null;
};

/**
 * THE expiry rule (the sweep, payments and slips all ask it): the order's payment deadline has passed —
 * the deposit clock (deposit, or a direct purchase's price) or the balance clock after harvest — so it
 * expires (payment_deadline_passed), even if the sweep has not run yet.
 *
 * A slip under review holds the balance clock: the consumer says they paid before the deadline and only
 * the producer can tell, so the order waits for the producer's answer (confirming records the money;
 * rejecting lets the next sweep expire it). A part-paid balance does not move the deadline: at it, the
 * order expires and everything paid is owed back (a refund record, as for an expired deposit), because its
 * units go back on sale. The deposit clock is not held by a slip (its behaviour predates the balance clock
 * and is kept as it was).
 */
export function paymentDeadlinePassed(o: DeadlineFacts, now: Date, slipUnderReview = false): boolean {
  if (paymentDeadlineRuns(o) && o.depositDeadline !== null && o.depositDeadline <= now) return true;
  return balanceDeadlineRuns(o) && !slipUnderReview && o.balanceDeadline !== null && o.balanceDeadline <= now;
}

/** The earliest deadline that runs now (what the consumer must meet), or null. */
export function runningDeadline(o: DeadlineFacts): Date | null {
  const running = [
    paymentDeadlineRuns(o) ? o.depositDeadline : null,
    balanceDeadlineRuns(o) ? o.balanceDeadline : null,
  ].filter((d): d is Date => d !== null);
  return running.length ? new Date(Math.min(...running.map((d) => d.getTime()))) : null;
}

/** The statuses a payment deadline can expire from: the table's `payment_deadline_passed` rows. */
export const DEADLINE_STATUSES: readonly OrderStatus[] = ORDER_TRANSITIONS.filter(
  (t) => t.trigger === 'payment_deadline_passed',
).map((t) => t.from);

/**
 * A necessary condition of paymentDeadlinePassed in SQL, for the sweep to find candidates with an index
 * (orders_earliest_deadline, whose predicate is this same status list); the sweep then decides each candidate
 * with paymentDeadlinePassed itself. The statuses come from the transition table; that the SQL never misses an
 * order the rule expires is a fast-check property on the real database (test/expiry-rule.e2e-spec.ts).
 */
export const EXPIRY_CANDIDATE_SQL = (asOfParam: string) =>
  `o.status IN (${DEADLINE_STATUSES.map((s) => `'${s}'`).join(', ')}) AND least(o.deposit_deadline, o.balance_deadline) <= ${asOfParam}`;

export const TERMINAL_STATUSES: readonly OrderStatus[] = ORDER_STATUSES.filter(
  (s) => !ORDER_TRANSITIONS.some((t) => t.from === s),
);

export function canTransition(from: OrderStatus, trigger: OrderTrigger, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS.some((t) => t.from === from && t.trigger === trigger && t.to === to);
}

/** Whether the trigger may act on an order in this status at all (whatever the target). */
export function acceptsTrigger(from: OrderStatus, trigger: OrderTrigger): boolean {
  return ORDER_TRANSITIONS.some((t) => t.from === from && t.trigger === trigger);
}

export function illegalTransition(from: OrderStatus, trigger: OrderTrigger, to?: OrderStatus): DomainError {
  const target = to ? ` to ${to}` : '';
  return new DomainError('ILLEGAL_TRANSITION', `An order that is ${from} cannot go through ${trigger}${target}`);
}

/** Throws 409 ILLEGAL_TRANSITION unless the table allows it. */
export function assertTransition(from: OrderStatus, trigger: OrderTrigger, to: OrderStatus): void {
  if (!canTransition(from, trigger, to)) throw illegalTransition(from, trigger, to);
}

/** The single target of a trigger that has one (every trigger but allocation). */
export function targetOf(from: OrderStatus, trigger: OrderTrigger): OrderStatus {
  const targets = ORDER_TRANSITIONS.filter((t) => t.from === from && t.trigger === trigger);
  if (targets.length !== 1) throw illegalTransition(from, trigger);
  return targets[0].to;
}
