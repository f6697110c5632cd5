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
  it.each([
    ['full allocation: same quantity, balance due', 30_000, 10, 100_000, 'awaiting_balance', null],
    [
      'partial allocation above the deposit: smaller total, balance due, no refund',
      30_000,
      4,
      40_000,
      'awaiting_balance',
      null,
    ],
    [
      'partial allocation below the deposit: the excess becomes a refund and the order is paid',
      30_000,
      2,
      20_000,
      'paid',
      { amountSatang: 5_000, reason: 'allocation_short' },
    ],
    ['partial allocation exactly covered: paid, no refund', 25_000, 2, 20_000, 'paid', null],
    [
      'nothing allocated: cancelled, the whole deposit owed back',
      30_000,
      0,
      0,
      'cancelled',
      { amountSatang: 30_000, reason: 'allocation_none' },
    ],
  ] as const)('%s', (_name, paidSatang, allocated, goodsTotalSatang, status, refund) =>
    expect(settleAllocation({ ...order, paidSatang }, allocated)).toEqual({
      quantity: allocated,
      goodsTotalSatang,
      status,
      refund,
    }),
  );

  it('nothing allocated and nothing paid: cancelled without refund', () =>
    expect(settleAllocation({ ...order, paidSatang: 0 }, 0).refund).toBeNull());

  it('never allocates more than the order asked for', () => expect(settleAllocation(order, 12).quantity).toBe(10));
});
