import { settleAllocation } from './allocation.policy.js';

// 10 kg at 100 baht, 30% deposit paid (30,000 satang), delivery fee 50 baht
const order = {
  quantity: 10,
  unitPriceSatang: 10_000,
  deliveryFeeSatang: 5_000,
  paidSatang: 30_000,
  refundedSatang: 0,
};

describe('settling an order after the harvest', () => {
  it('full allocation: same quantity, balance due', () =>
    expect(settleAllocation(order, 10)).toEqual({
      quantity: 10,
      goodsTotalSatang: 100_000,
      status: 'awaiting_balance',
      refund: null,
    }));

  it('partial allocation above the deposit: smaller total, balance due, no refund', () =>
    expect(settleAllocation(order, 4)).toEqual({
      quantity: 4,
      goodsTotalSatang: 40_000,
      status: 'awaiting_balance',
      refund: null,
    }));

  it('partial allocation below the deposit: the excess becomes a refund and the order is paid', () =>
    expect(settleAllocation(order, 2)).toEqual({
      quantity: 2,
      goodsTotalSatang: 20_000,
      status: 'paid',
      refund: { amountSatang: 5_000, reason: 'allocation_short' },
    }));

  it('partial allocation exactly covered: paid, no refund', () =>
    expect(settleAllocation({ ...order, paidSatang: 25_000 }, 2)).toEqual({
      quantity: 2,
      goodsTotalSatang: 20_000,
      status: 'paid',
      refund: null,
    }));

  it('nothing allocated: cancelled, the whole deposit owed back', () =>
    expect(settleAllocation(order, 0)).toEqual({
      quantity: 0,
      goodsTotalSatang: 0,
      status: 'cancelled',
      refund: { amountSatang: 30_000, reason: 'allocation_none' },
    }));

  it('nothing allocated and nothing paid: cancelled without refund', () =>
    expect(settleAllocation({ ...order, paidSatang: 0 }, 0).refund).toBeNull());

  it('never allocates more than the order asked for', () => expect(settleAllocation(order, 12).quantity).toBe(10));
});
