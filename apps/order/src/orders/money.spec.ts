import { depositDue, goodsTotal } from './money.js';

describe('order money', () => {
  it('multiplies quantity by unit price', () => expect(goodsTotal(3, 12_050)).toBe(36_150));
  it('rounds the deposit up to the satang', () => {
    expect(depositDue(36_150, 30)).toBe(10_845);
    expect(depositDue(10_001, 50)).toBe(5_001);
    expect(depositDue(10_000, 0)).toBe(0);
    expect(depositDue(10_000, 100)).toBe(10_000);
  });
});
