import type { EventDomain, IntegrationEvent } from './events.js';
import { DiagnosticsEvents } from './events.js';
import type { DiagnosticsPingRecordedV1 } from './events.js';
import { CatalogEvents } from './catalog.js';
import type { ContentLinkPublishedV1, ContentLinkRemovedV1, LaoUpsertedV1, ProducerStateV1 } from './catalog.js';
import type { ProducerMembershipApprovedV1 } from './catalog-membership.js';
import { OrderEvents } from './order.js';
import type {
  OrderCompletedV1,
  OrderExpiredV1,
  OrderRefundedV1,
  OrderRefundPaidV1,
  OrderStatusChangedV1,
  OrderStatusChangedV2,
} from './order.js';
import type { PaymentSlipSubmittedV1 } from './payment-slip.js';
import { PreorderEvents } from './preorder.js';
import type {
  BatchOpenedV1,
  BatchSoldOutV1,
  ReservationAllocatedV1,
  ReservationAllocatedV2,
  ReservationCancelledV1,
  ReservationPromotedV1,
  ReservationsWaitlistedV1,
} from './preorder.js';
import { IdentityEvents } from './personal-data.js';
import type { AccountChangedV1, ConsumerErasedV1 } from './personal-data.js';

/**
 * Every integration event, once: its type (the constant of its domain) → each version → that version's
 * payload. A service writes to its outbox only what this map allows (libs/messaging `newEvent`,
 * `addToOutbox`), and a consumer's handler is registered per type and version and receives that version's
 * payload (libs/messaging `EventHandlers`). A changed payload is a new version: add `2: SomethingV2` beside
 * `1` — keep 1 as long as events of version 1 may still be in a stream (docs/events.md).
 */
export interface EventCatalog {
  [DiagnosticsEvents.pingRecorded]: { 1: DiagnosticsPingRecordedV1 };

  [CatalogEvents.laoUpserted]: { 1: LaoUpsertedV1 };
  [CatalogEvents.producerRegistered]: { 1: ProducerStateV1 };
  [CatalogEvents.producerUpdated]: { 1: ProducerStateV1 };
  [CatalogEvents.producerWithdrawn]: { 1: ProducerStateV1 };
  [CatalogEvents.producerMembershipApproved]: { 1: ProducerMembershipApprovedV1 };
  [CatalogEvents.contentLinkPublished]: { 1: ContentLinkPublishedV1 };
  [CatalogEvents.contentLinkRemoved]: { 1: ContentLinkRemovedV1 };

  [PreorderEvents.reservationAllocated]: { 1: ReservationAllocatedV1; 2: ReservationAllocatedV2 };
  [PreorderEvents.reservationCancelled]: { 1: ReservationCancelledV1 };
  [PreorderEvents.batchOpened]: { 1: BatchOpenedV1 };
  [PreorderEvents.batchSoldOut]: { 1: BatchSoldOutV1 };
  [PreorderEvents.reservationsWaitlisted]: { 1: ReservationsWaitlistedV1 };
  [PreorderEvents.reservationPromoted]: { 1: ReservationPromotedV1 };

  [OrderEvents.completed]: { 1: OrderCompletedV1 };
  [OrderEvents.refunded]: { 1: OrderRefundedV1 };
  [OrderEvents.expired]: { 1: OrderExpiredV1 };
  [OrderEvents.paymentSlipSubmitted]: { 1: PaymentSlipSubmittedV1 };
  [OrderEvents.statusChanged]: { 1: OrderStatusChangedV1; 2: OrderStatusChangedV2 };
  [OrderEvents.refundPaid]: { 1: OrderRefundPaidV1 };

  [IdentityEvents.consumerErased]: { 1: ConsumerErasedV1 };
  [IdentityEvents.accountChanged]: { 1: AccountChangedV1 };
}

export type EventType = keyof EventCatalog;
/** The versions of a type (1, 2, …). */
export type EventVersion<T extends EventType> = keyof EventCatalog[T] & number;
/** The payload of one version of a type. */
export type EventPayload<T extends EventType, V extends EventVersion<T>> = EventCatalog[T][V];
/** The types whose subject falls in a domain's stream (`<domain>.…`). */
export type EventTypeOf<D extends EventDomain> = Extract<EventType, `${D}.${string}`>;

/**
 * An event of the catalog. Without V: the union of its versions, told apart by `version`
 * (`if (e.version === 2) e.data.balanceDueBy`).
 */
export type EventOf<T extends EventType, V extends EventVersion<T> = EventVersion<T>> = {
  [K in V]: IntegrationEvent<T, EventCatalog[T][K], K>;
}[V];

/** Any event of the catalog (what an outbox accepts). */
export type AnyEvent = { [T in EventType]: EventOf<T> }[EventType];

// Every type lives in a domain's stream: a type whose first segment is no domain fails here.
type Unrouted = Exclude<EventType, { [D in EventDomain]: EventTypeOf<D> }[EventDomain]>;
const everyTypeHasADomain: [Unrouted] extends [never] ? true : Unrouted = true;
void everyTypeHasADomain;
