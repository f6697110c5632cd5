import { Injectable } from '@nestjs/common';
import type { Caller, RecordPaymentCommand } from '@app/contracts';
import { assertMayManage } from '../orders/order-access.policy.js';
import { OrdersRepository } from '../orders/orders.repository.js';
import { OrderTransactions } from '../orders/order-transactions.js';
import { transitionOrder } from '../orders/order-transition.js';
import { PaymentsRepository } from '../payments/payments.repository.js';
import { SlipRepository } from '../slips/slip.repository.js';
import { applyPayment } from './payment.policy.js';

@Injectable()
export class PaymentsService {
  constructor(private readonly orders: OrderTransactions) {}

  /** Payment row, paid total and any status change in one transaction: a refused payment leaves nothing. */
  record(caller: Caller, cmd: RecordPaymentCommand) {
    return this.orders.change(caller, cmd.orderId, assertMayManage, async (em, order) => {
      const outcome = applyPayment(order, cmd.amountSatang, new Date(), await SlipRepository.hasPending(em, order.id));
      await PaymentsRepository.insert(em, {
        orderId: order.id,
        producerId: order.producerId,
        amountSatang: cmd.amountSatang,
        method: cmd.method,
        reference: cmd.reference,
        slipUrl: cmd.slipUrl ?? null,
        recordedBy: caller.userId,
      });
      // recording the money is the producer's answer to the slips waiting for it
      await SlipRepository.confirmPending(em, order.id, caller.userId);
      if (outcome.move)
        await transitionOrder(em, order, outcome.move.trigger, outcome.move.to, caller.userId, {
          paid_satang: outcome.paidSatang,
        });
      else await OrdersRepository.update(em, order.id, { paid_satang: outcome.paidSatang });
    });
  }
}
