import { Injectable } from '@nestjs/common';
import type { Caller, ShipOrderCommand } from '@app/contracts';
import { DomainError } from '@app/messaging';
import { OrderOutbox } from '../events/order-events.js';
import { targetOf } from '../lifecycle/order-lifecycle.js';
import type { OrderTrigger } from '../lifecycle/order-lifecycle.js';
import { assertIsConsumer, assertMayManage } from '../orders/order-access.policy.js';
import type { Order } from '../orders/order.js';
import { OrderTransactions } from '../orders/order-transactions.js';
import { transitionOrder } from '../orders/order-transition.js';
import type { OrderChanges } from '../orders/orders.repository.js';

/** Pickup: ready → handover (picked_up). Delivery: ship → handover (delivered). Then the consumer confirms. */
@Injectable()
export class FulfilmentService {
  constructor(private readonly orders: OrderTransactions) {}

  ready(caller: Caller, orderId: string) {
    return this.manage(caller, orderId, 'mark_ready', (o) => {
      if (o.fulfilment.type !== 'pickup')
        throw new DomainError('ILLEGAL_TRANSITION', 'This order is delivered, not picked up: ship it instead');
      return {};
    });
  }

  ship(caller: Caller, cmd: ShipOrderCommand) {
    return this.manage(caller, cmd.orderId, 'ship', (o) => {
      if (o.fulfilment.type !== 'delivery')
        throw new DomainError('ILLEGAL_TRANSITION', 'This order is picked up, not delivered: mark it ready instead');
      return { shipment: { carrier: cmd.carrier, trackingNumber: cmd.trackingNumber } };
    });
  }

  handover(caller: Caller, orderId: string) {
    return this.manage(caller, orderId, 'handover', () => ({ handed_over_at: new Date().toISOString() }));
  }

  /** The consumer confirms receipt: the sale is complete and counted. */
  complete(caller: Caller, orderId: string) {
    return this.orders.change(caller, orderId, assertIsConsumer, async (em, order) => {
      const at = new Date();
      const done = await transitionOrder(
        em,
        order,
        'confirm_receipt',
        targetOf(order.status, 'confirm_receipt'),
        caller.userId,
        { completed_at: at.toISOString() },
      );
      await OrderOutbox.completed(em, done, at);
    });
  }

  private manage(caller: Caller, orderId: string, trigger: OrderTrigger, changes: (o: Order) => OrderChanges) {
    return this.orders.change(caller, orderId, assertMayManage, async (em, order) => {
      const to = targetOf(order.status, trigger);
      await transitionOrder(em, order, trigger, to, caller.userId, changes(order));
    });
  }
}
