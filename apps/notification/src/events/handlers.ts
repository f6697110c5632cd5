import type { EntityManager } from 'typeorm';
import { IdentityEvents, OrderEvents, PreorderEvents } from '@app/contracts';
import type { EventHandlers } from '@app/messaging';
import {
  onCompleted,
  onExpired,
  onRefundPaid,
  onSlipSubmitted,
  onStatusChanged,
  statusChanges,
} from '../rules/rules.js';
import type { Intent, KnownOrder } from '../rules/rules.js';
import { onPromoted, onSoldOut, onWaitlisted } from '../rules/batch-rules.js';
import { BatchesSeen } from '../store/batches-seen.repository.js';
import { OrdersSeen } from '../store/orders-seen.repository.js';
import type { Notifier } from '../store/notifier.js';
import { Recipients } from '../store/recipients.repository.js';

/** The order events this service consumes: each in its inbox transaction (exactly once). */
export function orderHandlers(notifier: Notifier): EventHandlers<'order'> {
  const now = () => new Date();
  const statusChanged = async (e: Parameters<typeof onStatusChanged>[0], em: EntityManager, occurredAt: string) => {
    await OrdersSeen.record(em, e.data);
    await BatchesSeen.reservationOpened(em, e.data);
    await notifier.notify(em, onStatusChanged(e), now(), occurredAt);
  };
  /** An event whose intents depend on what is known of its order (the order itself is not changed). */
  const tellOfKnownOrder =
    <E extends { data: { orderId: string }; occurredAt: string }>(rule: (e: E, known: KnownOrder | null) => Intent[]) =>
    async (e: E, em: EntityManager): Promise<void> =>
      void (await notifier.notify(em, rule(e, await OrdersSeen.get(em, e.data.orderId)), now(), e.occurredAt));
  return {
    [OrderEvents.statusChanged]: {
      1: (e, em) => statusChanged(e, em, e.occurredAt),
      // one transaction's changes (a live sale's group of opened orders): each told as its own change
      2: async (e, em) => {
        for (const change of statusChanges(e)) await statusChanged(change, em, e.occurredAt);
      },
    },
    [OrderEvents.expired]: {
      1: async (e, em) => {
        await OrdersSeen.markStatus(em, e.data.orderId, 'expired', e.data.expiredAt);
        await tellOfKnownOrder(onExpired)(e, em);
      },
    },
    [OrderEvents.refundPaid]: { 1: tellOfKnownOrder(onRefundPaid) },
    [OrderEvents.completed]: { 1: tellOfKnownOrder(onCompleted) },
    [OrderEvents.paymentSlipSubmitted]: { 1: tellOfKnownOrder(onSlipSubmitted) },
  };
}

/** The gateway's identity events: how to reach each login (without waiting for it to call), and erasure. */
export function identityHandlers(): EventHandlers<'identity'> {
  return {
    [IdentityEvents.accountChanged]: { 1: (e, em) => Recipients.fromAccount(em, e.data) },
    [IdentityEvents.consumerErased]: { 1: (e, em) => Recipients.erase(em, e.data.userId) },
  };
}

/** harvest-preorder's batch and waitlist events (none of them per reservation of a live sale). */
export function preorderHandlers(notifier: Notifier): EventHandlers<'preorder'> {
  const now = () => new Date();
  return {
    [PreorderEvents.batchOpened]: { 1: (e, em) => BatchesSeen.opened(em, e.data) },
    [PreorderEvents.batchSoldOut]: {
      1: async (e, em) => {
        await BatchesSeen.soldOut(em, e.data.batchId);
        await notifier.notify(em, onSoldOut(e), now(), e.occurredAt);
      },
    },
    [PreorderEvents.reservationsWaitlisted]: {
      1: async (e, em) => void (await notifier.notify(em, onWaitlisted(e), now(), e.occurredAt)),
    },
    [PreorderEvents.reservationPromoted]: {
      1: async (e, em) => void (await notifier.notify(em, onPromoted(e), now(), e.occurredAt)),
    },
  };
}
