import type { OrderStatus } from '@app/contracts';
import { DomainError } from '@app/messaging';
import { amountDueNow, netPaid, orderTotal } from '../orders/money.js';
import type { Order } from '../orders/order.js';
import { paymentDeadlinePassed, runningDeadline } from '../lifecycle/order-lifecycle.js';
import type { OrderTrigger } from '../lifecycle/order-lifecycle.js';

/** Statuses in which the consumer may still owe money; anywhere else a payment is a 409. */
const PAYABLE: readonly OrderStatus[] = ['awaiting_deposit', 'reserved', 'awaiting_balance'];

export interface PaymentOutcome {
  paidSatang: number;
  /** the transition the payment causes, if it completes the deposit or the total */
  move: { trigger: OrderTrigger; to: OrderStatus } | null;
}

/** A payment may not exceed what is due now; reaching the deposit or the total moves the order on. */
export function applyPayment(order: Order, amountSatang: number, now: Date, slipUnderReview = false): PaymentOutcome {
  if (!PAYABLE.includes(order.status)) {
    throw new DomainError('ILLEGAL_TRANSITION', `An order that is ${order.status} takes no payment`);
  }
  // Past the deadline the order is expiring (the sweep may not have run yet): its quantity goes back to the batch.
  // A slip under review holds the balance deadline: the producer may still record the money it shows.
  if (paymentDeadlinePassed(order, now, slipUnderReview)) {
    throw new DomainError(
      'ILLEGAL_TRANSITION',
      `The payment deadline of this order passed at ${runningDeadline(order)!.toISOString()}`,
    );
  }
  const due = amountDueNow(order);
  if (amountSatang > due) {
    throw new DomainError('AMOUNT_EXCEEDS_DUE', `amountSatang ${amountSatang} is more than the ${due} satang due now`, [
      { field: 'amountSatang', message: `at most ${due} satang is due now` },
    ]);
  }
  const after = { ...order, paidSatang: order.paidSatang + amountSatang };
  const net = netPaid(after);
  let move: PaymentOutcome['move'] = null;
  if (order.status === 'awaiting_deposit' && net >= order.depositDueSatang)
    move = { trigger: 'deposit_paid', to: 'reserved' };
  if (order.status === 'awaiting_balance' && net >= orderTotal(order)) move = { trigger: 'balance_paid', to: 'paid' };
  return { paidSatang: after.paidSatang, move };
}
