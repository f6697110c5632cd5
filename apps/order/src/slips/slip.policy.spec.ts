import { errorCodeOf } from '@app/testing';
import { orderAwaitingDeposit } from '../../test/support/order-unit.js';
import { generate } from 'promptparse';
import { ORDER_STATUSES } from '@app/contracts';
import type { Order } from '../orders/order.js';
import { assertAcceptsSlip, assertSlipPending, readSlip } from './slip.policy.js';

const now = new Date('2026-12-03T05:00:00Z');
const order = (over: Partial<Order>) => orderAwaitingDeposit(now, { reservationId: 'r1', ...over });

describe('which orders take a slip', () => {
  it('an order awaiting its deposit or its balance, with money due', () => {
    expect(errorCodeOf(() => assertAcceptsSlip(order({}), now))).toBe('OK');
    expect(errorCodeOf(() => assertAcceptsSlip(order({ status: 'awaiting_balance', paidSatang: 30_000 }), now))).toBe(
      'OK',
    );
  });

  it.each(ORDER_STATUSES.filter((s) => s !== 'awaiting_deposit' && s !== 'awaiting_balance'))(
    'not an order that is %s (409)',
    (status) => expect(errorCodeOf(() => assertAcceptsSlip(order({ status }), now))).toBe('ILLEGAL_TRANSITION'),
  );

  it('not past the payment deadline, nor when everything due is paid', () => {
    expect(errorCodeOf(() => assertAcceptsSlip(order({ depositDeadline: now }), now))).toBe('ILLEGAL_TRANSITION');
    expect(errorCodeOf(() => assertAcceptsSlip(order({ status: 'awaiting_balance', paidSatang: 100_000 }), now))).toBe(
      'ILLEGAL_TRANSITION',
    );
  });
});

describe('reading the slip a payload describes', () => {
  it('gives bank and reference, or SLIP_UNREADABLE naming the slip field', () => {
    expect(readSlip(generate.slipVerify({ sendingBank: '002', transRef: '015336142512BPM06713' }))).toEqual({
      sendingBank: '002',
      transRef: '015336142512BPM06713',
    });
    expect(() => readSlip('000201010212')).toThrow(
      expect.objectContaining({ code: 'SLIP_UNREADABLE', fields: [expect.objectContaining({ field: 'slip' })] }),
    );
  });
});

describe('which slips can be rejected', () => {
  it('a pending slip only; a confirmed or rejected one is already decided (409)', () => {
    expect(errorCodeOf(() => assertSlipPending({ id: 's1', status: 'pending' }))).toBe('OK');
    expect(errorCodeOf(() => assertSlipPending({ id: 's1', status: 'confirmed' }))).toBe('ILLEGAL_TRANSITION');
    expect(errorCodeOf(() => assertSlipPending({ id: 's1', status: 'rejected' }))).toBe('ILLEGAL_TRANSITION');
  });
});
