import type { EntityManager } from 'typeorm';
import type { OrderStatus } from '@app/contracts';
import { OrderOutbox } from '../events/order-events.js';
import { assertTransition } from '../lifecycle/order-lifecycle.js';
import type { OrderTrigger } from '../lifecycle/order-lifecycle.js';
import type { Order } from './order.js';
import { OrdersRepository } from './orders.repository.js';
import type { OrderChanges } from './orders.repository.js';

/**
 * One transition of one order: checked against the table (order-lifecycle.ts), then its new status, the
 * changes and the history row written, and order.status_changed put in the outbox — all in the caller's
 * transaction.
 */
export async function transitionOrder(
  em: EntityManager,
  order: Order,
  trigger: OrderTrigger,
  to: OrderStatus,
  actor: string,
  changes: OrderChanges = {},
): Promise<Order> {
  assertTransition(order.status, trigger, to);
  const updated = await OrdersRepository.update(em, order.id, {
    ...changes,
    status: to,
    status_changed_at: new Date().toISOString(),
  });
  await OrdersRepository.insertHistory(em, order.id, order.status, to, trigger, actor);
  await OrderOutbox.statusChanged(em, [{ order: updated, from: order.status, trigger }], new Date());
  return updated;
}
