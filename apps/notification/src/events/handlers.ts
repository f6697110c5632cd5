import type { EntityManager } from 'typeorm';
import { IdentityEvents, OrderEvents, PreorderEvents } from '@app/contracts';
import type {
  AccountChangedV1,
  BatchOpenedV1,
  BatchSoldOutV1,
  ConsumerErasedV1,
  IntegrationEvent,
  OrderCompletedV1,
  OrderExpiredV1,
  OrderRefundPaidV1,
  OrderStatusChangedV1,
  PaymentSlipSubmittedV1,
  ReservationPromotedV1,
  ReservationsWaitlistedV1,
} from '@app/contracts';
import type { EventHandler } from '@app/messaging';
import { onCompleted, onExpired, onRefundPaid, onSlipSubmitted, onStatusChanged } from '../rules/rules.js';
import { onPromoted, onSoldOut, onWaitlisted } from '../rules/batch-rules.js';
import { BatchesSeen } from '../store/batches-seen.js';
import { OrdersSeen } from '../store/orders-seen.js';
import { Recipients } from '../store/recipients.js';
import type { Notifier } from '../store/notifier.js';

/** The order events this service consumes: each in its inbox transaction (exactly once). */
export function orderHandlers(notifier: Notifier): Record<string, EventHandler> {
  const now = () => new Date();
  return {
    [OrderEvents.statusChanged]: async (e: IntegrationEvent<string, OrderStatusChangedV1>, em: EntityManager) => {
      await OrdersSeen.record(em, e.data);
      await BatchesSeen.reservationOpened(em, e.data);
      await notifier.notify(em, onStatusChanged(e), now(), e.occurredAt);
    },
    [OrderEvents.expired]: async (e: IntegrationEvent<string, OrderExpiredV1>, em: EntityManager) => {
      await OrdersSeen.markStatus(em, e.data.orderId, 'expired', e.data.expiredAt);
      await notifier.notify(em, onExpired(e, await OrdersSeen.get(em, e.data.orderId)), now(), e.occurredAt);
    },
    [OrderEvents.refundPaid]: async (e: IntegrationEvent<string, OrderRefundPaidV1>, em: EntityManager) => {
      await notifier.notify(em, onRefundPaid(e, await OrdersSeen.get(em, e.data.orderId)), now(), e.occurredAt);
    },
    [OrderEvents.completed]: async (e: IntegrationEvent<string, OrderCompletedV1>, em: EntityManager) => {
      await notifier.notify(em, onCompleted(e, await OrdersSeen.get(em, e.data.orderId)), now(), e.occurredAt);
    },
    [OrderEvents.paymentSlipSubmitted]: async (e: IntegrationEvent<string, PaymentSlipSubmittedV1>, em: EntityManager) => {
      await notifier.notify(em, onSlipSubmitted(e, await OrdersSeen.get(em, e.data.orderId)), now(), e.occurredAt);
    },
  };
}

/** The gateway's identity events: how to reach each login (without waiting for it to call), and erasure. */
export function identityHandlers(): Record<string, EventHandler> {
  return {
    [IdentityEvents.accountChanged]: (e: IntegrationEvent<string, AccountChangedV1>, em: EntityManager) => Recipients.fromAccount(em, e.data),
    [IdentityEvents.consumerErased]: (e: IntegrationEvent<string, ConsumerErasedV1>, em: EntityManager) => Recipients.erase(em, e.data.userId),
  };
}

/** harvest-preorder's batch and waitlist events (none of them per reservation of a live sale). */
export function preorderHandlers(notifier: Notifier): Record<string, EventHandler> {
  const now = () => new Date();
  return {
    [PreorderEvents.batchOpened]: (e: IntegrationEvent<string, BatchOpenedV1>, em: EntityManager) => BatchesSeen.opened(em, e.data),
    [PreorderEvents.batchSoldOut]: async (e: IntegrationEvent<string, BatchSoldOutV1>, em: EntityManager) => {
      await BatchesSeen.soldOut(em, e.data.batchId);
      await notifier.notify(em, onSoldOut(e), now(), e.occurredAt);
    },
    [PreorderEvents.reservationsWaitlisted]: async (e: IntegrationEvent<string, ReservationsWaitlistedV1>, em: EntityManager) => {
      await notifier.notify(em, onWaitlisted(e), now(), e.occurredAt);
    },
    [PreorderEvents.reservationPromoted]: async (e: IntegrationEvent<string, ReservationPromotedV1>, em: EntityManager) => {
      await notifier.notify(em, onPromoted(e), now(), e.occurredAt);
    },
  };
}
