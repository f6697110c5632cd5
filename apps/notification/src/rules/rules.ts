import type { EventOf, IntegrationEvent, NotificationChannel, NotificationKind } from '@app/contracts';
import { OrderEvents } from '@app/contracts';
import type { Facts } from './format.js';

/**
 * Who is told what, as pure functions of an event (and what the service already knows of the order).
 * One event gives at most a few intents; each carries the key that makes it exactly once per event and
 * recipient (the database refuses a second notification with the same key).
 */
export type Recipient = `user:${string}` | `producer:${string}`;

export interface Intent {
  recipient: Recipient;
  kind: NotificationKind;
  orderId: string | null;
  facts: Facts;
  /** a path of the web app */
  link: string | null;
  /** the deadline the message is about (quiet hours let it through when the deadline is that night) */
  deadline: string | null;
  dedupeKey: string;
}

/** What the service keeps of an order from its events (orders_seen). */
export interface KnownOrder {
  orderId: string;
  consumerId: string;
  producerId: string;
  productName: string;
  unit: string;
  status: string;
  depositDeadline: string | null;
  amountDueSatang: number;
}

export const orderNumber = (orderId: string) => orderId.slice(0, 8).toUpperCase();
const consumerLink = (orderId: string) => `/orders/${orderId}`;
const producerLink = (orderId: string) => `/farmer/orders?q=${orderNumber(orderId).toLowerCase()}`;

function intent(
  event: IntegrationEvent,
  recipient: Recipient,
  kind: NotificationKind,
  orderId: string,
  facts: Facts,
  link: string,
  deadline: string | null = null,
): Intent {
  return { recipient, kind, orderId, facts, link, deadline, dedupeKey: `${event.id}/${recipient}/${kind}` };
}

/**
 * `order.status_changed` v2 carries one transaction's changes together (a live sale's group of opened
 * orders): each is told as its own v1 event, whose id is the message's id and the order's (so each change's
 * dedupe key stays its own, and a redelivered message dedupes change by change).
 */
export function statusChanges(event: EventOf<'order.status_changed'>): Array<EventOf<'order.status_changed', 1>> {
  if (event.version === 1) return [event];
  return event.data.changes.map((c) => ({ ...event, id: `${event.id}/${c.orderId}`, version: 1 as const, data: c }));
}

export function onStatusChanged(event: EventOf<'order.status_changed', 1>): Intent[] {
  const o = event.data;
  const to: Recipient = `user:${o.consumerId}`;
  const base: Facts = {
    product: o.productName,
    quantity: o.quantity,
    requested: o.requestedQuantity,
    unit: o.unit,
    orderNumber: orderNumber(o.orderId),
  };
  const link = consumerLink(o.orderId);
  const one = (kind: NotificationKind, facts: Facts = {}, deadline: string | null = null) => [
    intent(event, to, kind, o.orderId, { ...base, ...facts }, link, deadline),
  ];
  if (o.from === null) {
    if (o.to === 'awaiting_deposit' || o.to === 'awaiting_balance')
      return one(
        'reservation_confirmed',
        { amountSatang: o.amountDueSatang, deadline: o.depositDeadline },
        o.depositDeadline,
      );
    return [];
  }
  switch (o.trigger) {
    case 'allocated':
      if (o.to === 'cancelled') return one('harvest_none', { refundSatang: o.refundedSatang });
      if (o.quantity < o.requestedQuantity)
        return one('harvest_shortfall', { refundSatang: o.refundedSatang, amountSatang: o.amountDueSatang });
      if (o.amountDueSatang > 0) return one('harvest_balance_due', { amountSatang: o.amountDueSatang });
      return one('harvest_recorded');
    case 'mark_ready':
      return one('ready_for_pickup', { place: o.fulfilment.type === 'pickup' ? o.fulfilment.pickupPointName : null });
    case 'ship':
      return one('shipped', { carrier: o.shipment?.carrier, tracking: o.shipment?.trackingNumber });
    default:
      return [];
  }
}

/** One intent to the order's consumer, linking to the order. */
function toConsumer(
  event: IntegrationEvent,
  consumerId: string,
  kind: NotificationKind,
  orderId: string,
  facts: Facts,
): Intent[] {
  return [intent(event, `user:${consumerId}`, kind, orderId, facts, consumerLink(orderId))];
}

