import { ORDER_STATUSES } from '@app/contracts';
import type { Order } from '../../src/orders/order.js';

/** The statuses past the balance (paid, handed over, completed, or ended): nothing is due in any of them. */
export const STATUSES_PAST_BALANCE = ORDER_STATUSES.slice(ORDER_STATUSES.indexOf('paid'));

/**
 * An order of 100,000 satang of goods awaiting its 30,000 satang deposit, due an hour after `now`, with nothing
 * paid or refunded yet (the fields the payment and slip policies read); `over` changes any of them.
 */
export function orderAwaitingDeposit(now: Date, over: Partial<Order>): Order {
  return {
    status: 'awaiting_deposit',
    goodsTotalSatang: 100_000,
    deliveryFeeSatang: 0,
    depositDueSatang: 30_000,
    paidSatang: 0,
    refundedSatang: 0,
    depositDeadline: new Date(now.getTime() + 3_600_000),
    ...over,
  } as Order;
}
