import { percent, progressOf } from './targets.service.js';

describe('progress against targets', () => {
  it('is a percentage with one decimal, null for a zero target', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(3, 2)).toBe(150);
    expect(percent(5, 0)).toBeNull();
    expect(
      progressOf(
        { salesCount: 2, revenueSatang: 12_345, beneficiaries: 0 },
        { salesCount: 4, revenueSatang: 100_000, beneficiaries: 10 },
      ),
    ).toEqual({
      salesCount: 50,
      revenueSatang: 12.3,
      beneficiaries: 0,
    });
  });
});