export function onExpired(event: EventOf<'order.expired', 1>, known: KnownOrder | null): Intent[] {
  if (!known) return [];
  return toConsumer(event, known.consumerId, 'order_expired', known.orderId, { product: known.productName });
}

export function onRefundPaid(event: EventOf<'order.refund_paid', 1>, known: KnownOrder | null): Intent[] {
  const d = event.data;
  const facts = { product: known?.productName, refundSatang: d.amountSatang };
  return toConsumer(event, d.consumerId, 'refund_paid', d.orderId, facts);
}

export function onCompleted(event: EventOf<'order.completed', 1>, known: KnownOrder | null): Intent[] {
  const d = event.data;
  return toConsumer(event, d.consumerId, 'review_requested', d.orderId, { product: known?.productName });
}

export function onSlipSubmitted(event: EventOf<'order.payment_slip_submitted', 1>, known: KnownOrder | null): Intent[] {
  const d = event.data;
  return [
    intent(
      event,
      `producer:${d.producerId}`,
      'slip_submitted',
      d.orderId,
      { product: known?.productName, orderNumber: orderNumber(d.orderId) },
      producerLink(d.orderId),
    ),
  ];
}

/** The deposit reminder of a known order (the sweep's, not an event's): once per order and deadline. */
export function depositReminder(o: KnownOrder): Intent | null {
  if (o.status !== 'awaiting_deposit' || !o.depositDeadline || o.amountDueSatang <= 0) return null;
  return {
    recipient: `user:${o.consumerId}`,
    kind: 'deposit_due_soon',
    orderId: o.orderId,
    facts: { product: o.productName, amountSatang: o.amountDueSatang, deadline: o.depositDeadline },
    link: consumerLink(o.orderId),
    deadline: o.depositDeadline,
    dedupeKey: `deposit_due_soon/${o.orderId}/${o.depositDeadline}`,
  };
}

/** Event types that make intents (the rest only update what is known of the order, or nothing). */
export const NOTIFYING_EVENTS = [
  OrderEvents.statusChanged,
  OrderEvents.expired,
  OrderEvents.refundPaid,
  OrderEvents.completed,
  OrderEvents.paymentSlipSubmitted,
] as const;

// --- channels -----------------------------------------------------------------------------------

/** Money and pickup: the kinds that go by SMS by default when LINE is not linked. */
export const MONEY_OR_PICKUP: ReadonlySet<NotificationKind> = new Set<NotificationKind>([
  'reservation_confirmed',
  'deposit_due_soon',
  'harvest_balance_due',
  'harvest_shortfall',
  'harvest_none',
  'order_expired',
  'ready_for_pickup',
  'shipped',
  'refund_paid',
  'slip_submitted',
  'waitlist_promoted',
]);

export interface Reachability {
  lineLinked: boolean;
  phone: boolean;
  email: boolean;
}

/** The default: in-app always, plus LINE if linked, else SMS for money and pickup only. */
export function defaultChannels(kind: NotificationKind, r: Pick<Reachability, 'lineLinked'>): NotificationChannel[] {
  if (r.lineLinked) return ['line'];
  return MONEY_OR_PICKUP.has(kind) ? ['sms'] : [];
}

/** The channels a message goes by: the user's choice for the kind (else the default), where reachable. */
export function channelsFor(
  kind: NotificationKind,
  chosen: NotificationChannel[] | undefined,
  r: Reachability,
): NotificationChannel[] {
  const wanted = chosen ?? defaultChannels(kind, r);
  return wanted.filter((c) => (c === 'line' ? r.lineLinked : c === 'sms' ? r.phone : r.email));
}

/** Fallback order when a channel fails for good: the next reachable one not tried yet. */
export const FALLBACK_ORDER: readonly NotificationChannel[] = ['line', 'sms', 'email'];

export function fallbackChannel(tried: NotificationChannel[], r: Reachability): NotificationChannel | null {
  return channelsFor('reservation_confirmed', [...FALLBACK_ORDER], r).find((c) => !tried.includes(c)) ?? null;
}
