import { DomainError } from '@app/messaging';
import { bangkokDay, bucketsOf, fiscalYearOf, monthsOverlapping, parsePeriod, sumBucketsOf } from './period.js';

describe('report periods in Asia/Bangkok time', () => {
  it('puts 30 Sep 23:59 Bangkok in the fiscal year ending that day and 1 Oct 00:00 in the next', () => {
    const lastMinute = new Date('2026-09-30T16:59:59Z'); // 23:59:59 Bangkok
    const firstMinute = new Date('2026-09-30T17:00:00Z'); // 1 Oct 00:00 Bangkok
    expect(bangkokDay(lastMinute)).toBe('2026-09-30');
    expect(bangkokDay(firstMinute)).toBe('2026-10-01');
    expect(fiscalYearOf(bangkokDay(lastMinute))).toBe(2569);
    expect(fiscalYearOf(bangkokDay(firstMinute))).toBe(2570);
    // and the start edge of FY 2569: 30 Sep 2025 23:59 is still FY 2568
    expect(fiscalYearOf(bangkokDay(new Date('2025-09-30T16:59:00Z')))).toBe(2568);
    expect(fiscalYearOf(bangkokDay(new Date('2025-09-30T17:00:00Z')))).toBe(2569);
  });

  it('reads fiscalYear=2569 as 1 Oct 2025 – 30 Sep 2026 with a B.E. label', () => {
    const p = parsePeriod({ fiscalYear: '2569' });
    expect(p).toMatchObject({ kind: 'fiscalYear', from: '2025-10-01', to: '2026-09-30', fiscalYear: 2569 });
    expect(p.labelTh).toContain('2569');
    expect(p.labelTh).toContain('1 ต.ค. 2568');
  });

  it('reads month=2026-02 up to the last day of February', () => {
    expect(parsePeriod({ month: '2026-02' })).toMatchObject({ from: '2026-02-01', to: '2026-02-28' });
    expect(parsePeriod({ month: '2028-02' }).to).toBe('2028-02-29');
  });

  it('defaults to the fiscal year of today in Bangkok', () => {
    expect(parsePeriod({}, new Date('2026-09-30T17:30:00Z')).fiscalYear).toBe(2570);
  });

  it.each([
    [{ month: '2026-13' }, 'month'],
    [{ from: '2026-02-30', to: '2026-03-01' }, 'from'],
    [{ from: '2026-03-01' }, 'to'],
    [{ from: '2026-03-02', to: '2026-03-01' }, 'to'],
    [{ fiscalYear: '2026' }, 'fiscalYear'],
    [{ fiscalYear: '2569', month: '2026-01' }, 'fiscalYear'],
    [{ month: '0999-01' }, 'month'],
    [{ from: '1000-01-01', to: '1000-02-01' }, 'from'],
    [{ from: '2026-01-01', to: '9999-12-31' }, 'to'],
  ])('refuses %j naming %s', (q, field) => {
    try {
      parsePeriod(q);
      throw new Error('accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).fields?.[0].field).toBe(field);
    }
  });

  it('splits a period into whole fiscal years, whole months and leftover days', () => {
    expect(bucketsOf({ from: '2025-10-01', to: '2026-09-30' })).toEqual({
      fiscalYears: [2569],
      months: [],
      dayRanges: [],
    });
    expect(bucketsOf({ from: '2026-01-15', to: '2026-04-10' })).toEqual({
      fiscalYears: [],
      months: ['2026-02-01', '2026-03-01'],
      dayRanges: [
        ['2026-01-15', '2026-01-31'],
        ['2026-04-01', '2026-04-10'],
      ],
    });
    expect(bucketsOf({ from: '2025-09-30', to: '2026-10-01' })).toEqual({
      fiscalYears: [2569],
      months: [],
      dayRanges: [
        ['2025-09-30', '2025-09-30'],
        ['2026-10-01', '2026-10-01'],
      ],
    });
    expect(monthsOverlapping({ from: '2026-01-15', to: '2026-03-01' })).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
    ]);
  });

  it('counts a leftover stretch of more than half a month as the month less the days outside the period', () => {
    expect(sumBucketsOf({ from: '2025-11-02', to: '2026-01-30' })).toEqual({
      fiscalYears: [],
      months: ['2025-12-01', '2025-11-01', '2026-01-01'],
      dayRanges: [],
      minusDayRanges: [
        ['2025-11-01', '2025-11-01'],
        ['2026-01-31', '2026-01-31'],
      ],
    });
    // 16 of 30 November days: the month less 14 days; 10 of 28 February days: read as they are
    expect(sumBucketsOf({ from: '2025-11-15', to: '2026-02-10' })).toEqual({
      fiscalYears: [],
      months: ['2025-12-01', '2026-01-01', '2025-11-01'],
      dayRanges: [['2026-02-01', '2026-02-10']],
      minusDayRanges: [['2025-11-01', '2025-11-14']],
    });
    // a stretch inside one month, more than half of it, taken from both ends
    expect(sumBucketsOf({ from: '2026-03-05', to: '2026-03-25' })).toEqual({
      fiscalYears: [],
      months: ['2026-03-01'],
      dayRanges: [],
      minusDayRanges: [
        ['2026-03-01', '2026-03-04'],
        ['2026-03-26', '2026-03-31'],
      ],
    });
    expect(sumBucketsOf({ from: '2025-10-01', to: '2026-09-30' })).toEqual({
      fiscalYears: [2569],
      months: [],
      dayRanges: [],
      minusDayRanges: [],
    });
  });
});
