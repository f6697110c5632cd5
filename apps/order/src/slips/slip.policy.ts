import { parseSlipQr } from '@app/contracts';
import type { PaymentSlipV1, SlipQrV1 } from '@app/contracts';
import { DomainError } from '@app/messaging';
import { paymentDeadlinePassed, runningDeadline } from '../lifecycle/order-lifecycle.js';
import { amountDueNow } from '../orders/money.js';
import type { Order } from '../orders/order.js';

/** What a slip must be: a Slip Verify QR with a valid CRC, naming the sending bank and the transaction. */
export function readSlip(qrPayload: string): SlipQrV1 {
  const slip = parseSlipQr(qrPayload);
  if (!slip)
    throw new DomainError('SLIP_UNREADABLE', 'The slip has no readable bank verification QR', [
      { field: 'slip', message: 'no readable bank verification QR (mini QR) on the slip' },
    ]);
  return slip;
}

/**
 * A slip is a claim that money was paid, so only an order that has money due takes one: the deposit
 * (awaiting_deposit) or the balance (awaiting_balance), before its payment deadline. Anywhere else it is
 * the same 409 a payment would get (payments/payment.policy.ts).
 */
export function assertAcceptsSlip(order: Order, now: Date): void {
  if (order.status !== 'awaiting_deposit' && order.status !== 'awaiting_balance') {
    throw new DomainError(
      'ILLEGAL_TRANSITION',
      `An order that is ${order.status} has nothing to pay, so it takes no slip`,
    );
  }
  if (paymentDeadlinePassed(order, now)) {
    throw new DomainError(
      'ILLEGAL_TRANSITION',
      `The payment deadline of this order passed at ${runningDeadline(order)!.toISOString()}`,
    );
  }
  if (amountDueNow(order) === 0)
    throw new DomainError('ILLEGAL_TRANSITION', 'Nothing is due on this order now, so it takes no slip');
}

/** The same slip shown for another order: a known fraud pattern, refused outright. */
export function duplicateSlip(slip: SlipQrV1): DomainError {
  return new DomainError(
    'DUPLICATE',
    `Slip ${slip.transRef} of bank ${slip.sendingBank} was already submitted for another order`,
    [{ field: 'slip', message: 'this slip was already submitted for another order' }],
  );
}

/**
 * Only a slip still waiting for the producer can be rejected: a confirmed slip has its money recorded, a
 * rejected one already told the consumer why. Deciding twice is the 409 of any illegal transition.
 */
export function assertSlipPending(slip: Pick<PaymentSlipV1, 'id' | 'status'>): void {
  if (slip.status !== 'pending')
    throw new DomainError(
      'ILLEGAL_TRANSITION',
      `Slip ${slip.id} was already ${slip.status}; only a pending slip can be rejected`,
    );
}
