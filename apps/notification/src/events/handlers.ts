import { OrderEvents } from '@app/contracts';

import type { EventHandlers } from '@app/messaging';
import { onCompleted, onExpired, onRefundPaid, onSlipSubmitted, onStatusChanged, statusChanges } from '../rules/rules.js';
import { OrdersSeen } from '../store/orders-seen.js';
import type { Notifier } from '../store/notifier.js';

/** The order events this service consumes: each in its inbox transaction (exactly once). */
export function orderHandlers(notifier: Notifier): EventHandlers<'order'> {
  const now = () => new Date();
  return {
    [OrderEvents.statusChanged]: {
      1: async (e, em) => {
        await OrdersSeen.record(em, e.data);
        await notifier.notify(em, onStatusChanged(e), now());
      },
      // one transaction's changes (a live sale's group of opened orders): each told as its own change
      2: async (e, em) => {
        for (const change of statusChanges(e)) {
          await OrdersSeen.record(em, change.data);
          await notifier.notify(em, onStatusChanged(change), now());
        }
      },
    },
    [OrderEvents.expired]: {
      1: async (e, em) => {
        await OrdersSeen.markStatus(em, e.data.orderId, 'expired', e.data.expiredAt);
        await notifier.notify(em, onExpired(e, await OrdersSeen.get(em, e.data.orderId)), now());
      },
    },
    [OrderEvents.refundPaid]: {
      1: async (e, em) => {
        await notifier.notify(em, onRefundPaid(e, await OrdersSeen.get(em, e.data.orderId)), now());
      },
    },
    [OrderEvents.completed]: {
      1: async (e, em) => {
        await notifier.notify(em, onCompleted(e, await OrdersSeen.get(em, e.data.orderId)), now());
      },
    },
    [OrderEvents.paymentSlipSubmitted]: {
      1: async (e, em) => {
        await notifier.notify(em, onSlipSubmitted(e, await OrdersSeen.get(em, e.data.orderId)), now());
      },
    },
  };
}
