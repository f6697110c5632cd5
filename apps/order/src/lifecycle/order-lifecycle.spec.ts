import { ORDER_STATUSES } from '@app/contracts';
import { DomainError } from '@app/messaging';
import {
  assertTransition,
  canTransition,
  initialStatus,
  paymentDeadlineRuns,
  ORDER_TRANSITIONS,
  ORDER_TRIGGERS,
  targetOf,
  TERMINAL_STATUSES,
} from './order-lifecycle.js';

const legal = new Set(ORDER_TRANSITIONS.map((t) => `${t.from}|${t.trigger}|${t.to}`));
const all = ORDER_STATUSES.flatMap((from) =>
  ORDER_TRIGGERS.flatMap((trigger) => ORDER_STATUSES.map((to) => ({ from, trigger, to }))),
);
const illegal = all.filter((t) => !legal.has(`${t.from}|${t.trigger}|${t.to}`));

describe('order lifecycle transition table', () => {
  it('covers every combination exactly once (legal or illegal)', () => {
    expect(legal.size).toBe(ORDER_TRANSITIONS.length);
    expect(illegal.length + legal.size).toBe(ORDER_STATUSES.length ** 2 * ORDER_TRIGGERS.length);
  });

  it.each(ORDER_TRANSITIONS)('allows $from --$trigger--> $to', ({ from, trigger, to }) => {
    expect(canTransition(from, trigger, to)).toBe(true);
    expect(() => assertTransition(from, trigger, to)).not.toThrow();
  });

  it.each(illegal)('refuses $from --$trigger--> $to with 409 ILLEGAL_TRANSITION', ({ from, trigger, to }) => {
    expect(canTransition(from, trigger, to)).toBe(false);
    let err: unknown;
    try {
      assertTransition(from, trigger, to);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).code).toBe('ILLEGAL_TRANSITION');
  });

  it('follows the happy paths of the issue', () => {
    const path = (start: (typeof ORDER_STATUSES)[number], triggers: (typeof ORDER_TRIGGERS)[number][]) =>
      triggers.reduce((s, t) => (t === 'allocated' ? 'awaiting_balance' : targetOf(s, t)), start);
    expect(
      path('awaiting_deposit', [
        'deposit_paid',
        'allocated',
        'balance_paid',
        'mark_ready',
        'handover',
        'confirm_receipt',
      ]),
    ).toBe('completed');
    expect(path('reserved', ['allocated', 'balance_paid', 'ship', 'handover', 'auto_complete', 'dispute_refund'])).toBe(
      'refunded',
    );
  });

  it('starts a reservation awaiting its deposit (or reserved without one), a direct purchase awaiting its price', () => {
    expect(initialStatus({ reservationId: 'r', depositDueSatang: 1, totalSatang: 5 })).toBe('awaiting_deposit');
    expect(initialStatus({ reservationId: 'r', depositDueSatang: 0, totalSatang: 5 })).toBe('reserved');
    expect(initialStatus({ reservationId: null, depositDueSatang: 1, totalSatang: 5 })).toBe('awaiting_balance');
    expect(initialStatus({ reservationId: null, depositDueSatang: 0, totalSatang: 5 })).toBe('awaiting_balance');
    expect(initialStatus({ reservationId: null, depositDueSatang: 0, totalSatang: 0 })).toBe('paid');
  });

  it('runs the payment deadline only on an unpaid deposit (before or after the harvest) or an unpaid direct purchase', () => {
    const paid = { depositDueSatang: 300, paidSatang: 300, refundedSatang: 0 };
    const unpaid = { depositDueSatang: 300, paidSatang: 100, refundedSatang: 0 };
    const runs = ORDER_STATUSES.flatMap((status) => [
      ...(paymentDeadlineRuns({ status, reservationId: 'r', ...paid }) ? [`${status}/deposit paid`] : []),
      ...(paymentDeadlineRuns({ status, reservationId: 'r', ...unpaid }) ? [`${status}/deposit unpaid`] : []),
      ...(paymentDeadlineRuns({ status, reservationId: null, ...paid }) ? [`${status}/direct`] : []),
    ]);
    expect(runs).toEqual([
      'awaiting_deposit/deposit paid',
      'awaiting_deposit/deposit unpaid',
      'awaiting_deposit/direct',
      'awaiting_balance/deposit unpaid',
      'awaiting_balance/direct',
    ]);
    // and each of them may expire by the table
    for (const s of ['awaiting_deposit', 'awaiting_balance'] as const)
      expect(canTransition(s, 'payment_deadline_passed', 'expired')).toBe(true);
  });

  it('ends in expired, cancelled and completed-then-refunded only', () => {
    expect([...TERMINAL_STATUSES].sort()).toEqual(['cancelled', 'expired']);
    expect(ORDER_TRANSITIONS.filter((t) => t.from === 'completed').map((t) => t.to)).toEqual(['refunded']);
  });
});
