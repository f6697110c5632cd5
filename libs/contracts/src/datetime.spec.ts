import { isCalendarDate, isOffsetDateTime } from './datetime.js';

describe('date formats a client may send', () => {
  it('accepts RFC 3339 date-times with an offset only', () => {
    for (const ok of [
      '2026-05-01T00:00:00+07:00',
      '2026-05-01T00:00:00Z',
      '2026-05-01T00:00:00.123Z',
      '2026-12-31T23:59:59-03:30',
    ])
      expect(isOffsetDateTime(ok)).toBe(true);
    for (const bad of [
      '2026-05-01T00:00:00',
      '2026-100',
      '20260501T000000Z',
      '2026-05-01',
      '2026-02-30T00:00:00Z',
      '2026-05-01T24:00:00Z',
      '2026-05-01T00:00:00+25:00',
      5,
    ])
      expect(isOffsetDateTime(bad)).toBe(false);
  });

  it('accepts calendar dates that exist', () => {
    for (const ok of ['2026-06-01', '2028-02-29']) expect(isCalendarDate(ok)).toBe(true);
    for (const bad of ['2026-02-30', '2026-13-01', '2026-00-10', '2027-02-29', '2026-6-1', '2026-100'])
      expect(isCalendarDate(bad)).toBe(false);
  });
});
