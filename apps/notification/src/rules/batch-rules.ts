import type { BatchSoldOutV1, IntegrationEvent, ReservationPromotedV1, ReservationsWaitlistedV1 } from '@app/contracts';
import type { Intent, Recipient } from './rules.js';

/**
 * Who is told what of a batch and its waitlist (harvest-preorder's batch events), and the producer's
 * reminders the sweep computes: the window closing and the daily summary. Pure, as rules.ts.
 */

/** What the service keeps of a batch from preorder.batch.opened / .sold_out (batches_seen). */
export interface KnownBatch {
  batchId: string;
  producerId: string;
  productName: string;
  closesAt: string;
  soldOut: boolean;
}

const farmerBatchLink = (batchId: string) => `/farmer/batches/${batchId}`;

/** Each waitlisted consumer, with its place in line (one event lists a batch's newly waitlisted). */
export function onWaitlisted(event: IntegrationEvent<string, ReservationsWaitlistedV1>): Intent[] {
  const d = event.data;
  return d.items.map((r) => {
    const recipient: Recipient = `user:${r.consumerId}`;
    return {
      recipient,
      kind: 'waitlisted',
      orderId: null,
      facts: { product: d.productName, quantity: r.quantity, unit: d.unit, position: r.place },
      link: `/reservations/${r.reservationId}`,
      deadline: null,
      dedupeKey: `${event.id}/${recipient}/waitlisted/${r.reservationId}`,
    };
  });
}

/** The consumer whose waitlisted reservation got units: its order opens (the deposit is told with it, merged by order). */
export function onPromoted(event: IntegrationEvent<string, ReservationPromotedV1>): Intent[] {
  const d = event.data;
  const recipient: Recipient = `user:${d.consumerId}`;
  return [
    {
      recipient,
      kind: 'waitlist_promoted',
      orderId: d.orderId,
      facts: { product: d.productName, quantity: d.quantity, requested: d.requested, unit: d.unit },
      link: `/orders/${d.orderId}`,
      deadline: null,
      dedupeKey: `${event.id}/${recipient}/waitlist_promoted`,
    },
  ];
}

export function onSoldOut(event: IntegrationEvent<string, BatchSoldOutV1>): Intent[] {
  const d = event.data;
  const recipient: Recipient = `producer:${d.producerId}`;
  return [
    {
      recipient,
      kind: 'batch_sold_out',
      orderId: null,
      facts: { product: d.productName, quantity: d.reservableQuantity, unit: d.unit },
      link: farmerBatchLink(d.batchId),
      deadline: null,
      // once per batch, whatever event told it
      dedupeKey: `batch_sold_out/${d.batchId}`,
    },
  ];
}

/** The producer, the day before an open, not sold-out batch's window closes: once per batch and closing time. */
export function windowClosingReminder(b: KnownBatch): Intent | null {
  if (b.soldOut) return null;
  return {
    recipient: `producer:${b.producerId}`,
    kind: 'window_closing',
    orderId: null,
    facts: { product: b.productName, deadline: b.closesAt },
    link: farmerBatchLink(b.batchId),
    deadline: null,
    dedupeKey: `window_closing/${b.batchId}/${b.closesAt}`,
  };
}

/** A producer's new reservations of one summary day, per product. */
export interface DayOfReservations {
  producerId: string;
  /** the Bangkok date the summary is for (YYYY-MM-DD) */
  day: string;
  products: Array<{ productName: string; count: number }>;
}

/** ONE message per producer and day, whatever the number of reservations; none for a day without any. */
export function dailySummary(d: DayOfReservations): Intent | null {
  const count = d.products.reduce((n, p) => n + p.count, 0);
  if (count === 0) return null;
  const products = [...d.products].sort((a, b) => b.count - a.count || a.productName.localeCompare(b.productName));
  return {
    recipient: `producer:${d.producerId}`,
    kind: 'daily_summary',
    orderId: null,
    facts: { count, product: products.map((p) => `${p.productName} ${p.count}`).join(', ') },
    link: '/farmer/batches',
    deadline: null,
    dedupeKey: `daily_summary/${d.producerId}/${d.day}`,
  };
}
