import { Injectable } from '@nestjs/common';
import type { Caller, DisputeRefundCommand, PayRefundCommand } from '@app/contracts';
import { DomainError } from '@app/messaging';
import { OrderOutbox } from '../events/order-events.js';
import { netPaid } from '../orders/money.js';
import { assertMayManage } from '../orders/order-access.policy.js';
import { OrderTransactions } from '../orders/order-transactions.js';
import { transitionOrder } from '../orders/order-transition.js';
import { RefundsRepository } from '../refunds/refunds.repository.js';
import { targetOf } from '../lifecycle/order-lifecycle.js';

/**
 * Refunds are records: owed (`due`) when the harvest falls short, a reservation is released or a dispute
 * is settled, then `paid` once the producer or LAO admin sends the money back with a reference.
 */
@Injectable()
export class RefundsService {
  constructor(private readonly orders: OrderTransactions) {}

  /** due → paid (the refund's own two-state lifecycle: paying it twice is a 409). */
  pay(caller: Caller, cmd: PayRefundCommand) {
    return this.orders.change(caller, cmd.orderId, assertMayManage, async (em, order) => {
      const refund = await RefundsRepository.lock(em, order.id, cmd.refundId);
      if (!refund) throw DomainError.notFound('Refund', cmd.refundId, 'refundId');
      if (refund.status !== 'due')
        throw new DomainError('ILLEGAL_TRANSITION', `Refund ${cmd.refundId} is already paid`);
      await RefundsRepository.markPaid(em, cmd.refundId, cmd.method, cmd.reference, caller.userId);
      await OrderOutbox.refundPaid(em, order, { id: cmd.refundId, amountSatang: refund.amountSatang }, new Date());
    });
  }

  /**
   * A dispute after completion: the producer or LAO admin refunds part or all of what the consumer paid.
   * The order becomes `refunded`; `order.refunded` tells the report how much to take off the sale, and
   * whether the sale no longer counts at all (fullyRefunded).
   */
  dispute(caller: Caller, cmd: DisputeRefundCommand) {
    return this.orders.change(caller, cmd.orderId, assertMayManage, async (em, order) => {
      const to = targetOf(order.status, 'dispute_refund');
      const refundable = netPaid(order);
      if (cmd.amountSatang > refundable) {
        throw new DomainError(
          'AMOUNT_EXCEEDS_DUE',
          `amountSatang ${cmd.amountSatang} is more than the ${refundable} satang left to refund`,
          [{ field: 'amountSatang', message: `at most ${refundable} satang can be refunded` }],
        );
      }
      await RefundsRepository.insert(em, order.id, cmd.amountSatang, 'dispute', cmd.reason);
      const updated = await transitionOrder(em, order, 'dispute_refund', to, caller.userId);
      await OrderOutbox.refunded(em, updated, cmd.amountSatang, new Date());
    });
  }
}
