import { ORDER_STATUSES } from '@app/contracts';
import type { EventOf } from '@app/contracts';
import { balanceDueBy } from '../settlement/settlement.service.js';
import { balanceDeadlineRuns, paymentDeadlinePassed, runningDeadline } from './order-lifecycle.js';
import type { DeadlineFacts } from './order-lifecycle.js';

const HOUR = 3_600_000;
const harvest = new Date('2026-12-10T03:00:00Z');
const now = (hours: number) => new Date(harvest.getTime() + hours * HOUR);

/** An order the harvest settled with its deposit paid: only the balance (72 h after harvest) is owed. */
const balanceDue = (o: Partial<DeadlineFacts> = {}): DeadlineFacts => ({
  status: 'awaiting_balance',
  reservationId: 'r',
  depositDueSatang: 300,
  paidSatang: 300,
  refundedSatang: 0,
  depositDeadline: now(-48),
  balanceDeadline: now(72),
  ...o,
});

describe('the balance deadline (one expiry rule with the deposit deadline)', () => {
  it('runs only on a reserved order awaiting its balance after harvest, never on a direct purchase', () => {
    const runs = ORDER_STATUSES.filter((status) => balanceDeadlineRuns({ status, reservationId: 'r' }));
    expect(runs).toEqual(['awaiting_balance']);
    expect(balanceDeadlineRuns({ status: 'awaiting_balance', reservationId: null })).toBe(false);
  });

  it('passes at the balance deadline, not a second before, with the deposit paid', () => {
    expect(paymentDeadlinePassed(balanceDue(), now(72 - 1 / 3600))).toBe(false);
    expect(paymentDeadlinePassed(balanceDue(), now(72))).toBe(true);
    expect(runningDeadline(balanceDue())).toEqual(now(72));
  });

  it('a part-paid balance does not move it', () => {
    expect(paymentDeadlinePassed(balanceDue({ paidSatang: 900 }), now(73))).toBe(true);
  });

  it('a slip under review holds the balance deadline until the producer answers', () => {
    expect(paymentDeadlinePassed(balanceDue(), now(100), true)).toBe(false);
    expect(paymentDeadlinePassed(balanceDue(), now(100), false)).toBe(true);
  });

  it('keeps the deposit deadline as it was: an unpaid deposit expires at the earlier deadline, a slip does not hold it', () => {
    const unpaid = balanceDue({ paidSatang: 100, depositDeadline: now(10) });
    expect(runningDeadline(unpaid)).toEqual(now(10));
    expect(paymentDeadlinePassed(unpaid, now(10), true)).toBe(true);
    // a deposit deadline later than the balance deadline: the balance deadline still ends it
    const late = balanceDue({ paidSatang: 100, depositDeadline: now(90) });
    expect(runningDeadline(late)).toEqual(now(72));
    expect(paymentDeadlinePassed(late, now(73))).toBe(true);
    // before harvest there is no balance clock
    expect(
      paymentDeadlinePassed({ ...balanceDue(), status: 'awaiting_deposit', depositDeadline: now(200) }, now(100)),
    ).toBe(false);
  });

  it('never passes for an order with nothing owed or already ended', () => {
    for (const status of ['reserved', 'paid', 'ready_for_pickup', 'completed', 'expired', 'cancelled'] as const) {
      expect(paymentDeadlinePassed(balanceDue({ status }), now(1000))).toBe(false);
    }
    expect(paymentDeadlinePassed(balanceDue({ balanceDeadline: null }), now(1000))).toBe(false);
  });

  it('takes the deadline the harvest gave (v2), or 72 h after the event for a v1 allocation', () => {
    const data = { reservationId: 'r', orderId: 'o', batchId: 'b', requested: 2, allocated: 2 };
    const v1: EventOf<'preorder.reservation.allocated', 1> = {
      id: 'e1',
      type: 'preorder.reservation.allocated',
      version: 1,
      occurredAt: harvest.toISOString(),
      data,
    };
    const v2: EventOf<'preorder.reservation.allocated', 2> = {
      ...v1,
      version: 2,
      data: { ...data, balanceDueBy: now(24).toISOString() },
    };
    expect(balanceDueBy(v1)).toEqual(now(72));
    expect(balanceDueBy(v2)).toEqual(now(24));
  });
});
