import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BALANCE_DEADLINE_HOURS } from '@app/contracts';
import type { EventOf, IntegrationEvent } from '@app/contracts';
import { acceptsTrigger } from '../lifecycle/order-lifecycle.js';
import { netPaid } from '../orders/money.js';
import { OrdersRepository } from '../orders/orders.repository.js';
import { transitionOrder } from '../orders/order-transition.js';
import { RefundsRepository } from '../refunds/refunds.repository.js';
import { settleAllocation } from './allocation.policy.js';

const SYSTEM = 'system';

/**
 * Applies the harvest-preorder outcomes to orders. Each handler runs in the inbox transaction of its event
 * (exactly once). An event that no longer fits the order (it expired meanwhile, or was already settled) is
 * logged and skipped, never retried forever: the order's own state is the truth.
 */
@Injectable()
export class SettlementService {
  private readonly logger = new Logger('Settlement');

  async onAllocated(event: EventOf<'preorder.reservation.allocated'>, em: EntityManager): Promise<void> {
    const { orderId, allocated } = event.data;
    const order = await OrdersRepository.lockOrAwaitOpening(em, orderId);
    if (!order) {
      // nothing allocated to an order not opened yet: it must open cancelled (nothing can have been paid)
      if (allocated === 0) return OrdersRepository.insertTombstone(em, orderId, 'allocation_none', event.id);
      return this.skip(event, 'no such order');
    }
    if (!acceptsTrigger(order.status, 'allocated')) return this.skip(event, `order is ${order.status}`);
    const outcome = settleAllocation(order, allocated);
    if (outcome.refund)
      await RefundsRepository.insert(em, order.id, outcome.refund.amountSatang, outcome.refund.reason);
    await transitionOrder(em, order, 'allocated', outcome.status, SYSTEM, {
      quantity: outcome.quantity,
      goods_total_satang: outcome.goodsTotalSatang,
      allocated_at: event.occurredAt,
      balance_deadline: outcome.status === 'awaiting_balance' ? balanceDueBy(event).toISOString() : null,
    });
  }

  async onCancelled(event: EventOf<'preorder.reservation.cancelled', 1>, em: EntityManager): Promise<void> {
    const order = await OrdersRepository.lockOrAwaitOpening(em, event.data.orderId);
    // cancelled before its order was opened (a waitlist promotion opens orders in the background)
    if (!order) return OrdersRepository.insertTombstone(em, event.data.orderId, 'reservation_cancelled', event.id);
    if (!acceptsTrigger(order.status, 'reservation_cancelled')) return this.skip(event, `order is ${order.status}`);
    const owed = netPaid(order);
    if (owed > 0) await RefundsRepository.insert(em, order.id, owed, 'reservation_cancelled', event.data.reason);
    await transitionOrder(em, order, 'reservation_cancelled', 'cancelled', `${SYSTEM}:${event.data.cancelledBy}`);
  }

  private skip(event: IntegrationEvent, why: string): void {
    this.logger.warn({
      message: 'event does not apply to the order; skipped',
      type: event.type,
      eventId: event.id,
      why,
    });
  }
}

/** The balance deadline the harvest gave (v2), or for a v1 event the default hours from the harvest's time. */
export function balanceDueBy(event: EventOf<'preorder.reservation.allocated'>): Date {
  const given = 'balanceDueBy' in event.data ? new Date(event.data.balanceDueBy) : null;
  if (given && !Number.isNaN(given.getTime())) return given;
  return new Date(new Date(event.occurredAt).getTime() + BALANCE_DEADLINE_HOURS.default * 3_600_000);
}
