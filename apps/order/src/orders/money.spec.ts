import { STATUSES_PAST_BALANCE } from '../../test/support/order-unit.js';
import { amountDueNow, depositDue, goodsTotal, netPaid, orderTotal } from './money.js';

describe('order money', () => {
  it('multiplies quantity by unit price', () => expect(goodsTotal(3, 12_050)).toBe(36_150));
  it('rounds the deposit up to the satang', () => {
    expect(depositDue(36_150, 30)).toBe(10_845);
    expect(depositDue(10_001, 50)).toBe(5_001);
    expect(depositDue(10_000, 0)).toBe(0);
    expect(depositDue(10_000, 100)).toBe(10_000);
  });
  it('computes exactly with integers over the whole range of an order', () => {
    expect(depositDue(57, 1)).toBe(1);
    expect(depositDue(99_999_999_999, 100)).toBe(99_999_999_999);
    expect(depositDue(99_999_999_999, 37)).toBe(37_000_000_000);
    expect(depositDue(100_000_000_000, 33)).toBe(33_000_000_000);
    // a property over the whole range: the smallest integer ≥ goods × % / 100
    for (let i = 0; i < 2000; i++) {
      const goods = Math.floor(Math.random() * 100_000_000_001);
      const pct = Math.floor(Math.random() * 101);
      const d = depositDue(goods, pct);
      expect(BigInt(d) * 100n >= BigInt(goods) * BigInt(pct)).toBe(true);
      expect((BigInt(d) - 1n) * 100n < BigInt(goods) * BigInt(pct)).toBe(true);
    }
  });
  it('refuses totals a PromptPay amount cannot carry', () => {
    expect(() => goodsTotal(10_000_000, 100_000_000)).toThrow(RangeError);
    expect(goodsTotal(1_000, 100_000_000)).toBe(100_000_000_000);
  });

  const base = {
    goodsTotalSatang: 36_150,
    deliveryFeeSatang: 5_000,
    depositDueSatang: 10_845,
    paidSatang: 0,
    refundedSatang: 0,
  };
  it('totals goods and delivery, and nets refunds off payments', () => {
    expect(orderTotal(base)).toBe(41_150);
    expect(netPaid({ paidSatang: 10_845, refundedSatang: 845 })).toBe(10_000);
  });
  it('asks for the rest of the deposit before harvest', () => {
    expect(amountDueNow({ ...base, status: 'awaiting_deposit' })).toBe(10_845);
    expect(amountDueNow({ ...base, status: 'awaiting_deposit', paidSatang: 845 })).toBe(10_000);
  });
  it('asks nothing between deposit and harvest', () =>
    expect(amountDueNow({ ...base, status: 'reserved', paidSatang: 10_845 })).toBe(0));
  it('asks for the rest of the total (goods and delivery) after harvest', () => {
    expect(amountDueNow({ ...base, status: 'awaiting_balance', paidSatang: 10_845 })).toBe(30_305);
    expect(amountDueNow({ ...base, status: 'awaiting_balance', paidSatang: 10_845, refundedSatang: 845 })).toBe(31_150);
  });
  it.each(STATUSES_PAST_BALANCE)('asks nothing when %s', (status) => expect(amountDueNow({ ...base, status })).toBe(0));
});
