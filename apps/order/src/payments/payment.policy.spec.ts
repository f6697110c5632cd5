import { errorCodeOf } from '@app/testing';
import { orderAwaitingDeposit, STATUSES_PAST_BALANCE } from '../../test/support/order-unit.js';
import type { Order } from '../orders/order.js';
import { applyPayment } from './payment.policy.js';

const now = new Date('2026-11-27T05:00:00Z');
const order = (over: Partial<Order>) => orderAwaitingDeposit(now, { deliveryFeeSatang: 5_000, ...over });

describe('recording a payment', () => {
  it('a part of the deposit stays awaiting_deposit; the rest of it moves to reserved', () => {
    expect(applyPayment(order({}), 10_000, now)).toEqual({ paidSatang: 10_000, move: null });
    expect(applyPayment(order({ paidSatang: 10_000 }), 20_000, now)).toEqual({
      paidSatang: 30_000,
      move: { trigger: 'deposit_paid', to: 'reserved' },
    });
  });

  it('the balance counts goods and delivery, net of refunds', () => {
    const owing = order({ status: 'awaiting_balance', paidSatang: 30_000, refundedSatang: 5_000 });
    expect(applyPayment(owing, 80_000, now)).toEqual({
      paidSatang: 110_000,
      move: { trigger: 'balance_paid', to: 'paid' },
    });
    expect(errorCodeOf(() => applyPayment(owing, 80_001, now))).toBe('AMOUNT_EXCEEDS_DUE');
  });

  it('refuses any payment between deposit and harvest (nothing is due)', () =>
    expect(errorCodeOf(() => applyPayment(order({ status: 'reserved', paidSatang: 30_000 }), 1, now))).toBe(
      'AMOUNT_EXCEEDS_DUE',
    ));

  it('refuses a deposit once its deadline passed, even before the sweep expired the order', () =>
    expect(errorCodeOf(() => applyPayment(order({ depositDeadline: now }), 30_000, now))).toBe('ILLEGAL_TRANSITION'));

  it('takes the balance of a reservation whatever its old deposit deadline, but not a direct purchase past its deadline', () => {
    const late = { status: 'awaiting_balance' as const, paidSatang: 30_000, depositDeadline: now };
    expect(applyPayment(order({ ...late, reservationId: 'r1' }), 75_000, now).move).toEqual({
      trigger: 'balance_paid',
      to: 'paid',
    });
    expect(errorCodeOf(() => applyPayment(order({ ...late, reservationId: null }), 75_000, now))).toBe(
      'ILLEGAL_TRANSITION',
    );
  });

  it.each(STATUSES_PAST_BALANCE)('refuses a payment on an order that is %s with ILLEGAL_TRANSITION (409)', (status) =>
    expect(errorCodeOf(() => applyPayment(order({ status }), 1, now))).toBe('ILLEGAL_TRANSITION'),
  );
});
