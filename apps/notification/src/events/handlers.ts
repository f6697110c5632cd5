import type { EntityManager } from 'typeorm';
import { OrderEvents } from '@app/contracts';
import type { IntegrationEvent, OrderCompletedV1, OrderExpiredV1, OrderRefundPaidV1, OrderStatusChangedV1, OrderStatusChangedV2, PaymentSlipSubmittedV1 } from '@app/contracts';
import type { EventHandler } from '@app/messaging';
import { onCompleted, onExpired, onRefundPaid, onSlipSubmitted, onStatusChanged, statusChanges } from '../rules/rules.js';
import { OrdersSeen } from '../store/orders-seen.js';
import type { Notifier } from '../store/notifier.js';

/** The order events this service consumes: each in its inbox transaction (exactly once). */
export function orderHandlers(notifier: Notifier): Record<string, EventHandler> {
  const now = () => new Date();
  return {
    [OrderEvents.statusChanged]: async (e: IntegrationEvent<string, OrderStatusChangedV1 | OrderStatusChangedV2>, em: EntityManager) => {
      for (const change of statusChanges(e)) {
        await OrdersSeen.record(em, change.data);
        await notifier.notify(em, onStatusChanged(change), now());
      }
    },
    [OrderEvents.expired]: async (e: IntegrationEvent<string, OrderExpiredV1>, em: EntityManager) => {
      await OrdersSeen.markStatus(em, e.data.orderId, 'expired', e.data.expiredAt);
      await notifier.notify(em, onExpired(e, await OrdersSeen.get(em, e.data.orderId)), now());
    },
    [OrderEvents.refundPaid]: async (e: IntegrationEvent<string, OrderRefundPaidV1>, em: EntityManager) => {
      await notifier.notify(em, onRefundPaid(e, await OrdersSeen.get(em, e.data.orderId)), now());
    },
    [OrderEvents.completed]: async (e: IntegrationEvent<string, OrderCompletedV1>, em: EntityManager) => {
      await notifier.notify(em, onCompleted(e, await OrdersSeen.get(em, e.data.orderId)), now());
    },
    [OrderEvents.paymentSlipSubmitted]: async (e: IntegrationEvent<string, PaymentSlipSubmittedV1>, em: EntityManager) => {
      await notifier.notify(em, onSlipSubmitted(e, await OrdersSeen.get(em, e.data.orderId)), now());
    },
  };
}
